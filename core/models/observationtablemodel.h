// SPDX-License-Identifier: MIT
#pragma once

#include "format/observationfields.h"
#include "search/observationpage.h"
#include "store/observationquery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QThread>

#include <atomic>
#include <memory>

class ObservationSearchWorker;

// Every observation of every series, built in and imported, one row each: the observation
// table. It holds only the rows fetched so far. A search or a sort asks a worker thread for
// the first screen of rows, then the count; scrolling fetches the next page
// (canFetchMore/fetchMore). Rows arrive asynchronously, so typing never waits for SQLite, and
// a newer search drops the answers to older ones.
class ObservationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { // ObservationFields::Column
        SeriesLabel = ObservationFields::SeriesLabel,
        Entity = ObservationFields::Entity,
        Period = ObservationFields::Period,
        Value = ObservationFields::Value,
        Unit = ObservationFields::Unit,
        Kind = ObservationFields::Kind,
        Source = ObservationFields::Source,
        NUM_COLUMNS = ObservationFields::ColumnCount
    };
    Q_ENUM(Columns)
    enum Roles {
        SeriesKeyRole = Qt::UserRole + 1,
        NumericValueRole,
        PeriodEndRole,
        DerivedRole,
        FactKeyRole,
        EntityCodeRole,
    };
    static constexpr int kPage = 256;

    explicit ObservationTableModel(QObject *parent = nullptr);
    ~ObservationTableModel() override;

    // Reads the built-in series and the user store at PATH (none when it does not exist),
    // then shows the current search.
    void open(const QString &userStorePath);
    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    // Rows that match the search; -1 until counted.
    qint64 matchCount() const { return m_count; }
    // Every row, built in and user; -1 until opened.
    qint64 totalCount() const { return m_total; }
    // True from a search until its first rows arrive.
    bool isSearching() const { return m_searching; }
    QString errorString() const { return m_error; }

    // The row of SERIESKEY, ENTITYCODE and YEAR in the current search and order, fetched
    // (waiting for the worker) when it is further down; -1 when the search hides it.
    int locate(const QString &seriesKey, const QString &entityCode, int year);
    const Data::Series *seriesOfRow(int row) const;
    const Data::Observation *observationAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // The first rows of a search arrived (searching() turns false).
    void searchFinished();
    // matchCount() or totalCount() changed.
    void countChanged();
    void failed(const QString &message);

private:
    void search();
    void receive(const ObservationPage &page);
    void append(const QList<ObservationTableRow> &rows, bool more);

    std::shared_ptr<std::atomic<int>> m_latest; // the newest generation asked for
    QThread m_thread;
    ObservationSearchWorker *m_worker; // lives on m_thread
    QList<Data::Series> m_catalogue;
    QList<ObservationTableRow> m_rows;
    QString m_text;
    ObservationQuery::Order m_order = ObservationQuery::Order::Natural;
    Qt::SortOrder m_direction = Qt::AscendingOrder;
    bool m_opened = false;
    int m_openGeneration = 0; // its catalogue is taken whatever searches follow
    bool m_more = false;
    bool m_fetching = false;
    bool m_searching = false;
    qint64 m_count = -1;
    qint64 m_total = -1;
    QString m_error;
};
