// SPDX-License-Identifier: MIT
#include "articlecitation.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace {

QRegularExpression rule(const QString &text)
{
    return QRegularExpression(text, QRegularExpression::CaseInsensitiveOption);
}

QDate dateIn(const QString &text)
{
    const auto iso = rule(QStringLiteral("\\b(20\\d\\d-\\d\\d-\\d\\d)\\b")).match(text);
    if (iso.hasMatch())
        return QDate::fromString(iso.captured(1), Qt::ISODate);
    const QString months = QStringLiteral(
        "January|February|March|April|May|June|July|August|September|October|November|December");
    const QLocale c = QLocale::c();
    const auto mdy =
        rule(QStringLiteral("\\b(%1) (\\d{1,2}),? ((?:19|20)\\d\\d)\\b").arg(months)).match(text);
    if (mdy.hasMatch())
        return c.toDate(mdy.captured(1) + u' ' + mdy.captured(2) + u' ' + mdy.captured(3),
                        QStringLiteral("MMMM d yyyy"));
    const auto dmy =
        rule(QStringLiteral("\\b(\\d{1,2}) (%1),? ((?:19|20)\\d\\d)\\b").arg(months)).match(text);
    if (dmy.hasMatch())
        return c.toDate(dmy.captured(2) + u' ' + dmy.captured(1) + u' ' + dmy.captured(3),
                        QStringLiteral("MMMM d yyyy"));
    return {};
}

} // namespace

ArticleCitation ArticleCitation::readFrom(const QString &text)
{
    ArticleCitation c;
    const QStringList lines = text.left(4000).split(u'\n', Qt::SkipEmptyParts);
    QStringList head;
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            head << line.trimmed();
        if (head.size() == 4)
            break;
    }
    if (!head.isEmpty() && head.first().size() <= 200 &&
        !rule(QStringLiteral("[.!?][\"'”’]?$")).match(head.first()).hasMatch())
        c.title = head.first();
    // A dateline or byline is a short line of its own, never a paragraph's sentence ("supported
    // by real estate sales (0.5 MEUR)"), and the name after "By" starts with a capital.
    static const QRegularExpression byline(
        QStringLiteral("\\b[Bb][Yy] (\\p{Lu}[\\w.'’ -]{1,60}?)\\s*(?:\\(|\\||,|$)"));
    for (const QString &line : std::as_const(head)) {
        if (line.size() > 160)
            continue;
        if (!c.published.isValid())
            c.published = dateIn(line);
        const auto by = byline.match(line);
        if (c.author.isEmpty() && by.hasMatch())
            c.author = by.captured(1).trimmed();
        const auto outlet =
            rule(QStringLiteral("\\b([A-Z][\\w-]*\\.(?:com|org|net|gov|cn|ru)(?:\\.cn)?)\\b"))
                .match(line);
        if (c.outlet.isEmpty() && outlet.hasMatch())
            c.outlet = outlet.captured(1);
    }
    return c;
}

ArticleCitation ArticleCitation::overriddenBy(const ArticleCitation &given) const
{
    ArticleCitation c = *this;
    if (!given.title.isEmpty())
        c.title = given.title;
    if (!given.outlet.isEmpty())
        c.outlet = given.outlet;
    if (!given.author.isEmpty())
        c.author = given.author;
    if (!given.url.isEmpty())
        c.url = given.url;
    if (given.published.isValid())
        c.published = given.published;
    return c;
}
