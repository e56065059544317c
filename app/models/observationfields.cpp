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
