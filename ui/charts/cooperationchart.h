// SPDX-License-Identifier: MIT
#pragma once

#include "dashboardchart.h"

#include <QColor>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>

class QBarCategoryAxis;
class QFontMetricsF;
class QGraphicsTextItem;
class QHorizontalStackedBarSeries;
class TopicModel;

// The cooperation pillars as stacked horizontal bars: each segment is one item the article
// names (5G technology, telemedicine, …), labelled with its name, so a bar's length is the
// number of items in that pillar. Aims and the area headings themselves are not segments.
class CooperationChart : public DashboardChart
{
    Q_OBJECT
public:
    explicit CooperationChart(TopicModel *model, QObject *parent = nullptr);

    QString id() const override { return QStringLiteral("cooperation"); }
    QString title() const override;
    QString shortTitle() const override { return tr("Cooperation"); }
    QString sourceLine() const override;
    QString description() const override;
    void setHighlightedTopic(const QString &key) override;
    // The key of the selected segment, empty when none; for tests.
    QString selectedSegment() const;

    // Pillars bottom to top, and the item keys of each; for tests.
    QStringList pillars() const
    {
        ensureBuilt();
        return m_pillars;
    }
    QList<QStringList> itemsPerPillar() const
    {
        ensureBuilt();
        return m_items;
    }
    // The item each segment label names, whole (a short row may show it abbreviated).
    QStringList segmentLabels() const;
    // Where each segment label is drawn, in scene coordinates; for tests.
    QList<QRectF> segmentLabelRects() const;
    // (text, background) of every segment label, for contrast checks.
    QList<QPair<QColor, QColor>> segmentLabelColours() const
    {
        ensureBuilt();
        return m_labelColours;
    }

    static bool isSegment(const QString &kind);

protected:
    void rebuild() override;
    void relabel() override;

private:
    int labelShape() const;
    void placeLabels();
    void setLabelText(QGraphicsTextItem *label, const QStringList &lines) const;
    static QStringList fittedLines(const QString &name, const QFontMetricsF &metrics, qreal room,
                                   int maxLines);

    TopicModel *m_model;
    QString m_highlighted;
    QHorizontalStackedBarSeries *m_series = nullptr;
    QStringList m_pillars;
    QList<QStringList> m_items;          // topic keys per pillar
    QList<QGraphicsTextItem *> m_labels; // children of the chart
    QStringList m_labelNames;            // the item each label names, whole
    QList<QPointF> m_labelAnchors;       // (cumulative count - 0.5, pillar index)
    QList<QPair<QColor, QColor>> m_labelColours;
    int m_labelShape = -2; // labelShape() when last laid out
    QPointer<QBarCategoryAxis> m_pillarAxis;
};
