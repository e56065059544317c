// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QWidget>

class FactTableModel;
class HeadlinePins;
class HeadlineTile;
class QHBoxLayout;
class QMenu;
class QToolButton;

// A row of HeadlineTiles, one per headline fact (HeadlinePins) that is not a percentage-point
// change; a change joins the tile of the fact with the same category and period. Never wider
// than the window: the tiles that do not fit are hidden, in order, behind a "+N" button whose
// menu lists them. Rebuilt on every model or pin change.
class HeadlineStrip : public QWidget
{
    Q_OBJECT
public:
    HeadlineStrip(FactTableModel *model, HeadlinePins *pins, QWidget *parent = nullptr);

    // Every headline's tile, shown or behind the "+N" button.
    QList<HeadlineTile *> tiles() const { return m_tiles; }
    QList<HeadlineTile *> visibleTiles() const;
    QToolButton *moreButton() const { return m_more; }
    void setSelectedFact(const QString &key);

    // One tile and the "+N" button, whatever the number of headlines.
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

signals:
    void factActivated(const QString &key);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void fitTiles();
    void fillMoreMenu();
    void addUnpinAction(HeadlineTile *tile);

    FactTableModel *m_model;
    HeadlinePins *m_pins;
    QHBoxLayout *m_layout;
    QToolButton *m_more;
    QMenu *m_moreMenu;
    QList<HeadlineTile *> m_tiles;
    QString m_selected;
};
