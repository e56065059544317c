// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QTabWidget>

class DashboardModels;
class FactTablePanel;
class KeyedTablePanel;
class QMenu;
class SeriesTablePanel;

// The tables under the charts, one tab each: the facts, the series observations, the
// cooperation topics and the dated events. Every chart item leads to a row in one of them.
class DataTabs : public QTabWidget
{
    Q_OBJECT
public:
    explicit DataTabs(DashboardModels *models, QWidget *parent = nullptr);

    FactTablePanel *facts() const { return m_facts; }
    SeriesTablePanel *series() const { return m_series; }
    KeyedTablePanel *topics() const { return m_topics; }
    KeyedTablePanel *events() const { return m_events; }

    // Brings the tab forward and selects the row; the table's signal then tells the window.
    void selectFact(const QString &key);
    void selectObservation(const QString &seriesKey, const QString &entityCode, int year);
    void selectTopic(const QString &key);
    void selectEvent(const QString &key);
    // Focusable widgets in the order Tab walks them.
    QList<QWidget *> tabOrder() const;
    // Edit › Find Figures (Ctrl+F) and Find Observations (Ctrl+Shift+F): each brings its table
    // forward with the search selected.
    void addFindActions(QMenu *menu);

private:
    FactTablePanel *m_facts;
    SeriesTablePanel *m_series;
    KeyedTablePanel *m_topics;
    KeyedTablePanel *m_events;
};
