// SPDX-License-Identifier: MIT
#pragma once

#include "data/event.h"

#include <QAbstractTableModel>
#include <QList>

// The dated events, in date order. Drives the timeline chart.
class EventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { Name, Place, Start, End, DateBasis, Quote, NUM_COLUMNS };
    Q_ENUM(Columns)
    enum Roles { KeyRole = Qt::UserRole, StartDateRole, EndDateRole };

    explicit EventModel(QObject *parent = nullptr);

    void setEvents(const QList<Data::Event> &events);
    const QList<Data::Event> &events() const { return m_events; }
    const Data::Event *eventAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Data::Event> m_events;
};
