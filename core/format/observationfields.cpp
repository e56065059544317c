// SPDX-License-Identifier: MIT
#include "observationfields.h"

#include "format/factformatter.h"
#include "i18n/countrynames.h"
#include "i18n/translation.h"
#include "search/searchdocument.h"
#include "search/searchfolding.h"

QString ObservationFields::entity(const Data::Observation &o)
{
    if (o.aggregate || o.entityCode.size() != 3)
        return o.entity;
    return CountryNames::localized(o.entityCode, o.entity, Translation::current());
}

QString ObservationFields::text(const Data::Series &series, const Data::Observation &o, int column)
{
    switch (column) {
    case SeriesLabel:
        return series.label;
    case Entity:
        return entity(o);
    case Period:
        return o.periodLabel;
    case Value: // every digit the source gives, nothing rounded away
        return value(o.value);
    case Unit:
        return FactFormatter::unitName(series.unit);
    case Kind:
        return kind(o.derived);
    case Source:
        return FactFormatter::shortCitation(series.source);
    default:
        return {};
    }
}

QString ObservationFields::title(int column)
{
    static const char *const titles[ColumnCount] = {
        QT_TR_NOOP("Series"), QT_TR_NOOP("Entity"), QT_TR_NOOP("Period"), QT_TR_NOOP("Value"),
        QT_TR_NOOP("Unit"),   QT_TR_NOOP("Kind"),   QT_TR_NOOP("Source")};
    return column >= 0 && column < ColumnCount ? tr(titles[column]) : QString();
}

QString ObservationFields::value(double value, const QLocale &locale)
{
    return SearchDocument::valueText(value, locale);
}

QString ObservationFields::kind(bool derived)
{
    return derived ? tr("Derived") : tr("Stated");
}

QStringList ObservationFields::seriesTexts(const Data::Series &series)
{
    return {SearchFolding::fold(series.label),
            SearchFolding::fold(FactFormatter::unitName(series.unit)),
            SearchFolding::fold(FactFormatter::shortCitation(series.source)),
            SearchFolding::fold(series.indicatorCode),
            SearchFolding::fold(series.source.publisher)};
}

QStringList ObservationFields::entityTexts(const QString &shownEntity, const QString &entityCode)
{
    return {SearchFolding::fold(shownEntity), SearchFolding::fold(entityCode)};
}
