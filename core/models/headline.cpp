// SPDX-License-Identifier: MIT
#include "headline.h"

#include "format/factformatter.h"
#include "headlinepins.h"

#include <QCoreApplication>
#include <QHash>

QList<Headline> Headline::fromFacts(const QList<Data::Fact> &facts, const HeadlinePins *pins)
{
    // Stated changes in percentage points, by category and period end: one pass, not one per
    // figure.
    QHash<std::pair<QString, QDate>, QStringList> changes;
    for (const Data::Fact &change : facts) {
        if (change.unit == u"pp" && !change.derived)
            changes[{change.category, change.periodEnd}]
                << QCoreApplication::translate("Headline", "%1 on a year earlier")
                       .arg(FactFormatter::signedValueWithUnit(change));
    }
    QList<Headline> headlines;
    for (const Data::Fact &fact : facts) {
        if (fact.derived || fact.unit == u"pp" || (pins && !pins->isHeadline(fact)))
            continue;
        const QString figure = fact.storedBasis() == u"year-on-year"
                                   ? FactFormatter::signedValueWithUnit(fact)
                                   : FactFormatter::valueWithUnit(fact);
        const QString value = fact.qualifier.isEmpty() ? figure : fact.qualifier + u' ' + figure;
        QStringList detail{fact.periodLabel, fact.basis};
        detail += changes.value({fact.category, fact.periodEnd});
        headlines.append({fact.key, value, fact.qualifier, figure, fact.label,
                          detail.join(QStringLiteral(" · ")), fact.quote, fact.source});
    }
    return headlines;
}
