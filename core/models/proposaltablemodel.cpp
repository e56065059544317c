// SPDX-License-Identifier: MIT
#include "proposaltablemodel.h"

#include "format/factformatter.h"

#include <QHash>

ProposalTableModel::ProposalTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

namespace {

// PROPOSED with each field the analyst changed in EDITED (which the extractor proposed as WAS).
FigureProposal withEdits(FigureProposal proposed, const FigureProposal &was,
                         const FigureProposal &edited)
{
    const auto carry = [](QString &now, const QString &before, const QString &after) {
        if (after != before)
            now = after;
    };
    carry(proposed.label, was.label, edited.label);
    carry(proposed.unit, was.unit, edited.unit);
    carry(proposed.periodLabel, was.periodLabel, edited.periodLabel);
    carry(proposed.basis, was.basis, edited.basis);
    return proposed;
}

} // namespace

void ProposalTableModel::setProposals(const QList<FigureProposal> &proposals)
{
    // A re-read (another publication day, an edited text) keeps the analyst's choice and edits
    // for every figure still stated in the same sentence.
    QHash<QString, qsizetype> before;
    for (qsizetype i = 0; i < m_extracted.size(); ++i)
        before.insert(m_extracted.at(i).identity(), i);
    QList<FigureProposal> shown = proposals;
    QList<bool> kept(proposals.size(), true);
    for (qsizetype i = 0; i < proposals.size(); ++i) {
        const auto it = before.constFind(proposals.at(i).identity());
        if (it == before.constEnd())
            continue;
        kept[i] = m_kept.at(*it);
        shown[i] = withEdits(proposals.at(i), m_extracted.at(*it), m_proposals.at(*it));
    }
    beginResetModel();
    m_extracted = proposals;
    m_proposals = shown;
    m_kept = kept;
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

int ProposalTableModel::rowOf(const FigureProposal &figure) const
{
    const QString identity = figure.identity();
    for (qsizetype row = 0; row < m_proposals.size(); ++row) {
        if (m_proposals.at(row).identity() == identity)
            return int(row);
    }
    return -1;
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
