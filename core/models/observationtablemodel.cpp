// SPDX-License-Identifier: MIT
#include "observationtablemodel.h"

#include "format/factformatter.h"
#include "format/observationfields.h"
#include "search/observationsearchworker.h"

#include <QCoreApplication>

ObservationTableModel::ObservationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_latest(std::make_shared<std::atomic<int>>(0))
{
    m_worker = new ObservationSearchWorker(m_latest);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ObservationSearchWorker::ready, this, &ObservationTableModel::receive);
    m_thread.setObjectName(QStringLiteral("observation search"));
}

ObservationTableModel::~ObservationTableModel()
{
    if (!m_thread.isRunning()) {
        delete m_worker; // never started: no thread to delete it when it finishes
        return;
    }
    ++*m_latest; // interrupts whatever runs
    m_thread.quit();
    m_thread.wait(); // finishing deletes the worker (finished → deleteLater)
}

void ObservationTableModel::open(const QString &userStorePath)
{
    m_opened = true;
    if (!m_thread.isRunning())
        m_thread.start(); // on first use: a model nobody opens costs no thread
    const int generation = ++*m_latest;
    m_openGeneration = generation;
    m_searching = true;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation, userStorePath] {
        worker->open(generation, userStorePath);
    });
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation, text = m_text,
                                         order = int(m_order), direction = int(m_direction)] {
        worker->search(generation, text, order, direction);
    });
}

void ObservationTableModel::setSearchText(const QString &text)
{
    m_text = text;
    search();
}

void ObservationTableModel::sort(int column, Qt::SortOrder order)
{
    switch (column) {
    case Entity:
        m_order = ObservationQuery::Order::Entity;
        break;
    case Period:
        m_order = ObservationQuery::Order::Period;
        break;
    case Value:
        m_order = ObservationQuery::Order::Value;
        break;
    default: // series, unit, kind and source: the store's order, series by series
        m_order = ObservationQuery::Order::Natural;
    }
    m_direction = column < 0 ? Qt::AscendingOrder : order;
    search();
}

void ObservationTableModel::search()
{
    if (!m_opened)
        return;
    const int generation = ++*m_latest;
    m_searching = true;
    m_fetching = false;
    m_count = -1;
    emit countChanged();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation, text = m_text,
                                         order = int(m_order), direction = int(m_direction)] {
        worker->search(generation, text, order, direction);
    });
}

void ObservationTableModel::receive(const ObservationPage &page)
{
    // The catalogue and the total belong to the store, not to one search: they count
    // whichever search they came with, as long as no newer store was opened.
    const bool current =
        page.generation == m_latest->load() ||
        (page.kind == ObservationPage::Kind::Catalogue && page.generation == m_openGeneration) ||
        (page.kind == ObservationPage::Kind::Total && page.generation >= m_openGeneration);
    if (!current)
        return; // an answer to a search nobody waits for any more
    switch (page.kind) {
    case ObservationPage::Kind::Catalogue:
        beginResetModel();
        m_catalogue = page.catalogue;
        m_rows.clear();
        m_more = false;
        endResetModel();
        m_total = -1;
        emit countChanged();
        break;
    case ObservationPage::Kind::Total:
        m_total = page.total;
        emit countChanged();
        break;
    case ObservationPage::Kind::FirstPage:
        beginResetModel();
        m_rows = page.rows;
        m_more = page.more;
        endResetModel();
        m_searching = false;
        m_error.clear();
        if (!m_more) // everything is here: the count is known now
            m_count = m_rows.size();
        emit searchFinished();
        emit countChanged();
        break;
    case ObservationPage::Kind::NextPage:
        m_fetching = false;
        append(page.rows, page.more);
        break;
    case ObservationPage::Kind::Count:
        m_count = page.count;
        emit countChanged();
        break;
    case ObservationPage::Kind::Failure:
        m_searching = m_fetching = false;
        m_error = page.error;
        emit failed(page.error);
        break;
    }
}

void ObservationTableModel::append(const QList<ObservationTableRow> &rows, bool more)
{
    m_more = more;
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows += rows;
    endInsertRows();
}

bool ObservationTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_fetching && !m_searching;
}

void ObservationTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation = m_latest->load()] {
        worker->fetch(generation, kPage);
    });
}

int ObservationTableModel::locate(const QString &seriesKey, const QString &entityCode, int year)
{
    // Pages already on their way come first, so the rows below line up with the worker's.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    if (m_searching || m_fetching)
        return -1;
    qint64 position = -1;
    QMetaObject::invokeMethod(
        m_worker, [&] { position = m_worker->locate(seriesKey, entityCode, year); },
        Qt::BlockingQueuedConnection);
    if (position < 0)
        return -1;
    if (position >= m_rows.size() && m_more) {
        ObservationPage page;
        const int generation = m_latest->load();
        const int limit = int(position - m_rows.size()) + kPage;
        QMetaObject::invokeMethod(
            m_worker, [&] { page = m_worker->fetchNow(generation, limit); },
            Qt::BlockingQueuedConnection);
        append(page.rows, page.more);
    }
    return position < m_rows.size() ? int(position) : -1;
}

const Data::Series *ObservationTableModel::seriesOfRow(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    const int series = m_rows.at(row).series;
    return series >= 0 && series < m_catalogue.size() ? &m_catalogue.at(series) : nullptr;
}

const Data::Observation *ObservationTableModel::observationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).observation : nullptr;
}

int ObservationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ObservationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant ObservationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Data::Series *series = seriesOfRow(index.row());
    const Data::Observation &o = m_rows.at(index.row()).observation;
    if (!series)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return ObservationFields::text(*series, o, index.column());
    case Qt::ToolTipRole:
        return index.column() == Source ? FactFormatter::sourceLine(series->source)
                                        : ObservationFields::text(*series, o, index.column());
    case SeriesKeyRole:
        return series->key;
    case NumericValueRole:
        return o.value;
    case PeriodEndRole:
        return o.periodEnd;
    case DerivedRole:
        return o.derived;
    case FactKeyRole:
        return o.factKey;
    case EntityCodeRole:
        return o.entityCode;
    default:
        return {};
    }
}

QVariant ObservationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString title = ObservationFields::title(section);
    return title.isEmpty() ? QVariant() : QVariant(title);
}
