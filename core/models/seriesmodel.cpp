// SPDX-License-Identifier: MIT
#include "seriesmodel.h"

#include "format/observationfields.h"
#include "search/searchfolding.h"

SeriesModel::SeriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SeriesModel::setSeries(const QList<Data::Series> &series)
{
    beginResetModel();
    m_series = series;
    m_rows.clear();
    for (int s = 0; s < m_series.size(); ++s) {
        for (int o = 0; o < m_series.at(s).observations.size(); ++o)
            m_rows.append({s, o});
    }
    endResetModel();
}

const Data::Series *SeriesModel::seriesOfRow(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_series.at(m_rows.at(row).series) : nullptr;
}

const Data::Observation *SeriesModel::observationAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    const RowRef ref = m_rows.at(row);
    return &m_series.at(ref.series).observations.at(ref.observation);
}

bool SeriesModel::setObservationValue(int row, double value)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const RowRef ref = m_rows.at(row);
    m_series[ref.series].observations[ref.observation].value = value;
    emit dataChanged(index(row, 0), index(row, NUM_COLUMNS - 1));
    return true;
}

int SeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SeriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant SeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Data::Series &series = *seriesOfRow(index.row());
    const Data::Observation &obs = *observationAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return ObservationFields::text(series, obs, index.column());
    case SortRole:
        return index.column() == Value    ? QVariant(obs.value)
               : index.column() == Period ? QVariant(obs.periodEnd)
                                          : ObservationFields::text(series, obs, index.column());
    case SeriesKeyRole:
        return series.key;
    case NumericValueRole:
        return obs.value;
    case PeriodEndRole:
        return obs.periodEnd;
    case DerivedRole:
        return obs.derived;
    case FactKeyRole:
        return obs.factKey;
    case EntityCodeRole:
        return obs.entityCode;
    case SearchTextRole: {
        QStringList parts;
        for (int column = 0; column < NUM_COLUMNS; ++column)
            parts << ObservationFields::text(series, obs, column);
        parts << obs.entityCode << series.indicatorCode << series.source.publisher;
        return SearchFolding::fold(parts.join(u'\n'));
    }
    default:
        return {};
    }
}

QVariant SeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString title = ObservationFields::title(section);
    return title.isEmpty() ? QVariant() : QVariant(title);
}
