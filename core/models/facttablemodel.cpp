// SPDX-License-Identifier: MIT
#include "facttablemodel.h"

#include "search/factsearch.h"

#include "format/factformatter.h"
#include "format/observationfields.h"

FactTableModel::FactTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FactTableModel::setFacts(const QList<Data::Fact> &facts)
{
    beginResetModel();
    m_facts = facts;
    m_searchText.clear();
    m_searchText.reserve(m_facts.size());
    m_rowOfKey.clear();
    m_rowOfKey.reserve(m_facts.size());
    for (int row = 0; row < m_facts.size(); ++row) {
        m_searchText.append(searchText(m_facts.at(row)));
        m_rowOfKey.insert(m_facts.at(row).key, row);
    }
    endResetModel();
}

const Data::Fact *FactTableModel::factAt(int row) const
{
    return row >= 0 && row < m_facts.size() ? &m_facts.at(row) : nullptr;
}

int FactTableModel::rowOfKey(const QString &key) const
{
    return m_rowOfKey.value(key, -1);
}

bool FactTableModel::setFactValue(int row, double value)
{
    if (row < 0 || row >= m_facts.size())
        return false;
    m_facts[row].value = value;
    m_searchText[row] = searchText(m_facts.at(row));
    emit dataChanged(index(row, 0), index(row, NUM_COLUMNS - 1));
    return true;
}

int FactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_facts.size());
}

int FactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant FactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Data::Fact &fact = m_facts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(fact, index.column());
    case Qt::ToolTipRole:
        return fact.derived ? tr("%1\n%2").arg(FactFormatter::derivation(fact, m_facts), fact.quote)
                            : fact.quote;
    case Qt::TextAlignmentRole:
        return index.column() == Value ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        return sortData(fact, index.column());
    case KeyRole:
        return fact.key;
    case NumericValueRole:
        return fact.value;
    case DerivedRole:
        return fact.derived;
    case SearchTextRole:
        return m_searchText.at(index.row());
    case FactRole:
        return QVariant::fromValue(fact);
    default:
        return {};
    }
}

QVariant FactTableModel::displayData(const Data::Fact &fact, int column) const
{
    switch (column) {
    case Label:
        return fact.label;
    case Category:
        return fact.category;
    case Value:
        return FactFormatter::number(fact.value, fact.decimals);
    case Unit:
        return FactFormatter::unitName(fact.unit);
    case Period:
        return fact.periodLabel;
    case Basis:
        return fact.basis;
    case Qualifier:
        return fact.qualifier;
    case Kind:
        return ObservationFields::kind(fact.derived);
    case Quote:
        return fact.quote;
    case Source:
        return FactFormatter::shortCitation(fact.source);
    default:
        return {};
    }
}

QVariant FactTableModel::sortData(const Data::Fact &fact, int column) const
{
    switch (column) {
    case Value:
        return fact.value;
    case Period:
        return fact.periodStart;
    default:
        return displayData(fact, column);
    }
}

QVariant FactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Label:
        return tr("Figure");
    case Category:
        return tr("Category");
    case Value:
        return tr("Value");
    case Unit:
        return tr("Unit");
    case Period:
        return tr("Period");
    case Basis:
        return tr("Basis");
    case Qualifier:
        return tr("Qualifier");
    case Kind:
        return tr("Stated / derived");
    case Quote:
        return tr("Quote");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

QString FactTableModel::searchText(const Data::Fact &fact) const
{
    return FactSearch::shownText(fact);
}
