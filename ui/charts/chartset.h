// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

class DashboardChart;
class DashboardModels;
struct ChartTheme;

// Every chart of the dashboard, in display order, built over one DashboardModels.
// Used by the window and by the headless export alike.
class ChartSet : public QObject
{
    Q_OBJECT
public:
    explicit ChartSet(DashboardModels *models, QObject *parent = nullptr);

    // The charts are children of this set until a ChartPanel takes them.
    QList<DashboardChart *> charts() const { return m_charts; }
    DashboardChart *chartById(const QString &id) const;
    void applyTheme(const ChartTheme &theme);
    void setHighlightedFact(const QString &key);
    void setHighlightedTopic(const QString &key);
    void setHighlightedEvent(const QString &key);

private:
    QList<DashboardChart *> m_charts;
};
