// SPDX-License-Identifier: MIT
#include "figurecheck.h"

#include "figurefinder.h"
#include "figurerules.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

std::optional<std::pair<double, int>> FigureCheck::valueOf(const QString &asWritten)
{
    const QList<FigureProposal> found = FigureFinder::find(asWritten);
    if (!found.isEmpty())
        return std::pair{found.first().value, found.first().decimals};
    // A figure the rules do not know ("830", "12 kinds of goods"): its first number.
    static const QRegularExpression number(
        QStringLiteral("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"));
    const QRegularExpressionMatch m = number.match(asWritten);
    if (!m.hasMatch())
        return std::nullopt;
    QString plain = m.captured(1);
    plain.remove(u',');
    return FigureRules::numberOf(plain);
}

QString FigureCheck::problemOf(const Data::Fact &f)
{
    if (f.label.trimmed().isEmpty())
        return tr("Give the figure a label.");
    if (f.unit.trimmed().isEmpty())
        return tr("Give the figure's unit (\"%\", \"billion U.S. dollars\", \"companies\").");
    if (f.quote.trimmed().isEmpty())
        return tr("Give the sentence the figure comes from, word for word.");
    if (f.asWritten.trimmed().isEmpty())
        return tr("Give the figure as the sentence writes it.");
    if (!f.quote.contains(f.asWritten))
        return tr("The sentence does not hold \"%1\" word for word.").arg(f.asWritten);
    const std::optional<std::pair<double, int>> stated = valueOf(f.asWritten);
    if (!stated)
        return tr("\"%1\" states no number.").arg(f.asWritten);
    if (std::abs(stated->first - f.value) > 1e-9 * std::max(1.0, std::abs(f.value)))
        return tr("The sentence says %1, not %2.")
            .arg(QLocale::c().toString(stated->first, 'f', stated->second),
                 QLocale::c().toString(f.value, 'g', 15));
    if (f.periodStart.isValid() != f.periodEnd.isValid())
        return tr("Give the period's first and last day, or neither.");
    if (f.periodStart.isValid() && f.periodStart > f.periodEnd)
        return tr("The period ends (%1) before it starts (%2).")
            .arg(f.periodEnd.toString(Qt::ISODate), f.periodStart.toString(Qt::ISODate));
    if (f.periodStart.isValid() && f.periodLabel.trimmed().isEmpty())
        return tr("Name the period (\"Jan–May 2025\").");
    return {};
}
