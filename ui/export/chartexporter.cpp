// SPDX-License-Identifier: MIT
#include "chartexporter.h"

#include "appinfo.h"
#include "charts/chartset.h"
#include "charts/charttheme.h"
#include "charts/dashboardchart.h"
#include "export/pngencoder.h"
#include "export/svgfontfallbacks.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include "export/exporttarget.h"
#include <QSvgGenerator>
#include <QTextDocument>

namespace {

// The layout of every chart assumes 96 dpi; devices are created at 96 dpi and scaled with
// the painter, so text measured for the layout is the text drawn.
constexpr int kLayoutDpi = 96;
// Charts are laid out at most this tall and scaled up: a slide's text is read from across a
// room, so 1080p output draws a 720-line layout at 1.5x, 4K the same layout at 3x.
constexpr qreal kLogicalHeight = 720.0;

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// One dc:source element per source, so a reader of the metadata sees two sources as two.
QString dcSources(const ChartSources &sources)
{
    QString elements;
    for (const QString &citation : sources.citations())
        elements += QStringLiteral("<dc:source>%1</dc:source>\n").arg(xmlEscaped(citation));
    return elements;
}

} // namespace

ChartExporter::ChartExporter(DashboardModels *models)
    : m_charts(std::make_unique<ChartSet>(models))
{
    // Themed before they join the scene: the default export then rebuilds nothing later.
    m_charts->applyTheme(exportTheme(QStringLiteral("light")));
    for (DashboardChart *chart : m_charts->charts())
        m_scene.addItem(chart->chart());
}

ChartExporter::~ChartExporter()
{
    // The scene would delete the charts it holds; hand them back to their DashboardCharts,
    // without building one whose build waits (its models may be going too).
    for (DashboardChart *chart : m_charts->charts())
        m_scene.removeItem(chart->chartObject());
}

QStringList ChartExporter::chartIds() const
{
    QStringList ids;
    for (const DashboardChart *chart : m_charts->charts())
        ids << chart->id();
    return ids;
}

QString ChartExporter::chartTitle(const QString &chartId) const
{
    const DashboardChart *chart = m_charts->chartById(chartId);
    return chart ? chart->title() : QString();
}

bool ChartExporter::hasChart(const QString &chartId) const
{
    return m_charts->chartById(chartId) != nullptr;
}

qreal ChartExporter::pixelRatioFor(const QSize &size)
{
    return std::max(1.0, size.height() / kLogicalHeight);
}

QString ChartExporter::citation(const QString &chartId) const
{
    const DashboardChart *chart = m_charts->chartById(chartId);
    return chart ? tr("%1 — %2").arg(chart->title(), chart->sourceLine()) : QString();
}

QString ChartExporter::description(const QString &chartId) const
{
    const DashboardChart *chart = m_charts->chartById(chartId);
    return chart ? chart->description() : QString();
}

// Exported charts are read on a projector or a printed page, further away than a screen: text
// is a little larger, so axis labels (9 pt) reach 20 px at 1080 lines (9 × 1.17 pt is 14 px at
// 96 dpi, drawn at 1.5×).
ChartTheme ChartExporter::exportTheme(const QString &name)
{
    ChartTheme theme = ChartTheme::byName(name);
    theme.fontScale = std::max(theme.fontScale, 1.17);
    return theme;
}

DashboardChart *ChartExporter::chart(const QString &chartId) const
{
    return m_charts->chartById(chartId);
}

DashboardChart *ChartExporter::prepare(const QString &chartId, const ExportOptions &options)
{
    DashboardChart *chart = m_charts->chartById(chartId);
    if (!chart)
        return nullptr;
    // One scene holds every chart; only the one being drawn may show. Shown first: a chart
    // rebuilt while hidden keeps a stale layout (QtCharts lays out visible charts only).
    for (DashboardChart *other : m_charts->charts())
        other->chart()->setVisible(other == chart);
    chart->applyTheme(exportTheme(options.theme)); // a no-op when it is already applied
    chart->setShowTitle(options.includeTitle);
    chart->chart()->setBackgroundVisible(!options.transparent);
    // Sized before it is drawn: a chart whose labels depend on its width (the members chart
    // names its bars by code when the names do not fit) rebuilds for this width now.
    chart->chartObject()->resize(QSizeF(options.size) / pixelRatioFor(options.size));
    chart->chart();
    QCoreApplication::sendPostedEvents(chart, QEvent::MetaCall); // its labels, for this size
    // A rebuild leaves the old axes' items to deleteLater; without an event loop (the command
    // line) they would still be drawn, as a small ghost of the axes in the top-left corner.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return chart;
}

