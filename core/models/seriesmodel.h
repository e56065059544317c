// SPDX-License-Identifier: MIT
#pragma once

#include "data/series.h"
#include "format/observationfields.h"

#include <QAbstractTableModel>
#include <QList>

// Every observation of every series, one row each, grouped by series. Drives the trend chart;
// imported series appear here the same way as the article's own.
class SeriesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { // ObservationFields::Column
        SeriesLabel = ObservationFields::SeriesLabel,
        Entity = ObservationFields::Entity,
        Period = ObservationFields::Period,
        Value = ObservationFields::Value,
        Unit = ObservationFields::Unit,
        Kind = ObservationFields::Kind,
        Source = ObservationFields::Source,
        NUM_COLUMNS = ObservationFields::ColumnCount
    };
    Q_ENUM(Columns)
    enum Roles {
        SortRole = Qt::UserRole,
        SeriesKeyRole,
        NumericValueRole,
        PeriodEndRole, // QDate: where the point sits on a time axis
        DerivedRole,
        FactKeyRole,
        EntityCodeRole,
        SearchTextRole, // folded by SearchFolding, for FactFilterProxyModel
    };

    explicit SeriesModel(QObject *parent = nullptr);

    void setSeries(const QList<Data::Series> &series);
    const QList<Data::Series> &series() const { return m_series; }
    const Data::Series *seriesOfRow(int row) const;
    const Data::Observation *observationAt(int row) const;
    bool setObservationValue(int row, double value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct RowRef
    {
        int series;
        int observation;
    };

    QList<Data::Series> m_series;
    QList<RowRef> m_rows;
};
