// SPDX-License-Identifier: MIT
#pragma once

#include "store/sourcesummary.h"

#include <QAbstractTableModel>
#include <QList>

// The sources of both stores, one row each: what the Sources dialog lists and removes.
class SourceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { Id, Publisher, Title, Licence, Imported, Rows, NUM_COLUMNS };
    Q_ENUM(Columns)
    enum Roles { KeyRole = Qt::UserRole, BuiltInRole };

    explicit SourceListModel(QObject *parent = nullptr);

    void setSources(const QList<SourceSummary> &sources);
    const SourceSummary *sourceAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SourceSummary> m_sources;
};
