// SPDX-License-Identifier: MIT
#include "seriestablepanel.h"

#include "facttablepanel.h"
#include "models/countryselection.h"
#include "models/factfilterproxymodel.h"
#include "models/seriesmodel.h"
#include "tablerowcopier.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

SeriesTablePanel::SeriesTablePanel(SeriesModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new FactFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_debounce(new QTimer(this))
{
    m_proxy->setSearchRole(SeriesModel::SearchTextRole);
    m_proxy->setSortRole(SeriesModel::SortRole);
    m_proxy->setSourceModel(model);
    m_search->setPlaceholderText(tr("Search series, countries, years, sources…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search series data"));
    m_search->setToolTip(tr("Type words to filter the observations; every word must match"));
    m_count->setAccessibleName(tr("Number of matching observations"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Series data"));
    new TableRowCopier(m_table); // Ctrl+C and the context menu, owned by the table
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(SeriesModel::SeriesLabel, 320);
    m_table->setColumnWidth(SeriesModel::Entity, 140);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(FactTablePanel::kSearchDelayMs);
    connect(m_search, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applySearch(); // the clear button: at once
    });
    connect(m_debounce, &QTimer::timeout, this, &SeriesTablePanel::applySearch);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SeriesTablePanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SeriesTablePanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SeriesTablePanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SeriesTablePanel::updateCount);
    updateCount();
}

QString SeriesTablePanel::countText() const
{
    return m_count->text();
}

void SeriesTablePanel::setSearchTextNow(const QString &text)
{
    m_search->setText(text);
    applySearch();
}

void SeriesTablePanel::applySearch()
{
    m_debounce->stop();
    m_proxy->setSearchText(m_search->text());
    updateCount();
}

void SeriesTablePanel::updateCount()
{
    m_count->setText(
        tr("%1 of %2 observations")
            .arg(QLocale().toString(m_proxy->rowCount()), QLocale().toString(m_model->rowCount())));
}

bool SeriesTablePanel::selectObservation(const QString &seriesKey, const QString &entityCode,
                                         int year)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Data::Series &s = *m_model->seriesOfRow(row);
        const Data::Observation &o = *m_model->observationAt(row);
        if (s.key != seriesKey || o.periodStart.year() != year ||
            CountrySelection::codeOf(o.entityCode, o.entity) != entityCode)
            continue;
        QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (!index.isValid()) {
            setSearchTextNow(QString());
            index = m_proxy->mapFromSource(m_model->index(row, 0));
        }
        m_table->selectRow(index.row());
        m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
        return true;
    }
    return false;
}
