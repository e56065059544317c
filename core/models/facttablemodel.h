// SPDX-License-Identifier: MIT
#pragma once

#include "data/fact.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The facts as a table. Owns copies of its facts; setFacts() replaces them in one reset.
// Drives the fact table (through FactFilterProxyModel), the headline tiles and the bar chart.
class FactTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        Label,
        Category,
        Value,
        Unit,
        Period,
        Basis,
        Qualifier,
        Kind,
        Quote,
        Source,
        NUM_COLUMNS
    };
    Q_ENUM(Columns)
    enum Roles {
        SortRole = Qt::UserRole, // numbers sort as numbers, periods by date
        KeyRole,
        NumericValueRole,
        DerivedRole,
        SearchTextRole, // every text column folded by SearchFolding, for the search proxy
        FactRole,       // the whole Data::Fact
    };

    explicit FactTableModel(QObject *parent = nullptr);

    void setFacts(const QList<Data::Fact> &facts);
    const QList<Data::Fact> &facts() const { return m_facts; }
    const Data::Fact *factAt(int row) const;
    // -1 when no fact has that key.
    int rowOfKey(const QString &key) const;
    // Changes one fact's value (an edit or a correction); emits dataChanged for the row.
    bool setFactValue(int row, double value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Data::Fact &fact, int column) const;
    QVariant sortData(const Data::Fact &fact, int column) const;
    QString searchText(const Data::Fact &fact) const;

    QList<Data::Fact> m_facts;
    QList<QString> m_searchText; // cached per row; rebuilt on reset and on edit
    QHash<QString, int> m_rowOfKey;
};
