// SPDX-License-Identifier: MIT
#include "cooperationchart.h"

#include "models/topicmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

CooperationChart::CooperationChart(TopicModel *model, QObject *parent)
    : DashboardChart(parent)
    , m_model(model)
{
    watchModel(model);
    connect(chart(), &QChart::plotAreaChanged, this, &CooperationChart::placeLabels);
    refresh();
}

QString CooperationChart::title() const
{
    return tr("Areas of digital cooperation with SCO countries, by pillar");
}

QString CooperationChart::sourceLine() const
{
    return tr("%1 · Bar length counts the items the article names (derived count)")
        .arg(DashboardChart::sourceLine());
}

bool CooperationChart::isSegment(const QString &kind)
{
    return kind != u"aim" && kind != u"cooperation area";
}

QStringList CooperationChart::segmentLabels() const
{
    QStringList texts;
    for (const QGraphicsSimpleTextItem *label : m_labels)
        texts << label->text();
    return texts;
}

QString CooperationChart::description() const
{
    QStringList lines;
    for (int p = 0; p < m_pillars.size(); ++p) {
        for (const QString &key : m_items.at(p)) {
            const Data::Topic *topic = m_model->topicAt(m_model->rowOfKey(key));
            lines << tr("%1: %2 — \"%3\"").arg(m_pillars.at(p), topic->name, topic->quote);
        }
    }
    return lines.join(u'\n');
}

void CooperationChart::rebuild()
{
    qDeleteAll(m_labels);
    m_labels.clear();
    m_labelAnchors.clear();
    m_pillars.clear();
    m_items.clear();
    for (const Data::Topic &topic : m_model->topics()) {
        if (!isSegment(topic.kind))
            continue;
        qsizetype p = m_pillars.indexOf(topic.pillar);
        if (p < 0) {
            m_pillars.append(topic.pillar);
            m_items.append(QStringList());
            p = m_pillars.size() - 1;
        }
        m_items[p].append(topic.key);
        setSource(topic.source);
    }
    // QtCharts draws the first category at the bottom; reverse so the article's order reads
    // top to bottom.
    std::reverse(m_pillars.begin(), m_pillars.end());
    std::reverse(m_items.begin(), m_items.end());

    m_series = new QHorizontalStackedBarSeries;
    m_series->setBarWidth(m_theme.barWidth);
    qsizetype depth = 0;
    for (const QStringList &items : std::as_const(m_items))
        depth = std::max(depth, items.size());
    for (int layer = 0; layer < depth; ++layer) {
        auto *set = new QBarSet(QString());
        for (int p = 0; p < m_pillars.size(); ++p)
            set->append(layer < m_items.at(p).size() ? 1.0 : 0.0);
        set->setBorderColor(m_theme.background);
        m_series->append(set);
    }
    for (int p = 0; p < m_pillars.size(); ++p) {
        const int colorIndex = int(m_pillars.size()) - 1 - p;
        for (int layer = 0; layer < m_items.at(p).size(); ++layer) {
            QColor color = m_theme.color(colorIndex);
            if (layer % 2 == 1)
                color = color.lighter(125);
            m_series->barSets().at(layer)->setColor(color);
            const Data::Topic *topic = m_model->topicAt(m_model->rowOfKey(m_items.at(p).at(layer)));
            auto *label = new QGraphicsSimpleTextItem(topic->name, chart());
            QFont font = label->font();
            font.setPointSizeF(8.5 * m_theme.fontScale);
            label->setFont(font);
            label->setBrush(color.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white));
            label->setZValue(10);
            label->setToolTip(topic->quote);
            m_labels.append(label);
            m_labelAnchors.append(QPointF(layer + 0.5, p));
        }
    }
    chart()->addSeries(m_series);

    auto *countAxis = new QValueAxis;
    countAxis->setRange(0, qreal(std::max<qsizetype>(depth, 1)));
    countAxis->setTickType(QValueAxis::TicksDynamic);
    countAxis->setTickInterval(1.0);
    countAxis->setLabelFormat(QStringLiteral("%d"));
    styleAxis(countAxis, tr("Items named in the article (count)"));
    chart()->addAxis(countAxis, Qt::AlignBottom);
    m_series->attachAxis(countAxis);

    auto *pillarAxis = new QBarCategoryAxis;
    pillarAxis->append(m_pillars);
    styleAxis(pillarAxis, tr("Pillar"));
    pillarAxis->setGridLineVisible(false);
    chart()->addAxis(pillarAxis, Qt::AlignLeft);
    m_series->attachAxis(pillarAxis);

    connect(m_series, &QHorizontalStackedBarSeries::clicked, this, [this](int index, QBarSet *set) {
        const int layer = int(m_series->barSets().indexOf(set));
        if (index >= 0 && index < m_items.size() && layer >= 0 && layer < m_items.at(index).size())
            emit topicActivated(m_items.at(index).at(layer));
    });
    connect(m_series, &QHorizontalStackedBarSeries::hovered, this,
            [this](bool status, int index, QBarSet *set) {
                const int layer = int(m_series->barSets().indexOf(set));
                if (!status || index < 0 || index >= m_items.size() || layer < 0 ||
                    layer >= m_items.at(index).size()) {
                    showToolTip({});
                    return;
                }
                const Data::Topic *t =
                    m_model->topicAt(m_model->rowOfKey(m_items.at(index).at(layer)));
                showToolTip(tr("<b>%1</b> (%2)<br>“%3”")
                                .arg(t->name.toHtmlEscaped(), t->pillar.toHtmlEscaped(),
                                     t->quote.toHtmlEscaped()));
            });
    placeLabels();
}

void CooperationChart::placeLabels()
{
    if (!m_series || chart()->series().isEmpty())
        return;
    const qreal segmentWidth = chart()->mapToPosition(QPointF(1, 0), m_series).x() -
                               chart()->mapToPosition(QPointF(0, 0), m_series).x();
    for (int i = 0; i < m_labels.size(); ++i) {
        QGraphicsSimpleTextItem *label = m_labels.at(i);
        const QPointF centre = chart()->mapToPosition(m_labelAnchors.at(i), m_series);
        const QRectF box = label->boundingRect();
        // Shrink a label that would overflow its segment rather than clip it.
        const qreal scale = box.width() > segmentWidth - 6 ? (segmentWidth - 6) / box.width() : 1.0;
        label->setScale(std::max(scale, 0.1));
        label->setPos(centre.x() - box.width() * label->scale() / 2,
                      centre.y() - box.height() * label->scale() / 2);
    }
}
