// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <memory>

class ChartExporter;
class DashboardModels;
class QWidget;

// The window's export actions: the export dialog, copy to clipboard and the table export.
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
    // Writes the facts the search shows as CSV (optionally with a BOM for Excel) or JSON.
    void exportTable();

    ChartExporter *exporter();

signals:
    void statusMessage(const QString &message);

private:
    bool exportAllWithProgress(const class ExportDialog &dialog);

    DashboardModels *m_models;
    QWidget *m_window;
    std::unique_ptr<ChartExporter> m_exporter;
};
