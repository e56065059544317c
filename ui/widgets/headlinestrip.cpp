// SPDX-License-Identifier: MIT
#include "headlinestrip.h"

#include "format/factformatter.h"
#include "headlinetile.h"
#include "models/facttablemodel.h"

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
    const QList<Data::Fact> &facts = m_model->facts();
    for (const Data::Fact &fact : facts) {
        if (fact.derived || fact.unit == u"pp")
            continue;
        QString value = FactFormatter::valueWithUnit(fact);
        if (fact.basis == u"year-on-year" && fact.value > 0)
            value.prepend(u'+');
        if (!fact.qualifier.isEmpty())
            value = fact.qualifier + u' ' + value;
        QStringList detail{fact.periodLabel, fact.basis};
        for (const Data::Fact &change : facts) {
            if (change.unit == u"pp" && !change.derived && change.category == fact.category &&
                change.periodEnd == fact.periodEnd)
                detail << tr("+%1 on a year earlier").arg(FactFormatter::valueWithUnit(change));
        }
        auto *tile = new HeadlineTile(this);
        tile->setFigure(fact.key, value, fact.label, detail.join(QStringLiteral(" · ")),
                        tr("<p>“%1”<br>— %2</p>")
                            .arg(fact.quote.toHtmlEscaped(),
                                 FactFormatter::shortCitation(fact.source).toHtmlEscaped()));
        connect(tile, &HeadlineTile::activated, this, &HeadlineStrip::factActivated);
        m_layout->addWidget(tile);
        m_tiles.append(tile);
    }
    setSelectedFact(m_selected);
}
