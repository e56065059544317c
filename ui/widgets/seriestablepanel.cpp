// SPDX-License-Identifier: MIT
#include "seriestablepanel.h"
#include "search/searchfolding.h"

#include "facttablepanel.h"
#include "models/observationtablemodel.h"
#include "plaintooltips.h"
#include "tablecolumnfitter.h"
#include "tablerowcopier.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

SeriesTablePanel::SeriesTablePanel(ObservationTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_debounce(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search series, countries, years, sources…"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_search->setAccessibleName(tr("Search series data"));
    m_search->setToolTip(tr("Type words to filter the observations; every word must match"));
    m_count->setAccessibleName(tr("Number of matching observations"));
    m_table->setModel(model);
    PlainToolTips::install(m_table);
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
    m_table->horizontalHeader()->setStretchLastSection(false);
    // Series and source share what is left, so no width needs a horizontal scroll bar.
    auto *fitter = new TableColumnFitter(m_table);
    fitter->addFlexibleColumn(ObservationTableModel::SeriesLabel, 320, 140);
    fitter->addFlexibleColumn(ObservationTableModel::Source, 240, 100);
    // Fixed widths and heights from the font: the view never measures a million rows. A value
    // keeps all 17 significant digits a double can have.
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(ObservationTableModel::Entity, 140);
    m_table->setColumnWidth(ObservationTableModel::Unit, 90);
    m_table->setColumnWidth(ObservationTableModel::Kind, 80);
    m_table->setColumnWidth(ObservationTableModel::Period,
                            metrics.horizontalAdvance(QStringLiteral("Jan–May 2025")) + 16);
    m_table->setColumnWidth(ObservationTableModel::Value,
                            metrics.horizontalAdvance(QStringLiteral("-0.00012345678901234567")) +
                                16);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);

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
    connect(m_model, &ObservationTableModel::countChanged, this, &SeriesTablePanel::updateCount);
    connect(m_model, &ObservationTableModel::searchFinished, this,
            &SeriesTablePanel::selectPending);
    connect(m_model, &ObservationTableModel::failed, this, &SeriesTablePanel::updateCount);
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
    if (m_search->text() != m_model->searchText())
        m_model->setSearchText(m_search->text());
    updateCount();
}

void SeriesTablePanel::updateCount()
{
    const QString total =
        m_model->totalCount() < 0 ? QStringLiteral("…") : QLocale().toString(m_model->totalCount());
    if (!m_model->errorString().isEmpty())
        m_count->setText(tr("Search failed: %1").arg(m_model->errorString()));
    else if (m_model->matchCount() < 0)
        m_count->setText(tr("counting… of %1 observations").arg(total));
    else
        m_count->setText(
            tr("%1 of %2 observations").arg(QLocale().toString(m_model->matchCount()), total));
    // A pasted paragraph is searched by its first words only, and the panel says so.
    if (const int words = SearchFolding::termCount(m_search->text());
        words > SearchFolding::kMaxTerms)
        m_count->setText(m_count->text() + u' ' +
                         tr("(the first %1 of %2 words)").arg(SearchFolding::kMaxTerms).arg(words));
}

// Escape clears the search; Down moves to the rows, selecting the first.
bool SeriesTablePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            setSearchTextNow(QString());
            return true;
        }
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_table->setFocus();
            if (!m_table->selectionModel()->hasSelection())
                m_table->selectRow(0);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool SeriesTablePanel::selectObservation(const QString &seriesKey, const QString &entityCode,
                                         int year)
{
    const Pending row{seriesKey, entityCode, year};
    if (selectNow(row))
        return true;
    if (m_model->isSearching() || !m_search->text().isEmpty()) {
        m_pending = row; // selected when the rows of the cleared search arrive
        setSearchTextNow(QString());
        return true;
    }
    return false;
}

void SeriesTablePanel::keepCurrentRow()
{
    const int row = m_table->currentIndex().row();
    const Data::Observation *o = m_model->observationAt(row);
    const Data::Series *series = m_model->seriesOfRow(row);
    if (o && series)
        m_pending = Pending{series->key, o->entityCode.isEmpty() ? o->entity : o->entityCode,
                            o->periodStart.year()};
}

bool SeriesTablePanel::selectNow(const Pending &row)
{
    if (m_model->isSearching())
        return false;
    const int found = m_model->locate(row.seriesKey, row.entityCode, row.year);
    if (found < 0)
        return false;
    const QModelIndex index = m_model->index(found, 0);
    m_table->selectRow(found);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void SeriesTablePanel::selectPending()
{
    if (const std::optional<Pending> row = std::exchange(m_pending, std::nullopt))
        selectNow(*row);
}
