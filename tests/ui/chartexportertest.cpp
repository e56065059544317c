// SPDX-License-Identifier: MIT
#include "export/chartexporter.h"
#include "charts/charttheme.h"
#include "charts/dashboardchart.h"
#include "interfacelanguage.h"
#include "models/dashboardmodels.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <QAbstractAxis>
#include <QChart>
#include <QFontInfo>

#include <gtest/gtest.h>

namespace {

class ChartExporterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_models.setDataset(TestSupport::embeddedDataset());
        m_exporter = std::make_unique<ChartExporter>(&m_models);
    }

    static ExportOptions options(QSize size,
                                 ExportOptions::Format format = ExportOptions::Format::Png)
    {
        ExportOptions o;
        o.format = format;
        o.size = size;
        return o;
    }

    // Rows of the top band that hold title-coloured pixels: the title's glyph height.
    static int titleHeight(const QImage &image, const QColor &text)
    {
        int first = -1, last = -1;
        const int band = image.height() / 8;
        for (int y = 0; y < band; ++y) {
            for (int x = image.width() / 4; x < image.width() * 3 / 4; ++x) {
                const QColor c = image.pixelColor(x, y);
                if (std::abs(c.red() - text.red()) < 40 &&
                    std::abs(c.green() - text.green()) < 40 &&
                    std::abs(c.blue() - text.blue()) < 40) {
                    first = first < 0 ? y : first;
                    last = y;
                    break;
                }
            }
        }
        return first < 0 ? 0 : last - first + 1;
    }

    static int countColour(const QImage &image, const QColor &colour, const QRect &area)
    {
        int n = 0;
        for (int y = area.top(); y <= area.bottom(); y += 2) {
            for (int x = area.left(); x <= area.right(); x += 2)
                n += image.pixelColor(x, y).rgb() == colour.rgb();
        }
        return n;
    }

    DashboardModels m_models;
    std::unique_ptr<ChartExporter> m_exporter;
    QTemporaryDir m_dir;
};

TEST_F(ChartExporterTest, EveryPresetHasItsExactPixelSize)
{
    const QList<SizePreset> presets = SizePreset::all();
    ASSERT_EQ(presets.size(), 5);
    for (const SizePreset &preset : presets) {
        SCOPED_TRACE(preset.name.toStdString());
        const QImage image =
            m_exporter->renderImage(QStringLiteral("growth"), options(preset.size));
        EXPECT_EQ(image.size(), preset.size);
    }
    SizePreset a4;
    ASSERT_TRUE(SizePreset::byName(QStringLiteral("a4"), &a4));
    EXPECT_EQ(a4.size, QSize(3508, 2480));
    EXPECT_EQ(a4.dpi, 300);
}

TEST_F(ChartExporterTest, ImagesAreNotBlankAndBarsAreInThePlotArea)
{
    for (const QString &id : m_exporter->chartIds()) {
        SCOPED_TRACE(id.toStdString());
        const QImage image = m_exporter->renderImage(id, options(QSize(1920, 1080)));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        EXPECT_GT(colours.size(), 20);
    }
    const QImage bars =
        m_exporter->renderImage(QStringLiteral("growth"), options(QSize(1920, 1080)));
    const QColor barColour = ChartTheme::light().color(0);
    const QRect plot(bars.width() / 4, bars.height() / 8, bars.width() / 2, bars.height() * 5 / 8);
    const QRect margin(0, bars.height() * 15 / 16, bars.width(), bars.height() / 16 - 1);
    EXPECT_GT(countColour(bars, barColour, plot), 10000) << "bars fill the plot area";
    EXPECT_EQ(countColour(bars, barColour, margin), 0) << "no bar colour in the footer band";
}

TEST_F(ChartExporterTest, TextScalesWithTheOutput)
{
    const QColor text = ChartTheme::light().text;
    const int at1080 = titleHeight(
        m_exporter->renderImage(QStringLiteral("trend"), options(QSize(1920, 1080))), text);
    const int at4k = titleHeight(
        m_exporter->renderImage(QStringLiteral("trend"), options(QSize(3840, 2160))), text);
    ASSERT_GT(at1080, 10);
    EXPECT_NEAR(double(at4k) / at1080, 2.0, 0.2)
        << at1080 << " px at 1080p, " << at4k << " px at 4K";
}

