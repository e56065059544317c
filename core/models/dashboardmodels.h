// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"

#include <QObject>

#include <memory>

class CountrySelection;
class Store;
class EventModel;
class FactFilterProxyModel;
class FactTableModel;
class HeadlinePins;
class ObservationTableModel;
class SeriesModel;
class TopicModel;

// The models of one dataset, created together so the window, the charts and the command line
// read the same figures. Owns its models (as QObject children).
class DashboardModels : public QObject
{
    Q_OBJECT
public:
    explicit DashboardModels(QObject *parent = nullptr);
    ~DashboardModels() override;

    void setDataset(const Data::Dataset &dataset);

    FactTableModel *facts() const { return m_facts; }
    FactFilterProxyModel *factSearch() const { return m_factSearch; }
    SeriesModel *series() const { return m_series; }
    // The observation table, read from the stores a page at a time. It stays empty until
    // opened (ObservationTableModel::open): only a window that shows it starts its thread.
    ObservationTableModel *observations() const { return m_observations; }
    TopicModel *topics() const { return m_topics; }
    EventModel *events() const { return m_events; }
    CountrySelection *countries() const { return m_countries; }
    HeadlinePins *headlinePins() const { return m_headlinePins; }

private:
    void readSeriesOnDemand(const QString &userStorePath);

    FactTableModel *m_facts;
    FactFilterProxyModel *m_factSearch;
    SeriesModel *m_series;
    ObservationTableModel *m_observations;
    TopicModel *m_topics;
    EventModel *m_events;
    CountrySelection *m_countries;
    HeadlinePins *m_headlinePins;
    std::unique_ptr<Store> m_reader; // for the country charts' rows
};
