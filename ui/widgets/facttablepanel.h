// SPDX-License-Identifier: MIT
#pragma once

#include "data/fact.h"

#include <QWidget>

class FactFilterProxyModel;
class FactTableModel;
class HeadlinePins;
class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;
class SearchHighlightDelegate;
class TableColumnFitter;
class TableRowCopier;

// The searchable fact table: a debounced search field, a "n of N facts" count, the table over
// the search proxy, and an empty state that offers to clear the search.
class FactTablePanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 200;

    FactTablePanel(FactTableModel *model, FactFilterProxyModel *proxy, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTableView *tableView() const { return m_table; }
    QString countText() const;
    bool isShowingEmptyState() const;

    // Applies the search at once, without waiting for the debounce (restored settings, tests).
    void setSearchTextNow(const QString &text);
    // Selects and shows the row of a fact; clears the search first if it hides the row.
    void selectFact(const QString &key);
    QString currentFactKey() const;
    // Adds "Show as Headline Tile" to the table's menu, checked for the current fact's state.
    void setHeadlinePins(HeadlinePins *pins);
    QAction *headlineAction() const { return m_headlineAction; }
    // Edit (F2, a double click, or the table's menu) and Delete (the key, or the menu): one of
    // the analyst's own figures.
    QAction *editAction() const { return m_editAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    // The selected rows, in the order the table shows them.
    QStringList selectedFactKeys() const;
    // The selected rows as tab-separated text with a header, as Ctrl+C copies them.
    QString selectedRowsAsTsv() const;

signals:
    void currentFactChanged(const QString &key);
    void searchApplied(const QString &text);
    // From the table's context menu; the window does the work.
    void copySentenceRequested();
    void exportRowsRequested(const QStringList &keys);
    void editFigureRequested(const Data::Fact &fact);
    void deleteFigureRequested(const Data::Fact &fact);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createContextMenu();
    void onSearchTextEdited();
    void applySearch();
    void updateCount();

    void updateHeadlineAction();
    void createOwnFigureActions();
    const Data::Fact *currentOwnFact() const;

    FactTableModel *m_model;
    HeadlinePins *m_pins = nullptr;
    QAction *m_headlineAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    FactFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QLabel *m_count;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_emptyLabel;
    SearchHighlightDelegate *m_delegate;
    QTimer *m_debounce;
    TableColumnFitter *m_fitter;
    TableRowCopier *m_copier;
};
