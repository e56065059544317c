// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

// The language an article is written in, which decides how its figures and periods are read:
// English ("9.3 percent", "512.4 billion U.S. dollars"), Chinese ("同比增长9.3%", "5123亿美元")
// or Russian ("на 9,3%", "512,4 млрд долларов").
class ArticleLanguage
{
public:
    enum Code { English, Chinese, Russian };

    // "en", "zh", "zh_CN" or "ru"; nullopt for any other.
    static std::optional<Code> fromName(const QString &name);
    // The language most of TEXT's letters are in: Chinese when Han characters make up a fifth of
    // them, Russian when Cyrillic letters make up a third, English otherwise.
    static Code guess(const QString &text);
};
