// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class FactFilterProxyModel;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class SeriesModel;

// Every observation of every series, built in and imported, searchable as the facts are:
// where a country chart's bar or line leads.
class SeriesTablePanel : public QWidget
{
    Q_OBJECT
public:
    explicit SeriesTablePanel(SeriesModel *model, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTableView *tableView() const { return m_table; }
    FactFilterProxyModel *proxy() const { return m_proxy; }
    QString countText() const;
    void setSearchTextNow(const QString &text);
    // Selects and shows the observation; clears the search first if it hides the row.
    // Returns false when the store has no such observation.
    bool selectObservation(const QString &seriesKey, const QString &entityCode, int year);

private:
    void applySearch();
    void updateCount();

    SeriesModel *m_model;
    FactFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_table;
    QTimer *m_debounce;
};