bool ChartExporter::paintChart(QPainter *painter, const QString &chartId, const QSizeF &logical,
                               const ExportOptions &options)
{
    DashboardChart *chart = prepare(chartId, options);
    if (chart)
        paint(painter, chart, logical, options);
    return chart;
}

void ChartExporter::paint(QPainter *painter, DashboardChart *chart, const QSizeF &logical,
                          const ExportOptions &options)
{
    const ChartTheme &theme = chart->theme();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    if (!options.transparent)
        painter->fillRect(QRectF(QPointF(0, 0), logical), theme.background);

    qreal footerHeight = 0;
    QTextDocument footer;
    if (options.includeFooter) {
        QFont font = painter->font();
        font.setPointSizeF(9.5 * theme.fontScale);
        footer.setDefaultFont(font);
        footer.setDocumentMargin(0);
        footer.setTextWidth(logical.width() - 32);
        footer.setPlainText(chart->sourceLine());
        footerHeight = footer.size().height() + 16;
    }
    const QRectF chartRect(0, 0, logical.width(), logical.height() - footerHeight);
    chart->chart()->resize(chartRect.size());
    // Its labels for the height left beside the footer (DashboardChart::relabel()); then laid
    // out now (plot area, labels, annotations), not on the next event loop turn.
    QCoreApplication::sendPostedEvents(chart, QEvent::MetaCall);
    if (QGraphicsLayout *layout = chart->chart()->layout())
        layout->activate();
    m_scene.render(painter, chartRect, chart->chart()->geometry());

    if (options.includeFooter) {
        painter->save();
        painter->translate(16, chartRect.bottom() + 6);
        painter->setPen(theme.mutedText);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, theme.mutedText);
        footer.documentLayout()->draw(painter, context);
        painter->restore();
    }
}

