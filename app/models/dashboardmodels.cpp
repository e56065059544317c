// SPDX-License-Identifier: MIT
#include "dashboardmodels.h"

#include "countryselection.h"
#include "eventmodel.h"
#include "factfilterproxymodel.h"
#include "facttablemodel.h"
#include "observationtablemodel.h"
#include "seriesmodel.h"
#include "topicmodel.h"

DashboardModels::DashboardModels(QObject *parent)
    : QObject(parent)
    , m_facts(new FactTableModel(this))
    , m_factSearch(new FactFilterProxyModel(this))
    , m_series(new SeriesModel(this))
    , m_observations(new ObservationTableModel(this))
    , m_topics(new TopicModel(this))
    , m_events(new EventModel(this))
    , m_countries(new CountrySelection(m_series, this))
{
    m_factSearch->setSourceModel(m_facts);
}

void DashboardModels::setDataset(const Data::Dataset &dataset)
{
    m_facts->setFacts(dataset.facts);
    m_series->setSeries(dataset.series);
    m_topics->setTopics(dataset.topics);
    m_events->setEvents(dataset.events);
    m_countries->setMemberStates(dataset.memberStates);
}

void DashboardModels::openObservations(const QString &userStorePath)
{
    m_observations->open(userStorePath);
}
