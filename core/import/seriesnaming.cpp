// SPDX-License-Identifier: MIT
#include "seriesnaming.h"

#include "cellparser.h"

#include <QRegularExpression>

namespace {

// "mobile_cellular_subscriptions" -> "Mobile cellular subscriptions": a short column name with
// no spaces, as OWID's "short column names" downloads and many scripts write them.
QString readable(const QString &header)
{
    const QString trimmed = header.trimmed();
    if (trimmed.contains(u' ') || !trimmed.contains(u'_'))
        return trimmed;
    QString text = trimmed.split(u'_', Qt::SkipEmptyParts).join(u' ');
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString unitOfWords(const QString &label)
{
    static const QRegularExpression perCount(
        QStringLiteral("\\b(per (?:\\d[\\d,]*|one|a) (?:[a-z]+ )*[a-z]+)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression percent(QStringLiteral("\\b(?:percent|pct|per cent)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = perCount.match(label); m.hasMatch())
        return m.captured(1).toLower();
    return percent.match(label).hasMatch() ? QStringLiteral("%") : QString();
}

// "X (per 100 people) (per 100 people)" -> "X (per 100 people)".
QString withoutRepeatedUnit(const QString &label)
{
    static const QRegularExpression repeated(QStringLiteral("(\\([^()]+\\))(?:\\s*\\1)+$"));
    QString text = label;
    return text.replace(repeated, QStringLiteral("\\1"));
}

// The unit words a file slug adds after the header's own slug, or nothing.
QString unitOfFileSlug(const QString &header, const QString &fileSlug)
{
    const QString own = CellParser::slug(header);
    if (own.isEmpty() || !fileSlug.startsWith(own + u'-'))
        return {};
    return unitOfWords(fileSlug.mid(own.size() + 1).replace(u'-', u' '));
}

} // namespace

SeriesNaming SeriesNaming::fromHeader(const QString &header, const QString &fileSlug)
{
    SeriesNaming naming;
    naming.label = withoutRepeatedUnit(readable(header));
    naming.unit = CellParser::unitOfLabel(naming.label);
    if (naming.unit.isEmpty())
        naming.unit = unitOfWords(naming.label);
    if (naming.unit.isEmpty() && !fileSlug.isEmpty()) {
        naming.unit = unitOfFileSlug(naming.label, fileSlug);
        if (!naming.unit.isEmpty())
            naming.label += QStringLiteral(" (%1)").arg(naming.unit);
    }
    return naming;
}
