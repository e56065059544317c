// SPDX-License-Identifier: MIT
#include "eventmodel.h"

#include "format/factformatter.h"

EventModel::EventModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EventModel::setEvents(const QList<Data::Event> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

const Data::Event *EventModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events.at(row) : nullptr;
}

int EventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Data::Event &event = m_events.at(index.row());
    if (role == KeyRole)
        return event.key;
    if (role == StartDateRole)
        return event.startDate;
    if (role == EndDateRole)
        return event.endDate;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) // a tooltip for elided text
        return {};
    switch (index.column()) {
    case Name:
        return event.name;
    case Place:
        return event.place;
    case Start:
        return FactFormatter::date(event.startDate);
    case End:
        return FactFormatter::date(event.endDate);
    case DateBasis:
        return event.dateBasis;
    case Quote:
        return event.quote;
    default:
        return {};
    }
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const titles[NUM_COLUMNS] = {QT_TR_NOOP("Event"),      QT_TR_NOOP("Place"),
                                                    QT_TR_NOOP("Starts"),     QT_TR_NOOP("Ends"),
                                                    QT_TR_NOOP("Date basis"), QT_TR_NOOP("Quote")};
    return section >= 0 && section < NUM_COLUMNS ? tr(titles[section]) : QVariant();
}
