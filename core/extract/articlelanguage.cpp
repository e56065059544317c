// SPDX-License-Identifier: MIT
#include "articlelanguage.h"

std::optional<ArticleLanguage::Code> ArticleLanguage::fromName(const QString &name)
{
    if (name == u"en")
        return English;
    if (name == u"zh" || name == u"zh_CN")
        return Chinese;
    if (name == u"ru")
        return Russian;
    return std::nullopt;
}

ArticleLanguage::Code ArticleLanguage::guess(const QString &text)
{
    qsizetype letters = 0, han = 0, cyrillic = 0;
    const QStringView sample = QStringView(text).left(20000);
    for (qsizetype i = 0; i < sample.size(); ++i) {
        const char32_t c = sample.at(i).unicode();
        if (c >= 0x4E00 && c <= 0x9FFF) {
            ++han;
            ++letters;
        } else if (c >= 0x0400 && c <= 0x04FF) {
            ++cyrillic;
            ++letters;
        } else if (sample.at(i).isLetter()) {
            ++letters;
        }
    }
    if (letters > 0 && han * 5 >= letters)
        return Chinese;
    if (letters > 0 && cyrillic * 3 >= letters)
        return Russian;
    return English;
}
