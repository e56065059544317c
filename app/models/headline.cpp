// SPDX-License-Identifier: MIT
#include "headline.h"

#include "format/factformatter.h"

#include <QCoreApplication>

QList<Headline> Headline::fromFacts(const QList<Data::Fact> &facts)
{
    QList<Headline> headlines;
    for (const Data::Fact &fact : facts) {
        if (fact.derived || fact.unit == u"pp")
            continue;
        const QString figure = fact.basis == u"year-on-year"
                                   ? FactFormatter::signedValueWithUnit(fact)
                                   : FactFormatter::valueWithUnit(fact);
        const QString value = fact.qualifier.isEmpty() ? figure : fact.qualifier + u' ' + figure;
        QStringList detail{fact.periodLabel, fact.basis};
        for (const Data::Fact &change : facts) {
            if (change.unit == u"pp" && !change.derived && change.category == fact.category &&
                change.periodEnd == fact.periodEnd)
                detail << QCoreApplication::translate("Headline", "%1 on a year earlier")
                              .arg(FactFormatter::signedValueWithUnit(change));
        }
        headlines.append({fact.key, value, fact.qualifier, figure, fact.label,
                          detail.join(QStringLiteral(" · ")), fact.quote, fact.source});
    }
    return headlines;
}
