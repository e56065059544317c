// SPDX-License-Identifier: MIT
#pragma once

#include "data/topic.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

// The qualitative items of the article (cooperation areas, infrastructure, technologies,
// inclusive services, talent, aims), in article order. Drives the cooperation chart.
class TopicModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { Name, Pillar, Kind, Term, Quote, NUM_COLUMNS };
    Q_ENUM(Columns)
    enum Roles { KeyRole = Qt::UserRole, PillarRole };

    explicit TopicModel(QObject *parent = nullptr);

    void setTopics(const QList<Data::Topic> &topics);
    const QList<Data::Topic> &topics() const { return m_topics; }
    const Data::Topic *topicAt(int row) const;
    int rowOfKey(const QString &key) const;
    // Pillars in order of first appearance.
    QStringList pillars() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Data::Topic> m_topics;
};
