// SPDX-License-Identifier: MIT
#include "sourcelistmodel.h"

#include <QLocale>

SourceListModel::SourceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SourceListModel::setSources(const QList<SourceSummary> &sources)
{
    beginResetModel();
    m_sources = sources;
    endResetModel();
}

const SourceSummary *SourceListModel::sourceAt(int row) const
{
    return row >= 0 && row < m_sources.size() ? &m_sources.at(row) : nullptr;
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SourceSummary &s = m_sources.at(index.row());
    if (role == KeyRole)
        return s.key;
    if (role == BuiltInRole)
        return s.builtIn;
    if (role == Qt::ToolTipRole)
        return s.url.isEmpty() ? s.title : s.url;
    if (role == Qt::TextAlignmentRole && index.column() == Rows)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return s.key;
    case Publisher:
        return s.publisher;
    case Title:
        return s.title;
    case Licence:
        return s.licence;
    case Imported:
        return s.builtIn ? tr("built in")
                         : QLocale().toString(s.importedAt.toLocalTime(), QLocale::ShortFormat);
    case Rows:
        return QLocale().toString(s.rows);
    }
    return {};
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("ID");
    case Publisher:
        return tr("Publisher");
    case Title:
        return tr("Title");
    case Licence:
        return tr("Licence");
    case Imported:
        return tr("Imported");
    case Rows:
        return tr("Rows");
    }
    return {};
}
