// SPDX-License-Identifier: MIT
#include "chartprinter.h"

#include "chartexporter.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

namespace {

constexpr qreal kLayoutDpi = 96.0; // the charts' layout assumes it, as ChartExporter's does

} // namespace

bool ChartPrinter::print(QPagedPaintDevice *device, const QStringList &chartIds,
                         const ExportOptions &options) const
{
    // The exporter draws fonts in points: at a printer's 1200 dpi its footer would come out
    // twelve times too large. The page stays vector, so 96 units an inch lose nothing.
    if (auto *printer = dynamic_cast<QPrinter *>(device))
        printer->setResolution(int(kLayoutDpi));
    else if (auto *pdf = dynamic_cast<QPdfWriter *>(device))
        pdf->setResolution(int(kLayoutDpi));
    QPainter painter(device);
    if (!painter.isActive())
        return false;
    const QRect page = painter.viewport();
    // The page in layout pixels, so text is the size it is on screen at 96 dpi.
    const QSizeF logical(page.width() * kLayoutDpi / device->logicalDpiX(),
                         page.height() * kLayoutDpi / device->logicalDpiY());
    for (qsizetype i = 0; i < chartIds.size(); ++i) {
        if (i > 0 && !device->newPage())
            return false;
        painter.save();
        painter.scale(page.width() / logical.width(), page.height() / logical.height());
        const bool drawn = m_exporter->paintChart(&painter, chartIds.at(i), logical, options);
        painter.restore();
        if (!drawn)
            return false;
    }
    return true;
}
