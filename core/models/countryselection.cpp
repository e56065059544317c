// SPDX-License-Identifier: MIT
#include "countryselection.h"

#include "seriesmodel.h"

#include <QCollator>

#include <algorithm>

CountrySelection::CountrySelection(SeriesModel *series, QObject *parent)
    : QObject(parent)
    , m_series(series)
{
    connect(series, &QAbstractItemModel::modelReset, this, [this] {
        m_loaded.reset();
        emit changed();
    });
}

void CountrySelection::setObservationLoader(ObservationLoader loader)
{
    m_loader = std::move(loader);
    m_loaded.reset();
    emit changed();
}

void CountrySelection::setMemberStates(const QList<Data::MemberState> &members)
{
    m_memberCodes.clear();
    for (const Data::MemberState &m : members) {
        if (m.organisation == u"SCO")
            m_memberCodes.append(m.iso3);
    }
    m_memberSet = QSet<QString>(m_memberCodes.cbegin(), m_memberCodes.cend());
    emit changed();
}

QString CountrySelection::codeOf(const QString &entityCode, const QString &entity)
{
    return entityCode.isEmpty() ? entity : entityCode;
}

QStringList CountrySelection::indicators() const
{
    QStringList keys;
    for (const Data::Series &s : m_series->series()) {
        const bool hasCountries =
            s.onDemand
                ? s.hasEntities
                : std::any_of(s.observations.cbegin(), s.observations.cend(),
                              [](const Data::Observation &o) { return !o.entity.isEmpty(); });
        if (hasCountries)
            keys.append(s.key);
    }
    return keys;
}

QList<std::pair<QString, QString>> CountrySelection::indicatorChoices() const
{
    QList<const Data::Series *> shown;
    const QStringList keys = indicators();
    for (const Data::Series &s : m_series->series()) {
        if (keys.contains(s.key))
            shown << &s;
    }
    const auto count = [&](const auto &text) {
        return std::count_if(shown.cbegin(), shown.cend(),
                             [&](const Data::Series *s) { return text(*s); });
    };
    QList<std::pair<QString, QString>> choices;
    for (const Data::Series *s : std::as_const(shown)) {
        QString name = s->label;
        if (count([&](const Data::Series &o) { return o.label == s->label; }) > 1) {
            name = tr("%1 — %2").arg(s->label, s->source.publisher);
            // One publisher twice (two downloads of one file): its key tells them apart.
            if (count([&](const Data::Series &o) {
                    return o.label == s->label && o.source.publisher == s->source.publisher;
                }) > 1)
                name += QStringLiteral(" (") + s->key + u')';
        }
        choices.append({s->key, name});
    }
    return choices;
}

QString CountrySelection::indicator() const
{
    const QStringList all = indicators();
    return all.contains(m_indicator) ? m_indicator : all.value(0);
}

const Data::Series *CountrySelection::indicatorSeries() const
{
    const QString key = indicator();
    for (const Data::Series &s : m_series->series()) {
        if (s.key != key)
            continue;
        if (!s.onDemand)
            return &s;
        if (!m_loaded || m_loaded->key != key) { // one series at a time: a chart's worth
            m_loaded = s;
            m_loaded->observations = m_loader ? m_loader(s) : QList<Data::Observation>();
        }
        return &*m_loaded;
    }
    return nullptr;
}

void CountrySelection::setIndicator(const QString &seriesKey)
{
    if (seriesKey == m_indicator)
        return;
    m_indicator = seriesKey;
    emit changed();
}

QList<std::pair<QString, QString>> CountrySelection::countriesOfIndicator() const
{
    QList<std::pair<QString, QString>> countries;
    QSet<QString> seen;
    if (const Data::Series *s = indicatorSeries()) {
        const QString *last = nullptr; // a country's rows come together
        for (const Data::Observation &o : s->observations) {
            const QString &code = o.entityCode.isEmpty() ? o.entity : o.entityCode; // codeOf()
            if (last && *last == code)
                continue;
            last = &code;
            if (!o.entity.isEmpty() && !seen.contains(code)) {
                seen.insert(code);
                countries.append({code, o.entity});
            }
        }
    }
    QCollator collator;
    std::sort(countries.begin(), countries.end(), [&](const auto &a, const auto &b) {
        return collator.compare(a.second, b.second) < 0;
    });
    return countries;
}

QHash<QString, int> CountrySelection::colourSlots() const
{
    QHash<QString, int> places;
    for (const QString &code : m_memberCodes)
        places.insert(code, int(places.size()));
    QStringList others;
    for (const auto &[code, name] : countriesOfIndicator()) {
        if (!places.contains(code))
            others.append(code);
    }
    others.sort();
    for (const QString &code : std::as_const(others))
        places.insert(code, int(places.size()));
    return places;
}

QSet<QString> CountrySelection::countries() const
{
    if (m_countries)
        return *m_countries;
    return m_memberSet;
}

void CountrySelection::setCountries(const QSet<QString> &codes)
{
    m_countries = codes;
    emit changed();
}

void CountrySelection::showMembers()
{
    m_countries.reset();
    emit changed();
}

void CountrySelection::setYears(int from, int to)
{
    if (from != 0 && to != 0 && from > to)
        std::swap(from, to);
    if (from == m_fromYear && to == m_toYear)
        return;
    m_fromYear = from;
    m_toYear = to;
    emit changed();
}

void CountrySelection::setValueDecimals(int decimals)
{
    decimals = std::clamp(decimals, kAutomaticDecimals, kMaxDecimals);
    if (decimals == m_valueDecimals)
        return;
    m_valueDecimals = decimals;
    emit changed();
}

std::pair<int, int> CountrySelection::yearsOfIndicator() const
{
    int first = 0, last = 0;
    if (const Data::Series *s = indicatorSeries()) {
        for (const Data::Observation &o : s->observations) {
            if (o.entity.isEmpty())
                continue;
            const int year = o.periodStart.year();
            first = first == 0 ? year : std::min(first, year);
            last = std::max(last, year);
        }
    }
    return {first, last};
}

QString CountrySelection::yearsText() const
{
    if (m_fromYear != 0 && m_toYear != 0)
        return m_fromYear == m_toYear ? QString::number(m_fromYear)
                                      : tr("%1–%2").arg(m_fromYear).arg(m_toYear);
    if (m_fromYear != 0)
        return tr("from %1").arg(m_fromYear);
    if (m_toYear != 0)
        return tr("to %1").arg(m_toYear);
    return {};
}
