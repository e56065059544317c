// SPDX-License-Identifier: MIT
#include "countryselectionsettings.h"

#include "countryselection.h"

#include <QSettings>
#include <QStringList>

void CountrySelectionSettings::restore(CountrySelection *selection)
{
    const QSettings settings;
    selection->setIndicator(settings.value(QStringLiteral("countries/indicator")).toString());
    if (settings.contains(QStringLiteral("countries/shown"))) {
        const QStringList shown = settings.value(QStringLiteral("countries/shown")).toStringList();
        selection->setCountries(QSet<QString>(shown.cbegin(), shown.cend()));
    }
    selection->setYears(settings.value(QStringLiteral("countries/fromYear"), 0).toInt(),
                        settings.value(QStringLiteral("countries/toYear"), 0).toInt());
    selection->setValueDecimals(
        settings.value(QStringLiteral("countries/decimals"), CountrySelection::kAutomaticDecimals)
            .toInt());
}

void CountrySelectionSettings::save(const CountrySelection &selection)
{
    QSettings settings;
    settings.setValue(QStringLiteral("countries/indicator"), selection.indicator());
    if (selection.showsMembers()) {
        settings.remove(QStringLiteral("countries/shown"));
    } else {
        const QSet<QString> shown = selection.countries();
        QStringList list(shown.cbegin(), shown.cend());
        list.sort();
        settings.setValue(QStringLiteral("countries/shown"), list);
    }
    settings.setValue(QStringLiteral("countries/fromYear"), selection.fromYear());
    settings.setValue(QStringLiteral("countries/toYear"), selection.toYear());
    settings.setValue(QStringLiteral("countries/decimals"), selection.valueDecimals());
}
