// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include "charts/charttheme.h"
#include "export/exportoptions.h"

#include <QByteArray>
#include <QGraphicsScene>
#include <QImage>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class ChartSet;
class DashboardChart;
class DashboardModels;
class QPaintDevice;
class QPainter;

// Renders the dashboard's charts to PNG, SVG and PDF without touching the charts on screen:
// it builds its own ChartSet over the same models and lays each chart out at the output's
// logical size. Outputs taller than 720 px are drawn at a device-pixel ratio of height/720,
// so a 4K image is the 1080p image at twice the resolution, text and lines included.
//
// Writes are atomic (QSaveFile); on failure nothing is left behind and errorString() names
// the file.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    explicit ChartExporter(DashboardModels *models);
    // The theme exports draw in: NAME's colours, text no smaller than a projector needs.
    static ChartTheme exportTheme(const QString &name);
    ~ChartExporter();

    QStringList chartIds() const;
    // The exporter's own chart of that id (not the window's); nullptr for an unknown id.
    DashboardChart *chart(const QString &chartId) const;
    QString chartTitle(const QString &chartId) const;
    bool hasChart(const QString &chartId) const;

    QImage renderImage(const QString &chartId, const ExportOptions &options);
    QByteArray renderSvg(const QString &chartId, const ExportOptions &options);
    QByteArray renderPdf(const QString &chartId, const ExportOptions &options);
    // Draws the chart with its footer into LOGICAL (layout pixels at 96 dpi) on PAINTER, which
    // the caller has scaled to its device: a printed page. False for an unknown id.
    bool paintChart(QPainter *painter, const QString &chartId, const QSizeF &logical,
                    const ExportOptions &options);

    // Writes PATH, replacing a regular file there (callers ask first, see ExportTarget); a path
    // that is not a regular file (a device, a FIFO, a folder) is refused.
    bool exportChart(const QString &chartId, const ExportOptions &options, const QString &path);
    // The files exportAll() writes into FOLDER, one per chart, in chart order.
    QStringList allPaths(const ExportOptions &options, const QString &folder) const;
    // Writes <id>.<suffix> per chart into folder, creating it. progress(done, total) may
    // return false to cancel.
    bool exportAll(const ExportOptions &options, const QString &folder,
                   const std::function<bool(int, int)> &progress = {});
    QString errorString() const { return m_error; }

    // "Title — Source: publisher, date · article title", for the clipboard and metadata.
    QString citation(const QString &chartId) const;
    QString description(const QString &chartId) const;

    static qreal pixelRatioFor(const QSize &size);

private:
    DashboardChart *prepare(const QString &chartId, const ExportOptions &options);
    void paint(QPainter *painter, DashboardChart *chart, const QSizeF &logical,
               const ExportOptions &options);
    QByteArray svgMetadata(const QString &chartId) const;
    QByteArray pdfXmp(const QString &chartId) const;
    bool fail(const QString &message);

    std::unique_ptr<ChartSet> m_charts;
    QGraphicsScene m_scene;
    QString m_error;
};
