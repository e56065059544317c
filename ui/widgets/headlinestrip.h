// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QWidget>

class FactTableModel;
class HeadlineTile;
class QHBoxLayout;

// A row of HeadlineTiles, one per stated fact that is not a percentage-point change; a
// change joins the tile of the fact with the same category and period. Rebuilt on every
// model change.
class HeadlineStrip : public QWidget
{
    Q_OBJECT
public:
    explicit HeadlineStrip(FactTableModel *model, QWidget *parent = nullptr);

    QList<HeadlineTile *> tiles() const { return m_tiles; }
    void setSelectedFact(const QString &key);

signals:
    void factActivated(const QString &key);

private:
    void rebuild();

    FactTableModel *m_model;
    QHBoxLayout *m_layout;
    QList<HeadlineTile *> m_tiles;
    QString m_selected;
};
