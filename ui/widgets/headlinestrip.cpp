// SPDX-License-Identifier: MIT
#include "headlinestrip.h"

#include "format/factformatter.h"
#include "headlinetile.h"
#include "models/facttablemodel.h"
#include "models/headline.h"
#include "models/headlinepins.h"

#include <QAction>
#include <QHBoxLayout>
#include <QMenu>
#include <QToolButton>

HeadlineStrip::HeadlineStrip(FactTableModel *model, HeadlinePins *pins, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_pins(pins)
    , m_layout(new QHBoxLayout(this))
    , m_more(new QToolButton(this))
    , m_moreMenu(new QMenu(m_more))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    setAccessibleName(tr("Headline figures"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_more->setMenu(m_moreMenu);
    m_more->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_more->hide();
    connect(m_moreMenu, &QMenu::aboutToShow, this, &HeadlineStrip::fillMoreMenu);
    m_layout->addWidget(m_more);
    connect(model, &QAbstractItemModel::modelReset, this, &HeadlineStrip::rebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, &HeadlineStrip::rebuild);
    connect(pins, &HeadlinePins::changed, this, &HeadlineStrip::rebuild);
    rebuild();
}

QList<HeadlineTile *> HeadlineStrip::visibleTiles() const
{
    QList<HeadlineTile *> shown;
    for (HeadlineTile *tile : m_tiles) {
        if (!tile->isHidden())
            shown << tile;
    }
    return shown;
}

void HeadlineStrip::setSelectedFact(const QString &key)
{
    m_selected = key;
    for (HeadlineTile *tile : std::as_const(m_tiles))
        tile->setSelected(tile->factKey() == key);
}

QSize HeadlineStrip::minimumSizeHint() const
{
    int height = m_more->sizeHint().height();
    for (const HeadlineTile *tile : m_tiles) {
        if (!tile->isHidden())
            height = std::max(height, tile->minimumSizeHint().height());
    }
    const int first = m_tiles.isEmpty() ? 0 : m_tiles.first()->minimumSizeHint().width();
    return {first + m_layout->spacing() + m_more->sizeHint().width(), height};
}

QSize HeadlineStrip::sizeHint() const
{
    return {minimumSizeHint().width(), m_layout->sizeHint().height()};
}

void HeadlineStrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTiles();
}

void HeadlineStrip::rebuild()
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    for (const Headline &headline : Headline::fromFacts(m_model->facts(), m_pins)) {
        auto *tile = new HeadlineTile(this);
        tile->setFigure(headline.factKey, headline.value, headline.label, headline.detail,
                        tr("<p>“%1”<br>— %2</p>")
                            .arg(headline.quote.toHtmlEscaped(),
                                 FactFormatter::shortCitation(headline.source).toHtmlEscaped()));
        connect(tile, &HeadlineTile::activated, this, &HeadlineStrip::factActivated);
        addUnpinAction(tile);
        m_layout->insertWidget(int(m_tiles.size()), tile);
        m_tiles.append(tile);
    }
    setSelectedFact(m_selected);
    updateGeometry();
    fitTiles();
}

void HeadlineStrip::addUnpinAction(HeadlineTile *tile)
{
    auto *unpin = new QAction(tr("&Remove from Headlines"), tile);
    unpin->setToolTip(tr("Take this figure off the headline strip; the fact table's menu "
                         "shows it again"));
    connect(unpin, &QAction::triggered, this, [this, key = tile->factKey()] {
        if (const Data::Fact *fact = m_model->factAt(m_model->rowOfKey(key)))
            m_pins->setHeadline(*fact, false);
    });
    tile->addAction(unpin);
    tile->setContextMenuPolicy(Qt::ActionsContextMenu);
}

// Filled when it opens, not on every resize: it may list hundreds of pinned figures.
void HeadlineStrip::fillMoreMenu()
{
    m_moreMenu->clear();
    for (const HeadlineTile *tile : std::as_const(m_tiles)) {
        if (!tile->isHidden())
            continue;
        // Data text: an "&" is a character here, not a mnemonic.
        QAction *item = m_moreMenu->addAction(tr("%1 — %2")
                                                  .arg(tile->valueText(), tile->labelText())
                                                  .replace(u'&', QStringLiteral("&&")));
        connect(item, &QAction::triggered, this,
                [this, key = tile->factKey()] { emit factActivated(key); });
    }
}

// Shows the tiles in order while they fit beside the "+N" button, the first one always.
void HeadlineStrip::fitTiles()
{
    const int spacing = m_layout->spacing();
    const int button = m_more->sizeHint().width() + spacing;
    int used = 0;
    qsizetype shown = 0;
    for (; shown < m_tiles.size(); ++shown) {
        const int need = m_tiles.at(shown)->minimumSizeHint().width() + (shown ? spacing : 0);
        const bool last = shown == m_tiles.size() - 1;
        if (shown > 0 && used + need + (last ? 0 : button) > width())
            break;
        used += need;
    }
    for (qsizetype i = 0; i < m_tiles.size(); ++i)
        m_tiles.at(i)->setVisible(i < shown);
    const qsizetype hidden = m_tiles.size() - shown;
    m_more->setVisible(hidden > 0);
    m_more->setText(tr("+%n more", "headline tiles that do not fit", int(hidden)));
    m_more->setToolTip(
        tr("%n more headline figure(s): widen the window or choose one here", "", int(hidden)));
}
