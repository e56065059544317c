// SPDX-License-Identifier: MIT
#pragma once

class CountrySelection;

// The analyst's last indicator, countries, years and value decimals, kept in QSettings
// ("countries/…"), so the window, a slide show and the next start show the same country charts.
class CountrySelectionSettings
{
public:
    static void restore(CountrySelection *selection);
    static void save(const CountrySelection &selection);
};
