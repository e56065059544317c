// SPDX-License-Identifier: MIT
#pragma once

#include "data/memberstate.h"
#include "data/series.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class SeriesModel;

// Which country series the country charts show: one indicator (a series key) and a set of
// countries by code. Until the user picks, the countries are the SCO member states and the
// indicator is the first series that has countries. Holds no data: it reads the SeriesModel.
class CountrySelection : public QObject
{
    Q_OBJECT
public:
    // Reads the observations of an onDemand series (Data::Series::onDemand).
    using ObservationLoader = std::function<QList<Data::Observation>(const Data::Series &)>;

    explicit CountrySelection(SeriesModel *series, QObject *parent = nullptr);
    void setObservationLoader(ObservationLoader loader);

    void setMemberStates(const QList<Data::MemberState> &members);
    QStringList memberCodes() const { return m_memberCodes; }

    // Series keys that have at least one country observation, in model order.
    QStringList indicators() const;
    QString indicator() const;
    // Each of indicators() with the name to show for it: its label, and where another
    // indicator has the same label, " — " and its publisher, so the built-in, OWID and World
    // Bank copies of one indicator are told apart.
    QList<std::pair<QString, QString>> indicatorChoices() const;
    // The series of indicator(), or nullptr when the store has no country series.
    const Data::Series *indicatorSeries() const;
    void setIndicator(const QString &seriesKey);

    // Country codes (or names where a row has no code) of the current indicator, sorted by
    // name, with the name shown for each.
    QList<std::pair<QString, QString>> countriesOfIndicator() const;
    // Each country's place in the charts' palette, the same whichever countries are chosen and
    // in every language: the member states first, in their stored order, then the indicator's
    // other countries by code.
    QHash<QString, int> colourSlots() const;
    QSet<QString> countries() const;
    void setCountries(const QSet<QString> &codes);
    void showMembers();
    // True until the user picks countries of their own.
    bool showsMembers() const { return !m_countries.has_value(); }
    // The analyst chose "None": the charts show what to do instead of empty axes.
    bool showsNone() const { return !showsMembers() && m_countries->isEmpty(); }
    // Asked once per observation a chart draws: no set is built for it.
    bool isShown(const QString &code) const
    {
        return m_countries ? m_countries->contains(code) : m_memberSet.contains(code);
    }

    // The years the country charts show, both ends included; 0 leaves an end open. The members
    // chart then compares each country's latest year within them.
    void setYears(int from, int to);
    int fromYear() const { return m_fromYear; }
    int toYear() const { return m_toYear; }
    bool hasYears() const { return m_fromYear != 0 || m_toYear != 0; }
    bool isInYears(int year) const
    {
        return (m_fromYear == 0 || year >= m_fromYear) && (m_toYear == 0 || year <= m_toYear);
    }
    // The first and last year of the indicator's country rows; {0, 0} when it has none.
    std::pair<int, int> yearsOfIndicator() const;
    // "2000–2015", "from 2000", "to 2015"; empty when every year is shown.
    QString yearsText() const;

    // Decimals of the value labels on the country charts' bars: 0 to kMaxDecimals, or
    // kAutomaticDecimals for three significant digits (one decimal on the tallest bar). The
    // tooltip, the source pane and the table always keep every digit.
    static constexpr int kAutomaticDecimals = -1;
    static constexpr int kMaxDecimals = 3;
    void setValueDecimals(int decimals);
    int valueDecimals() const { return m_valueDecimals; }

    // The code a row is chosen by: its entity code, or its name when it has none.
    static QString codeOf(const QString &entityCode, const QString &entity);

signals:
    void changed();

private:
    SeriesModel *m_series;
    QStringList m_memberCodes;
    QSet<QString> m_memberSet;                // m_memberCodes, for isShown()
    QString m_indicator;                      // empty: the first one
    std::optional<QSet<QString>> m_countries; // nullopt: the members
    int m_fromYear = 0;
    int m_toYear = 0;
    int m_valueDecimals = kAutomaticDecimals;
    ObservationLoader m_loader;
    mutable std::optional<Data::Series> m_loaded; // the last onDemand series, with its rows
};
