// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QWidget>

#include <optional>

class ObservationTableModel;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

// Every observation of every series, built in and imported, searchable as the facts are:
// where a country chart's bar or line leads. The model searches and sorts on its own thread;
// the count says when it is still counting.
class SeriesTablePanel : public QWidget
{
    Q_OBJECT
public:
    explicit SeriesTablePanel(ObservationTableModel *model, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTableView *tableView() const { return m_table; }
    ObservationTableModel *model() const { return m_model; }
    QString countText() const;
    void setSearchTextNow(const QString &text);
    // Selects and shows the observation; clears the search first if it hides the row, and
    // then selects it once the rows arrive. Returns false when the store has no such
    // observation.
    bool selectObservation(const QString &seriesKey, const QString &entityCode, int year);
    // Selects the current row again once the rows of a re-read arrive, the search as it is.
    void keepCurrentRow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Pending
    {
        QString seriesKey;
        QString entityCode;
        int year;
    };
    void applySearch();
    void updateCount();
    bool selectNow(const Pending &row);
    void selectPending();

    ObservationTableModel *m_model;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_table;
    QTimer *m_debounce;
    std::optional<Pending> m_pending;
};
