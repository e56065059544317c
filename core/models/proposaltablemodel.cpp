// SPDX-License-Identifier: MIT
#include "proposaltablemodel.h"

#include "format/factformatter.h"

ProposalTableModel::ProposalTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProposalTableModel::setProposals(const QList<FigureProposal> &proposals)
{
    beginResetModel();
    m_proposals = proposals;
    m_kept = QList<bool>(proposals.size(), true);
    endResetModel();
    emit keptChanged();
}

QList<FigureProposal> ProposalTableModel::kept() const
{
    QList<FigureProposal> kept;
    for (qsizetype i = 0; i < m_proposals.size(); ++i) {
        if (m_kept.at(i))
            kept << m_proposals.at(i);
    }
    return kept;
}

int ProposalTableModel::keptCount() const
{
    return int(m_kept.count(true));
}

void ProposalTableModel::setAllKept(bool keep)
{
    m_kept.fill(keep);
    if (!m_proposals.isEmpty())
        emit dataChanged(index(0, Keep), index(rowCount() - 1, Keep), {Qt::CheckStateRole});
    emit keptChanged();
}

int ProposalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proposals.size());
}

int ProposalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QString ProposalTableModel::text(const FigureProposal &p, int column) const
{
    switch (column) {
    case Figure:
        return p.qualifier.isEmpty() ? p.asWritten : p.qualifier + u' ' + p.asWritten;
    case Label:
        return p.label;
    case Unit:
        return FactFormatter::unitName(p.unit);
    case Period:
        return p.periodLabel.isEmpty() ? tr("as of the publication date") : p.periodLabel;
    case Basis:
        return p.basis;
    case Sentence:
        return p.quote;
    default:
        return {};
    }
}

QVariant ProposalTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_proposals.size())
        return {};
    const FigureProposal &p = m_proposals.at(index.row());
    if (index.column() == Keep && role == Qt::CheckStateRole)
        return m_kept.at(index.row()) ? Qt::Checked : Qt::Unchecked;
    if (index.column() == Sentence && role == FigureStartRole)
        return int(p.start);
    if (index.column() == Sentence && role == FigureLengthRole)
        return int(p.asWritten.size());
    if (role == Qt::EditRole && index.column() == Unit)
        return p.unit; // as stored: "%", not "percent"
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return text(p, index.column());
    if (role == Qt::ToolTipRole && index.column() == Sentence)
        return p.quote;
    return {};
}

bool ProposalTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_proposals.size())
        return false;
    FigureProposal &p = m_proposals[index.row()];
    if (index.column() == Keep && role == Qt::CheckStateRole) {
        m_kept[index.row()] = value.toInt() == Qt::Checked;
        emit dataChanged(index, index, {Qt::CheckStateRole});
        emit keptChanged();
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString().simplified();
    switch (index.column()) {
    case Label:
        if (text.isEmpty())
            return false; // a figure needs a name
        p.label = text;
        break;
    case Unit:
        if (text.isEmpty())
            return false;
        p.unit = text;
        break;
    case Period:
        if (text.isEmpty())
            return false;
        p.periodLabel = text;
        break;
    case Basis:
        p.basis = text;
        break;
    default:
        return false;
    }
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags ProposalTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Keep)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == Label || index.column() == Unit || index.column() == Period ||
        index.column() == Basis)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ProposalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Keep:
        return tr("Keep");
    case Figure:
        return tr("Figure");
    case Label:
        return tr("Label");
    case Unit:
        return tr("Unit");
    case Period:
        return tr("Period");
    case Basis:
        return tr("Basis");
    case Sentence:
        return tr("Sentence");
    default:
        return {};
    }
}
