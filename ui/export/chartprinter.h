// SPDX-License-Identifier: MIT
#pragma once

#include "export/exportoptions.h"

#include <QStringList>

class ChartExporter;
class QPagedPaintDevice;

// Prints charts one to a page, each fitted to the page with its source line under it, so a
// printed chart carries its provenance as an exported one does. DEVICE is a QPrinter (the
// print dialog and its preview) or a QPdfWriter.
class ChartPrinter
{
public:
    explicit ChartPrinter(ChartExporter *exporter)
        : m_exporter(exporter)
    {
    }

    // False when an id is unknown; the pages before it are drawn.
    bool print(QPagedPaintDevice *device, const QStringList &chartIds,
               const ExportOptions &options) const;

private:
    ChartExporter *m_exporter;
};