// A theme change rebuilds the chart, and the command line has no event loop to delete the old
// axes: they must not be drawn as a small ghost of themselves near the top-left corner, which
// is background only in these charts.
TEST_F(ChartExporterTest, ARebuildLeavesNoGhostOfTheOldAxes)
{
    for (const QString &theme : {QStringLiteral("dark"), QStringLiteral("light")}) {
        for (const QString &id : {QStringLiteral("growth"), QStringLiteral("cooperation"),
                                  QStringLiteral("timeline")}) {
            ExportOptions o = options(QSize(1920, 1080));
            o.theme = theme;
            const QImage image = m_exporter->renderImage(id, o);
            const QRgb background = image.pixel(2, 2);
            EXPECT_EQ(countColour(image, QColor::fromRgb(background), QRect(0, 0, 200, 140)),
                      100 * 70)
                << id.toStdString() << " " << theme.toStdString();
        }
    }
}

TEST_F(ChartExporterTest, TransparentBackgroundHasZeroAlpha)
{
    ExportOptions o = options(QSize(1280, 720));
    o.transparent = true;
    const QImage image = m_exporter->renderImage(QStringLiteral("growth"), o);
    EXPECT_EQ(qAlpha(image.pixel(3, 3)), 0);
    EXPECT_EQ(qAlpha(image.pixel(image.width() - 3, image.height() / 2)), 0);
    o.transparent = false;
    EXPECT_EQ(qAlpha(m_exporter->renderImage(QStringLiteral("growth"), o).pixel(3, 3)), 255);
}

TEST_F(ChartExporterTest, PngCarriesProvenanceTextChunks)
{
    const QString path = m_dir.filePath(QStringLiteral("growth.png"));
    ASSERT_TRUE(m_exporter->exportChart(QStringLiteral("growth"), options(QSize(1920, 1080)), path))
        << m_exporter->errorString().toStdString();
    QImageReader reader(path);
    EXPECT_EQ(reader.text(QStringLiteral("Title")),
              QStringLiteral("Growth indicators, year-on-year"));
    EXPECT_TRUE(reader.text(QStringLiteral("Source"))
                    .contains(QStringLiteral("China Daily (Chinadaily.com.cn), 29 Aug 2025")));
    EXPECT_TRUE(reader.text(QStringLiteral("Description"))
                    .contains(QStringLiteral("9.3 percent year-on-year")));
    EXPECT_TRUE(reader.text(QStringLiteral("Software"))
                    .startsWith(QStringLiteral("SCO Digital Cooperation Dashboard")));
    // QImageReader::text() files keys with a space under "Description"; the decoded image
    // keeps every chunk under its own key.
    const QDateTime created =
        QDateTime::fromString(QImage(path).text(QStringLiteral("Creation Time")), Qt::ISODate);
    EXPECT_TRUE(created.isValid());
    EXPECT_LT(created.secsTo(QDateTime::currentDateTimeUtc()), 60);
    EXPECT_EQ(reader.size(), QSize(1920, 1080));
}

TEST_F(ChartExporterTest, SvgIsXmlWithTitleAndMetadata)
{
    const QString path = m_dir.filePath(QStringLiteral("trend.svg"));
    ASSERT_TRUE(m_exporter->exportChart(
        QStringLiteral("trend"), options(QSize(1920, 1080), ExportOptions::Format::Svg), path));
    const QByteArray svg = TestSupport::readAll(path);
    QXmlStreamReader xml(svg);
    QStringList elements;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            elements << xml.name().toString();
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_TRUE(elements.contains(QStringLiteral("title")));
    EXPECT_TRUE(elements.contains(QStringLiteral("metadata")));
    EXPECT_TRUE(
        svg.contains("<title>Digital industry revenue growth, Jan–May, year-on-year</title>"));
    EXPECT_TRUE(svg.contains("<dc:source>China Daily"));
    EXPECT_TRUE(svg.contains("viewBox=\"0 0 1920 1080\""));
}