QImage ChartExporter::renderImage(const QString &chartId, const ExportOptions &options)
{
    DashboardChart *chart = prepare(chartId, options);
    if (!chart)
        return {};
    const qreal ratio = pixelRatioFor(options.size);
    // Opaque output skips the alpha channel: a quarter less to encode, and no un-premultiply.
    QImage image(options.size,
                 options.transparent ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    image.fill(options.transparent ? QColor(Qt::transparent) : QColor(Qt::white));
    {
        QPainter painter(&image);
        painter.scale(ratio, ratio);
        paint(&painter, chart, QSizeF(options.size) / ratio, options);
    }
    // Metadata only: set after painting so text is not re-scaled for the image's dpi.
    const int dotsPerMeter = qRound(options.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

QByteArray ChartExporter::renderSvg(const QString &chartId, const ExportOptions &options)
{
    DashboardChart *chart = prepare(chartId, options);
    if (!chart)
        return {};
    const qreal ratio = pixelRatioFor(options.size);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(kLayoutDpi);
    generator.setSize(options.size);
    generator.setViewBox(QRect(QPoint(0, 0), options.size));
    // QSvgGenerator writes both as they are, and a series label may hold markup.
    generator.setTitle(xmlEscaped(chart->title()));
    generator.setDescription(xmlEscaped(citation(chartId)));
    {
        QPainter painter(&generator);
        painter.scale(ratio, ratio);
        paint(&painter, chart, QSizeF(options.size) / ratio, options);
    }
    QByteArray svg = buffer.data();
    const qsizetype at = svg.indexOf("</desc>");
    if (at >= 0)
        svg.insert(at + 7, "\n" + svgMetadata(chartId));
    return SvgFontFallbacks::apply(svg, QGuiApplication::font().families());
}

QByteArray ChartExporter::svgMetadata(const QString &chartId) const
{
    const DashboardChart *chart = m_charts->chartById(chartId);
    return QStringLiteral("<metadata>\n"
                          "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                          "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                          "<rdf:Description>\n"
                          "<dc:title>%1</dc:title>\n%2"
                          "<dc:description>%3</dc:description>\n<dc:creator>%4</dc:creator>\n"
                          "<dc:date>%5</dc:date>\n"
                          "</rdf:Description>\n</rdf:RDF>\n</metadata>")
        .arg(xmlEscaped(chart->title()), dcSources(chart->sources()),
             xmlEscaped(chart->description()),
             xmlEscaped(AppInfo::displayName() + u' ' + AppInfo::version()),
             QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .toUtf8();
}

QByteArray ChartExporter::renderPdf(const QString &chartId, const ExportOptions &options)
{
    DashboardChart *chart = prepare(chartId, options);
    if (!chart)
        return {};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        // Page size is the requested pixels at the requested dpi; the device works at the
        // layout dpi and the painter maps the logical layout onto the page.
        QPdfWriter writer(&buffer);
        writer.setResolution(kLayoutDpi);
        writer.setPageSize(QPageSize(QSizeF(options.size) / options.dpi, QPageSize::Inch,
                                     chart->title(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(chart->title());
        writer.setCreator(AppInfo::displayName() + u' ' + AppInfo::version());
        writer.setDocumentXmpMetadata(pdfXmp(chartId));
        const QSizeF logical = QSizeF(options.size) / pixelRatioFor(options.size);
        QPainter painter(&writer);
        const QRect page = painter.viewport();
        painter.scale(page.width() / logical.width(), page.height() / logical.height());
        ExportOptions opaque = options;
        opaque.transparent = false; // PDF pages have no alpha channel
        paint(&painter, chart, logical, opaque);
    }
    return buffer.data();
}

QByteArray ChartExporter::pdfXmp(const QString &chartId) const
{
    const DashboardChart *chart = m_charts->chartById(chartId);
    return QStringLiteral(
               "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
               "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
               "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
               "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
               "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" "
               "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
               "<dc:title><rdf:Alt><rdf:li "
               "xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
               "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%2</rdf:li></rdf:Alt>"
               "</dc:description>\n"
               "<dc:source>%3</dc:source>\n"
               "<pdf:Keywords>%3</pdf:Keywords>\n"
               "<xmp:CreatorTool>%4</xmp:CreatorTool>\n"
               "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>")
        // The same fields as the SVG's metadata; XMP's dc:source is one text, so several
        // sources share it, separated by semicolons.
        .arg(xmlEscaped(chart->title()), xmlEscaped(chart->description()),
             xmlEscaped(chart->sources().citations().join(QStringLiteral("; "))),
             xmlEscaped(AppInfo::displayName() + u' ' + AppInfo::version()))
        .toUtf8();
}

bool ChartExporter::exportChart(const QString &chartId, const ExportOptions &options,
                                const QString &path)
{
    m_error.clear();
    if (!hasChart(chartId))
        return fail(tr("Unknown chart '%1'. Charts: %2.").arg(chartId, chartIds().join(u", ")));
    if (ExportTarget::check(path) == ExportTarget::Check::NotAFile)
        return fail(ExportTarget::problem(path, ExportTarget::Check::NotAFile, {}));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    bool written = false;
    switch (options.format) {
    case ExportOptions::Format::Png: {
        PngEncoder png;
        png.setDotsPerInch(options.dpi);
        // First: QImageReader::text() files a key with a space under "Description", and the
        // real description must come later to win.
        png.addText(QStringLiteral("Creation Time"),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        png.addText(QStringLiteral("Title"), chartTitle(chartId));
        png.addText(QStringLiteral("Source"), citation(chartId));
        png.addText(QStringLiteral("Description"), description(chartId));
        png.addText(QStringLiteral("Software"), AppInfo::displayName() + u' ' + AppInfo::version());
        if (!png.write(renderImage(chartId, options), &file)) {
            file.cancelWriting();
            return fail(tr("Cannot write %1: %2").arg(path, png.errorString()));
        }
        written = true;
        break;
    }
    case ExportOptions::Format::Svg:
    case ExportOptions::Format::Pdf: {
        // A short write (a full disk) is a failure, never a truncated file reported as saved.
        const QByteArray bytes = options.format == ExportOptions::Format::Svg
                                     ? renderSvg(chartId, options)
                                     : renderPdf(chartId, options);
        written = file.write(bytes) == bytes.size();
        break;
    }
    }
    if (!written) {
        const QString reason = ExportTarget::writeFailure(&file); // before cancelWriting()
        file.cancelWriting();
        return fail(tr("Cannot write %1: %2").arg(path, reason));
    }
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(path, ExportTarget::writeFailure(&file)));
    return true;
}

bool ChartExporter::exportAll(const ExportOptions &options, const QString &folder,
                              const std::function<bool(int, int)> &progress)
{
    if (!QDir().mkpath(folder))
        return fail(tr("Cannot create the folder %1.").arg(folder));
    const QStringList ids = chartIds();
    const QStringList paths = allPaths(options, folder);
    for (int i = 0; i < ids.size(); ++i) {
        if (progress && !progress(i, int(ids.size())))
            return fail(tr("Export cancelled after %1 of %2 charts.").arg(i).arg(ids.size()));
        if (!exportChart(ids.at(i), options, paths.at(i)))
            return false;
    }
    if (progress)
        progress(int(ids.size()), int(ids.size()));
    return true;
}

QStringList ChartExporter::allPaths(const ExportOptions &options, const QString &folder) const
{
    QStringList paths;
    for (const QString &id : chartIds())
        paths << QDir(folder).filePath(id + u'.' + ExportOptions::suffix(options.format));
    return paths;
}

bool ChartExporter::fail(const QString &message)
{
    m_error = message;
    return false;
}
