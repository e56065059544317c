// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>

// Where an article's figures come from, read from the article where it says (its headline,
// dateline and byline) and otherwise given by the analyst.
struct ArticleCitation
{
    QString title;
    QString outlet;
    QString author;
    QString url;
    QDate published;

    // The fields of TEXT's first lines: the headline (the first line, when it is not a
    // sentence), the first date written "August 29, 2025", "29 August 2025" or "2025-08-29",
    // the author after "By", and an outlet named in the byline ("Chinadaily.com.cn").
    static ArticleCitation readFrom(const QString &text);
    // This citation with every field GIVEN has in place of its own.
    ArticleCitation overriddenBy(const ArticleCitation &given) const;
};