TEST_F(ChartExporterTest, PdfHasTheRequestedPageSizeAndTitle)
{
    SizePreset a4;
    ASSERT_TRUE(SizePreset::byName(QStringLiteral("a4"), &a4));
    ExportOptions o = options(a4.size, ExportOptions::Format::Pdf);
    o.dpi = a4.dpi;
    const QString path = m_dir.filePath(QStringLiteral("coop.pdf"));
    ASSERT_TRUE(m_exporter->exportChart(QStringLiteral("cooperation"), o, path));
    const QByteArray pdf = TestSupport::readAll(path);
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    const QRegularExpressionMatch box =
        QRegularExpression(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"))
            .match(QString::fromLatin1(pdf));
    ASSERT_TRUE(box.hasMatch());
    EXPECT_NEAR(box.captured(1).toDouble(), 3508.0 / 300 * 72, 1.0); // 842 pt: A4 landscape
    EXPECT_NEAR(box.captured(2).toDouble(), 2480.0 / 300 * 72, 1.0); // 595 pt
    EXPECT_TRUE(pdf.contains(
        "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Areas of digital cooperation"));
    // The PDF's XMP carries the same source and description as the SVG's metadata.
    EXPECT_TRUE(pdf.contains("<dc:source>China Daily"));
    const QString svgPath = m_dir.filePath(QStringLiteral("coop.svg"));
    ASSERT_TRUE(m_exporter->exportChart(QStringLiteral("cooperation"),
                                        options(QSize(1920, 1080), ExportOptions::Format::Svg),
                                        svgPath));
    const QByteArray svg = TestSupport::readAll(svgPath);
    const qsizetype from = svg.indexOf("<dc:description>") + 16;
    const qsizetype to = svg.indexOf("</dc:description>");
    ASSERT_TRUE(from >= 16 && to > from);
    const QByteArray description = svg.mid(from, to - from);
    EXPECT_FALSE(description.startsWith("Source:")) << description.toStdString();
    const QByteArray expected =
        QByteArray("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">") + description +
        QByteArray("</rdf:li>");
    EXPECT_TRUE(pdf.contains(expected)) << description.toStdString();

    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (pdfinfo.isEmpty())
        GTEST_SKIP() << "pdfinfo (poppler-utils) not installed: Info dictionary not read back";
    QProcess info;
    info.start(pdfinfo, {path});
    ASSERT_TRUE(info.waitForFinished(10000));
    const QString out = QString::fromUtf8(info.readAllStandardOutput());
    EXPECT_TRUE(out.contains(QStringLiteral(
        "Title:           Areas of digital cooperation with SCO countries, by pillar")));
    EXPECT_TRUE(out.contains(QStringLiteral("Creator:         SCO Digital Cooperation Dashboard")));
    EXPECT_TRUE(out.contains(QStringLiteral("(A4)")));
}

TEST_F(ChartExporterTest, FailedExportLeavesNoFileAndNamesThePath)
{
    const QString path = m_dir.filePath(QStringLiteral("missing/sub/growth.png"));
    EXPECT_FALSE(m_exporter->exportChart(QStringLiteral("growth"), options(QSize(800, 600)), path));
    EXPECT_TRUE(m_exporter->errorString().contains(path))
        << m_exporter->errorString().toStdString();
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_FALSE(m_exporter->exportChart(QStringLiteral("nope"), options(QSize(800, 600)),
                                         m_dir.filePath(QStringLiteral("x.png"))));
    EXPECT_TRUE(m_exporter->errorString().contains(QStringLiteral("Unknown chart 'nope'")));
    EXPECT_TRUE(QDir(m_dir.path()).entryList(QDir::Files).isEmpty());
}

TEST_F(ChartExporterTest, ExportAllWritesOneFilePerChartAndReportsProgress)
{
    const QString folder = m_dir.filePath(QStringLiteral("out"));
    QList<int> steps;
    ASSERT_TRUE(m_exporter->exportAll(options(QSize(640, 360)), folder, [&steps](int done, int) {
        steps << done;
        return true;
    }));
    EXPECT_EQ(QDir(folder).entryList(QDir::Files),
              (QStringList{QStringLiteral("cooperation.png"), QStringLiteral("countries.png"),
                           QStringLiteral("growth.png"), QStringLiteral("members.png"),
                           QStringLiteral("timeline.png"), QStringLiteral("trend.png")}));
    EXPECT_EQ(steps, (QList<int>{0, 1, 2, 3, 4, 5, 6}));
    EXPECT_FALSE(m_exporter->exportAll(options(QSize(640, 360)),
                                       m_dir.filePath(QStringLiteral("c")),
                                       [](int done, int) { return done < 2; }));
    EXPECT_TRUE(m_exporter->errorString().contains(QStringLiteral("cancelled")));
}

TEST_F(ChartExporterTest, CitationNamesTitleAndSource)
{
    EXPECT_EQ(m_exporter->citation(QStringLiteral("growth")),
              QStringLiteral(
                  "Growth indicators, year-on-year — Source: China Daily "
                  "(Chinadaily.com.cn), 29 Aug 2025 · Digital tech boom offers opportunities"));
}

// The default export, slide preset in the light theme, is read on a projector: every axis
// label is at least 20 px tall at 1080 lines.
TEST_F(ChartExporterTest, SlideExportAxisLabelsAreAtLeast20Pixels)
{
    ExportOptions slide = options(QSize(1920, 1080));
    for (const QString &id : m_exporter->chartIds()) {
        const QImage image = m_exporter->renderImage(id, slide);
        ASSERT_EQ(image.height(), 1080);
        const qreal scale = 1080.0 / 720.0; // the layout is 720 lines, drawn at 1.5x
        for (QAbstractAxis *axis : m_exporter->chart(id)->chart()->axes()) {
            if (!axis->labelsVisible())
                continue;
            const qreal pixels = QFontInfo(axis->labelsFont()).pixelSize() * scale;
            EXPECT_GE(pixels, 20.0) << id.toStdString() << " " << axis->titleText().toStdString();
        }
    }
}

} // namespace

// A series label is data: markup in it is text in the SVG's title, never an element.
TEST_F(ChartExporterTest, MarkupInASeriesLabelIsEscapedInTheSvg)
{
    Data::Dataset dataset = TestSupport::embeddedDataset();
    const QString markup =
        QStringLiteral("Internet users</title><script>alert(document.domain)</script><title>x (%)");
    for (Data::Series &series : dataset.series)
        series.label = markup;
    DashboardModels models;
    models.setDataset(dataset);
    ChartExporter exporter(&models);
    const QString path = m_dir.filePath(QStringLiteral("countries.svg"));
    ASSERT_TRUE(exporter.exportChart(QStringLiteral("countries"),
                                     options(QSize(1920, 1080), ExportOptions::Format::Svg), path))
        << exporter.errorString().toStdString();
    const QByteArray svg = TestSupport::readAll(path);
    const QStringList elements = TestSupport::xmlElements(svg);
    ASSERT_FALSE(elements.isEmpty()) << "not well-formed XML";
    EXPECT_FALSE(elements.contains(QStringLiteral("script")));
    EXPECT_EQ(elements.count(QStringLiteral("title")), 1);
    EXPECT_TRUE(svg.contains("<title>Internet users&lt;/title&gt;&lt;script&gt;"));
}

TEST_F(ChartExporterTest, ChineseSvgNamesAFontWithHanGlyphs)
{
    if (InterfaceLanguage::fontFamily(QStringLiteral("zh_CN")) !=
        QStringLiteral("WenQuanYi Micro Hei"))
        GTEST_SKIP() << "WenQuanYi Micro Hei (fonts-wqy-microhei) is not installed";
    ASSERT_TRUE(InterfaceLanguage::apply(QStringLiteral("zh_CN")));
    DashboardModels models;
    models.setDataset(TestSupport::embeddedDataset());
    ChartExporter exporter(&models);
    const QString path = m_dir.filePath(QStringLiteral("zh.svg"));
    const bool written = exporter.exportChart(
        QStringLiteral("growth"), options(QSize(1920, 1080), ExportOptions::Format::Svg), path);
    InterfaceLanguage::apply(QStringLiteral("en"));
    ASSERT_TRUE(written) << exporter.errorString().toStdString();
    const QByteArray svg = TestSupport::readAll(path);
    EXPECT_GT(svg.count("font-family=\"'DejaVu Sans', 'WenQuanYi Micro Hei', sans-serif\""), 10);
    EXPECT_EQ(svg.count("font-family=\"DejaVu Sans\""), 0);
    EXPECT_TRUE(svg.contains("增长")) << "the Chinese title is in the SVG as text";
    EXPECT_FALSE(TestSupport::xmlElements(svg).isEmpty()) << "still well-formed XML";
}
