// SPDX-License-Identifier: MIT
#include "observationsource.h"

#include "format/observationfields.h"
#include "i18n/translation.h"
#include "store/store.h"

#include <QSet>

ObservationSource::ObservationSource(Store &store)
    : m_store(store)
{
}

bool ObservationSource::open()
{
    const std::optional<Data::Dataset> builtIn = m_store.loadBuiltIn();
    const std::optional<QList<Data::Series>> user = m_store.seriesCatalogue();
    if (!builtIn || !user) {
        m_error = m_store.errorString();
        return false;
    }
    m_builtIn = builtIn->series;
    for (const Data::Series &s : m_builtIn) {
        m_builtInSeriesTexts.append(ObservationFields::seriesTexts(s));
        QList<QStringList> rows;
        for (const Data::Observation &o : s.observations)
            rows.append(ObservationSearch::rowTexts(s, o));
        m_builtInRowTexts.append(rows);
    }
    QSet<QString> builtInKeys, builtInSources;
    for (const Data::Series &s : m_builtIn)
        builtInKeys.insert(s.key);
    for (const Data::Source &s : builtIn->sources)
        builtInSources.insert(s.key);
    for (const Data::Series &s : *user) {
        if (builtInKeys.contains(s.key) || builtInSources.contains(s.source.key)) {
            m_hidden.append(s.id);
            continue;
        }
        m_userIndex.insert(s.id, m_user.size());
        m_user.append(s);
    }
    QList<ObservationSearch::Entity> entities;
    if (m_store.hasStore()) {
        const std::unique_ptr<ObservationQuery> all = userQuery({});
        const auto stored = all->entities();
        if (!stored) {
            m_error = all->errorString();
            return false;
        }
        for (const Data::Observation &o : *stored)
            entities.append({o.entity, o.entityCode, ObservationFields::entity(o)});
    }
    m_search = ObservationSearch(m_user, entities);
    m_entityOrder = entityOrder(entities);
    return true;
}

// The user store's entities and the built-in ones, by the names shown in the interface
// language.
EntityOrder ObservationSource::entityOrder(const QList<ObservationSearch::Entity> &user) const
{
    QList<std::pair<QString, QString>> shown;
    for (const ObservationSearch::Entity &e : user)
        shown.append({e.stored, e.shown});
    for (const Data::Series &s : m_builtIn) {
        for (const Data::Observation &o : s.observations)
            shown.append({o.entity, ObservationFields::entity(o)});
    }
    return EntityOrder::byShownName(shown, QLocale(Translation::current()));
}

bool ObservationSource::hasUserStore() const
{
    return m_store.hasStore();
}

const Data::Series *ObservationSource::userSeriesById(qint64 id) const
{
    const qsizetype index = m_userIndex.value(id, -1);
    return index < 0 ? nullptr : &m_user.at(index);
}

const Data::Series *ObservationSource::userSeriesByKey(const QString &key) const
{
    const auto it = std::find_if(m_user.cbegin(), m_user.cend(),
                                 [&key](const Data::Series &s) { return s.key == key; });
    return it == m_user.cend() ? nullptr : &*it;
}

QList<std::pair<const Data::Series *, const Data::Observation *>>
ObservationSource::builtInMatches(const QStringList &words) const
{
    QList<std::pair<const Data::Series *, const Data::Observation *>> rows;
    for (qsizetype s = 0; s < m_builtIn.size(); ++s) {
        const QList<Data::Observation> &observations = m_builtIn.at(s).observations;
        for (qsizetype o = 0; o < observations.size(); ++o) {
            if (ObservationSearch::matches(m_builtInSeriesTexts.at(s),
                                           m_builtInRowTexts.at(s).at(o), words))
                rows.append({&m_builtIn.at(s), &observations.at(o)});
        }
    }
    return rows;
}

std::unique_ptr<ObservationQuery> ObservationSource::userQuery(const QStringList &words,
                                                               ObservationQuery::Order order,
                                                               Qt::SortOrder direction) const
{
    std::unique_ptr<ObservationQuery> query = m_store.observationQuery();
    query->setHiddenSeries(m_hidden);
    query->setTerms(m_search.terms(words));
    query->setOrder(order, direction);
    query->setEntityOrder(m_entityOrder);
    return query;
}
