// SPDX-License-Identifier: MIT
#include "facttablepanel.h"

#include "models/factfilterproxymodel.h"
#include "models/facttablemodel.h"
#include "models/headlinepins.h"
#include "plaintooltips.h"
#include "searchhighlightdelegate.h"
#include "tablecolumnfitter.h"
#include "tablerowcopier.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

FactTablePanel::FactTablePanel(FactTableModel *model, FactFilterProxyModel *proxy, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_delegate(new SearchHighlightDelegate(this))
    , m_debounce(new QTimer(this))
    , m_fitter(new TableColumnFitter(m_table))
    , m_copier(new TableRowCopier(m_table))
{
    m_search->setPlaceholderText(tr("Search figures, periods, quotes… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search facts"));
    m_search->setToolTip(tr("Type words to filter the facts; every word must match. "
                            "Esc clears."));
    m_search->installEventFilter(this);
    m_count->setAccessibleName(tr("Number of matching facts"));

    m_table->setModel(m_proxy);

    PlainToolTips::install(m_table);
    m_table->setItemDelegate(m_delegate);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // Ctrl+A, Shift+click
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Facts"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    for (int column : {FactTableModel::Value, FactTableModel::Period, FactTableModel::Qualifier,
                       FactTableModel::Kind})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // The label, category, unit, basis, quote and source share the rest, so a 1366-pixel screen
    // needs no horizontal scrolling in any language: the quote elides, and its tooltip and the
    // source pane hold it whole.
    m_fitter->addFlexibleColumn(FactTableModel::Label, 300, 200);
    m_fitter->addFlexibleColumn(FactTableModel::Category, TableColumnFitter::kContentWidth, 70);
    m_fitter->addFlexibleColumn(FactTableModel::Unit, TableColumnFitter::kContentWidth, 60);
    m_fitter->addFlexibleColumn(FactTableModel::Basis, 170, 60);
    m_fitter->addFlexibleColumn(FactTableModel::Quote, 420, 100);
    m_fitter->addFlexibleColumn(FactTableModel::Source, 200, 60);
    m_fitter->setGrowingColumn(FactTableModel::Quote);
    // Compact rows, and room for at least seven of them whatever the splitter says.
    const int rowHeight = m_table->fontMetrics().lineSpacing() + 8;
    m_table->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_table->verticalHeader()->setMinimumSectionSize(rowHeight);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() + 7 * rowHeight +
                              2 * m_table->frameWidth() +
                              m_table->horizontalScrollBar()->sizeHint().height());
    // Tab leaves the table for the next region; the arrow keys move inside it.
    m_table->setTabKeyNavigation(false);

    auto *empty = new QWidget(this);
    auto *clear = new QPushButton(tr("Clear search"), empty);
    clear->setAccessibleName(tr("Clear search"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(clear, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(1);
    m_stack->addWidget(m_table);
    m_stack->addWidget(empty);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, this, &FactTablePanel::onSearchTextEdited);
    connect(m_debounce, &QTimer::timeout, this, &FactTablePanel::applySearch);
    connect(clear, &QPushButton::clicked, m_search, &QLineEdit::clear);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &FactTablePanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &FactTablePanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FactTablePanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &FactTablePanel::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                emit currentFactChanged(current.data(FactTableModel::KeyRole).toString());
            });
    m_table->installEventFilter(this);
    createContextMenu();
    updateCount();
}

void FactTablePanel::createContextMenu()
{
    // Copy comes first, from the TableRowCopier. No shortcut of its own: Edit › Copy Source
    // Sentence (Ctrl+Shift+C) is the same command.
    auto *sentence = new QAction(tr("Copy &Sentence with Citation"), m_table);
    connect(sentence, &QAction::triggered, this, &FactTablePanel::copySentenceRequested);
    auto *exportRows = new QAction(tr("&Export Selected Rows…"), m_table);
    connect(exportRows, &QAction::triggered, this,
            [this] { emit exportRowsRequested(selectedFactKeys()); });
    m_table->addActions({sentence, exportRows});
    createOwnFigureActions();
}

