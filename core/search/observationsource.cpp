// SPDX-License-Identifier: MIT
#include "observationsource.h"

#include "store/shadowingrule.h"

#include "format/observationfields.h"
#include "i18n/translation.h"
#include "store/store.h"


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
    for (const Data::Series &s : builtIn->series) {
        m_builtInIndex.insert(s.id, m_builtIn.size());
        m_builtIn.append(s);
    }
    const ShadowingRule rule(*builtIn);
    for (const Data::Series &s : *user) {
        if (rule.shadows(s))
            continue; // the query leaves its rows out too
        m_userIndex.insert(s.id, m_user.size());
        m_user.append(s);
    }
    const std::unique_ptr<ObservationQuery> all = query({});
    const auto stored = all->entities();
    if (!stored) {
        m_error = all->errorString();
        return false;
    }
    QList<ObservationSearch::Entity> entities;
    QList<std::pair<QString, QString>> shown;
    for (const Data::Observation &o : *stored) {
        entities.append({o.entity, o.entityCode, ObservationFields::entity(o)});
        shown.append({o.entity, entities.last().shown});
    }
    m_search = ObservationSearch(m_builtIn + m_user, entities);
    // Sorting by entity follows the names shown, in the interface language's collation.
    m_entityOrder = EntityOrder::byShownName(shown, QLocale(Translation::current()));
    return true;
}

qsizetype ObservationSource::seriesIndex(const ObservationRow &row) const
{
    if (row.builtIn)
        return m_builtInIndex.value(row.seriesId, -1);
    const qsizetype index = m_userIndex.value(row.seriesId, -1);
    return index < 0 ? -1 : m_builtIn.size() + index;
}

const Data::Series *ObservationSource::seriesOf(const ObservationRow &row) const
{
    const qsizetype index = seriesIndex(row);
    if (index < 0)
        return nullptr;
    return index < m_builtIn.size() ? &m_builtIn.at(index) : &m_user.at(index - m_builtIn.size());
}

std::unique_ptr<ObservationQuery> ObservationSource::query(const QStringList &words,
                                                           ObservationQuery::Order order,
                                                           Qt::SortOrder direction) const
{
    std::unique_ptr<ObservationQuery> query = m_store.observationQuery();
    query->setTerms(m_search.terms(words));
    query->setOrder(order, direction);
    query->setEntityOrder(m_entityOrder);
    return query;
}
