// SPDX-License-Identifier: MIT
#pragma once

#include "dashboardchart.h"
#include "data/fact.h"

#include <QList>
#include <QString>

class FactTableModel;
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
    // More bars than this cannot be read, and QtCharts lays out every label: the chart draws
    // the first ones in table order and its axis says how many the table holds.
    static constexpr int kMaxBars = 40;

protected:
    void rebuild() override;

private:
    void onHovered(bool status, int index);

    FactTableModel *m_model;
    QBarSet *m_set = nullptr; // owned by the chart's series
    QList<QString> m_keys;
    QString m_highlighted;
};
