// SPDX-License-Identifier: MIT
#pragma once

#include "dashboardchart.h"
#include "data/fact.h"

#include <QList>
#include <QPointer>
#include <QString>

class FactTableModel;
class QBarCategoryAxis;
class QBarSet;

// Horizontal bars of the stated year-on-year growth figures (unit %, basis year-on-year),
// read from the fact model, never from the table's sorting proxy.
class GrowthBarChart : public DashboardChart
{
    Q_OBJECT
public:
    explicit GrowthBarChart(FactTableModel *model, QObject *parent = nullptr);

    QString id() const override { return QStringLiteral("growth"); }
    QString title() const override;
    QString shortTitle() const override { return tr("Growth"); }
    QString description() const override;
    void setHighlightedFact(const QString &key) override;

    // The fact keys behind the bars, bottom to top; exposed for tests and linked selection.
    QList<QString> barKeys() const
    {
        ensureBuilt();
        return m_keys;
    }
    QList<double> barValues() const;

    static bool isGrowthFact(const Data::Fact &fact);
    // Never more bars than this, however tall the chart: QtCharts lays out every label.
    static constexpr int kMaxBars = 40;
    // The bars a chart of HEIGHT pixels draws legibly, two label lines each, never fewer
    // than kMinBars: the first ones in table order, and the footer says how many there are.
    static int barsThatFit(qreal height, qreal fontScale);
    static constexpr int kMinBars = 4;
    // "Source: …", after "First N of M growth figures" when the chart draws fewer than exist.
    QString sourceLine() const override;

protected:
    void rebuild() override;
    void relabel() override;

private:
    int labelRoom() const;
    void onHovered(bool status, int index);

    FactTableModel *m_model;
    QBarSet *m_set = nullptr; // owned by the chart's series
    QList<QString> m_keys;
    QString m_highlighted;
    int m_labelRoom = -1;     // the labels' width, in pixels, when last laid out
    QStringList m_labelTexts; // "label · period" per bar, unwrapped
    QPointer<QBarCategoryAxis> m_categoryAxis;
    int m_capacity = kMaxBars; // the bars the last build had room for
    int m_total = 0;           // the growth facts the model holds
};
