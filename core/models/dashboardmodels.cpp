// SPDX-License-Identifier: MIT
#include "dashboardmodels.h"

#include "countryselection.h"
#include "eventmodel.h"
#include "factfilterproxymodel.h"
#include "facttablemodel.h"
#include "format/observationfields.h"
#include "headlinepins.h"
#include "observationtablemodel.h"
#include "seriesmodel.h"
#include "store/storefactory.h"
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
    , m_headlinePins(new HeadlinePins(this))
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
    readSeriesOnDemand(dataset.userStorePath);
}

DashboardModels::~DashboardModels() = default;

// The country charts read an onDemand series' rows from the user store at PATH, through a
// connection opened when the first such series is shown.
void DashboardModels::readSeriesOnDemand(const QString &userStorePath)
{
    m_reader.reset();
    m_countries->setObservationLoader([this, userStorePath](const Data::Series &series) {
        if (!m_reader && !userStorePath.isEmpty()) {
            StoreOptions options;
            options.reader = true;
            QString error;
            m_reader = StoreFactory::open(userStorePath, options, &error);
            if (!m_reader)
                qWarning("%s", qPrintable(error));
        }
        std::optional<QList<Data::Observation>> rows =
            m_reader ? m_reader->observationsOf(series.id) : std::nullopt;
        if (!rows)
            return QList<Data::Observation>();
        for (Data::Observation &o : *rows) {
            o.seriesKey = series.key;
            o.entity = ObservationFields::entity(o); // as the charts name it
        }
        return *rows;
    });
}
