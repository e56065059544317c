// SPDX-License-Identifier: MIT
#include "topicmodel.h"

TopicModel::TopicModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TopicModel::setTopics(const QList<Data::Topic> &topics)
{
    beginResetModel();
    m_topics = topics;
    endResetModel();
}

const Data::Topic *TopicModel::topicAt(int row) const
{
    return row >= 0 && row < m_topics.size() ? &m_topics.at(row) : nullptr;
}

int TopicModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_topics.size(); ++row) {
        if (m_topics.at(row).key == key)
            return row;
    }
    return -1;
}

QStringList TopicModel::pillars() const
{
    QStringList result;
    for (const Data::Topic &topic : m_topics) {
        if (!result.contains(topic.pillar))
            result.append(topic.pillar);
    }
    return result;
}

int TopicModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_topics.size());
}

int TopicModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant TopicModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Data::Topic &topic = m_topics.at(index.row());
    if (role == KeyRole)
        return topic.key;
    if (role == PillarRole)
        return topic.pillar;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return topic.name;
    case Pillar:
        return topic.pillar;
    case Kind:
        return topic.kind;
    case Term:
        return topic.term;
    case Quote:
        return topic.quote;
    default:
        return {};
    }
}

QVariant TopicModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const titles[NUM_COLUMNS] = {QT_TR_NOOP("Item"), QT_TR_NOOP("Pillar"),
                                                    QT_TR_NOOP("Kind"), QT_TR_NOOP("Words used"),
                                                    QT_TR_NOOP("Quote")};
    return section >= 0 && section < NUM_COLUMNS ? tr(titles[section]) : QVariant();
}
