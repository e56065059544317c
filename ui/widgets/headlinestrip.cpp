// SPDX-License-Identifier: MIT
#include "headlinestrip.h"

#include "format/factformatter.h"
#include "headlinetile.h"
#include "models/facttablemodel.h"
#include "models/headline.h"

#include <QHBoxLayout>

HeadlineStrip::HeadlineStrip(FactTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    setAccessibleName(tr("Headline figures"));
    connect(model, &QAbstractItemModel::modelReset, this, &HeadlineStrip::rebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, &HeadlineStrip::rebuild);
    rebuild();
}

void HeadlineStrip::setSelectedFact(const QString &key)
{
    m_selected = key;
    for (HeadlineTile *tile : std::as_const(m_tiles))
        tile->setSelected(tile->factKey() == key);
}

void HeadlineStrip::rebuild()
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    for (const Headline &headline : Headline::fromFacts(m_model->facts())) {
        auto *tile = new HeadlineTile(this);
        tile->setFigure(headline.factKey, headline.value, headline.label, headline.detail,
                        tr("<p>“%1”<br>— %2</p>")
                            .arg(headline.quote.toHtmlEscaped(),
                                 FactFormatter::shortCitation(headline.source).toHtmlEscaped()));
        connect(tile, &HeadlineTile::activated, this, &HeadlineStrip::factActivated);
        m_layout->addWidget(tile);
        m_tiles.append(tile);
    }
    setSelectedFact(m_selected);
}