void FactTablePanel::createOwnFigureActions()
{
    m_editAction = new QAction(tr("Ed&it Figure…"), m_table);
    m_editAction->setShortcut(Qt::Key_F2);
    m_editAction->setShortcutContext(Qt::WidgetShortcut);
    m_editAction->setToolTip(tr("Edit this figure of yours (Ctrl+Z undoes the edit); the built-in "
                                "figures stay as their article states them"));
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (const Data::Fact *fact = currentOwnFact())
            emit editFigureRequested(*fact);
    });
    connect(m_table, &QAbstractItemView::doubleClicked, m_editAction, &QAction::trigger);
    m_deleteAction = new QAction(tr("&Delete Figure"), m_table);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteAction->setToolTip(tr("Delete this figure of yours from your store (Ctrl+Z brings it "
                                  "back); the built-in figures stay"));
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        if (const Data::Fact *fact = currentOwnFact())
            emit deleteFigureRequested(*fact);
    });
    connect(this, &FactTablePanel::currentFactChanged, this, [this] {
        const bool own = currentOwnFact() != nullptr;
        m_editAction->setEnabled(own);
        m_deleteAction->setEnabled(own);
    });
    m_editAction->setEnabled(false);
    m_deleteAction->setEnabled(false);
    m_table->addActions({m_editAction, m_deleteAction});
}

// The analyst's own figures came into the store at a time; the built-in dataset's did not.
const Data::Fact *FactTablePanel::currentOwnFact() const
{
    const Data::Fact *fact = m_model->factAt(m_model->rowOfKey(currentFactKey()));
    return fact && fact->source.importedAt.isValid() ? fact : nullptr;
}

void FactTablePanel::setHeadlinePins(HeadlinePins *pins)
{
    m_pins = pins;
    m_headlineAction = new QAction(tr("Show as &Headline Tile"), m_table);
    m_headlineAction->setCheckable(true);
    m_headlineAction->setToolTip(tr("Pin this figure to the headline strip above the charts"));
    connect(m_headlineAction, &QAction::triggered, this, [this](bool checked) {
        if (const Data::Fact *fact = m_model->factAt(m_model->rowOfKey(currentFactKey())))
            m_pins->setHeadline(*fact, checked);
    });
    connect(this, &FactTablePanel::currentFactChanged, this, &FactTablePanel::updateHeadlineAction);
    connect(pins, &HeadlinePins::changed, this, &FactTablePanel::updateHeadlineAction);
    m_table->addAction(m_headlineAction);
    updateHeadlineAction();
}

void FactTablePanel::updateHeadlineAction()
{
    const Data::Fact *fact = m_model->factAt(m_model->rowOfKey(currentFactKey()));
    // A change in percentage points joins its figure's tile and has none of its own.
    m_headlineAction->setEnabled(fact && !fact->derived && fact->unit != u"pp");
    m_headlineAction->setChecked(fact && m_pins->isHeadline(*fact));
}

QStringList FactTablePanel::selectedFactKeys() const
{
    QStringList keys;
    for (int row : m_copier->selectedRows())
        keys << m_proxy->index(row, 0).data(FactTableModel::KeyRole).toString();
    return keys;
}

QString FactTablePanel::selectedRowsAsTsv() const
{
    return m_copier->selectedRowsAsTsv();
}

QString FactTablePanel::countText() const
{
    return m_count->text();
}

bool FactTablePanel::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 1;
}

void FactTablePanel::setSearchTextNow(const QString &text)
{
    m_search->setText(text);
    m_debounce->stop();
    applySearch();
}

void FactTablePanel::selectFact(const QString &key)
{
    const int sourceRow = m_model->rowOfKey(key);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        setSearchTextNow(QString());
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

QString FactTablePanel::currentFactKey() const
{
    return m_table->selectionModel()->currentIndex().data(FactTableModel::KeyRole).toString();
}

bool FactTablePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            setSearchTextNow(QString());
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            m_table->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FactTablePanel::onSearchTextEdited()
{
    m_debounce->start();
}

void FactTablePanel::applySearch()
{
    const QString text = m_search->text();
    m_proxy->setSearchText(text);
    m_delegate->setSearchText(text);
    m_table->viewport()->update();
    updateCount();
    emit searchApplied(text);
}

void FactTablePanel::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(
        tr("%1 of %2 facts").arg(QLocale().toString(shown), QLocale().toString(total)));
    m_emptyLabel->setText(tr("No facts match “%1”.").arg(m_search->text()));
    m_stack->setCurrentIndex(shown == 0 && total > 0 ? 1 : 0);
}
