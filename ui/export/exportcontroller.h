// SPDX-License-Identifier: MIT
#pragma once

#include "data/fact.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

class ChartExporter;
class QAction;
class QMenu;
class DashboardModels;
class QPrintPreviewDialog;
class QPrinter;
class QWidget;

// The window's export actions: the export dialog, copy to clipboard, print and the table
// export.
// Shows errors in dialogs (only ui/ does that) and reports success through statusMessage().
class ExportController : public QObject
{
    Q_OBJECT
public:
    ExportController(DashboardModels *models, QWidget *window);
    ~ExportController() override;

    // Opens the export dialog with chartId preselected; an empty id preselects all charts.
    void exportCharts(const QString &chartId);
    // Puts the chart (1920×1080, in the given theme) as an image and its citation as plain
    // text on the clipboard.
    void copyChart(const QString &chartId, const QString &theme);
    // Opens a print preview of CHARTIDS, one chart to a landscape page with its source line,
    // in the light theme (paper is white); the user prints from it.
    void printCharts(const QStringList &chartIds);
    // The preview printCharts() shows, not yet shown: for tests.
    std::unique_ptr<QPrintPreviewDialog> printPreview(const QStringList &chartIds,
                                                      QPrinter *printer);
    // Writes the facts the search shows as CSV (optionally with a BOM for Excel) or JSON.
    void exportTable();
    // Writes FACTS (the table's selected rows, say) as CSV or JSON, asking where.
    void exportFacts(const QList<Data::Fact> &facts);

    ChartExporter *exporter();

    // File's export, copy and print entries with their shortcuts, for the chart CURRENTCHART
    // names, copied in the theme THEME names. Returns those a chart's context menu offers.
    QList<QAction *> addActions(QMenu *fileMenu, const std::function<QString()> &currentChart,
                                const std::function<QString()> &theme);

    // False when TARGETS may not be written: one is not a regular file (the user is told), or
    // some exist and the user declines to replace them.
    bool mayWrite(const QStringList &targets);
    // Asks whether to replace existing files; a message box unless a test sets another.
    void setReplaceQuestion(std::function<bool(const QString &question)> ask)
    {
        m_confirmReplace = std::move(ask);
    }

signals:
    void statusMessage(const QString &message);

private:
    bool exportAllWithProgress(const class ExportDialog &dialog);

    DashboardModels *m_models;
    QWidget *m_window;
    std::unique_ptr<ChartExporter> m_exporter;
    std::function<bool(const QString &)> m_confirmReplace;
};
