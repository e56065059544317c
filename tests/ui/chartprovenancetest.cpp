// SPDX-License-Identifier: MIT
// A chart drawn from two sources credits both, wherever it goes: the footer under it, its slide,
// and every export format's metadata. One growth fact of a second publisher is imported through
// the real importer and store beside the article's.
#include "charts/chartpanel.h"
#include "charts/chartset.h"
#include "charts/dashboardchart.h"
#include "export/chartexporter.h"
#include "models/dashboardmodels.h"
#include "presentation/presentationwindow.h"
#include "presentation/slidedeck.h"
#include "presentation/slidenavigator.h"
#include "testsupport.h"

#include <QFile>
#include <QImageReader>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace {

const QString kArticle = QStringLiteral("China Daily");
const QString kSecond = QStringLiteral("Xinhua News Agency");

class ChartProvenanceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        const Data::Dataset dataset = TestSupport::importFacts(
            m_dir.path(), QStringLiteral("x,Software revenue growth,Digital industry,11.9,%,H1 "
                                         "2025,2025-01-01,2025-06-30,year-on-year,11.9 percent,"
                                         "\"Software revenue rose 11.9 percent "
                                         "year-on-year.\",xinhua-1,Software output,%1,"
                                         "2025-07-20\n")
                              .arg(kSecond)
                              .toUtf8());
        ASSERT_FALSE(dataset.facts.isEmpty());
        m_models.setDataset(dataset);
        m_exporter = std::make_unique<ChartExporter>(&m_models);
    }
    void TearDown() override { QSettings().clear(); }

    static ExportOptions options(ExportOptions::Format format)
    {
        ExportOptions o;
        o.format = format;
        o.size = QSize(1920, 1080);
        return o;
    }

    QByteArray exported(ExportOptions::Format format, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        EXPECT_TRUE(m_exporter->exportChart(QStringLiteral("growth"), options(format), path))
            << m_exporter->errorString().toStdString();
        return TestSupport::readAll(path);
    }

    static bool namesBoth(const QString &text)
    {
        return text.contains(kArticle) && text.contains(kSecond);
    }

    QTemporaryDir m_dir;
    DashboardModels m_models;
    std::unique_ptr<ChartExporter> m_exporter;
};

TEST_F(ChartProvenanceTest, TheGrowthChartListsBothSourcesOnce)
{
    ChartSet charts(&m_models);
    const DashboardChart *growth = charts.chartById(QStringLiteral("growth"));
    ASSERT_NE(growth, nullptr);
    ASSERT_EQ(growth->sources().size(), 2);
    EXPECT_EQ(growth->sources().list().at(0).publisher.left(kArticle.size()), kArticle);
    EXPECT_EQ(growth->sources().list().at(1).publisher, kSecond);
    EXPECT_TRUE(growth->sourceLine().startsWith(QStringLiteral("Sources: China Daily")))
        << growth->sourceLine().toStdString();
    EXPECT_TRUE(namesBoth(growth->sourceLine()));
    // The trend chart draws the article's series alone, and credits it alone.
    EXPECT_EQ(charts.chartById(QStringLiteral("trend"))->sources().size(), 1);
}

TEST_F(ChartProvenanceTest, TheFooterUnderTheChartNamesBoth)
{
    ChartSet charts(&m_models);
    ChartPanel panel(charts.chartById(QStringLiteral("growth")));
    EXPECT_TRUE(namesBoth(panel.footerText())) << panel.footerText().toStdString();
}

TEST_F(ChartProvenanceTest, PngTextNamesBoth)
{
    const QByteArray png = exported(ExportOptions::Format::Png, QStringLiteral("growth.png"));
    QImageReader reader(m_dir.filePath(QStringLiteral("growth.png")));
    ASSERT_FALSE(png.isEmpty());
    const QString source = reader.text(QStringLiteral("Source"));
    EXPECT_TRUE(namesBoth(source)) << source.toStdString();
}

TEST_F(ChartProvenanceTest, SvgMetadataHasOneDcSourcePerSource)
{
    const QByteArray svg = exported(ExportOptions::Format::Svg, QStringLiteral("growth.svg"));
    EXPECT_EQ(svg.count("<dc:source>"), 2);
    EXPECT_TRUE(svg.contains("<dc:source>China Daily"));
    EXPECT_TRUE(svg.contains(QByteArray(QByteArray("<dc:source>") + kSecond.toUtf8())));
    const qsizetype from = svg.indexOf("<desc>");
    const qsizetype to = svg.indexOf("</desc>");
    ASSERT_TRUE(from >= 0 && to > from);
    EXPECT_TRUE(namesBoth(QString::fromUtf8(svg.mid(from, to - from))));
}

TEST_F(ChartProvenanceTest, PdfXmpPutsBothInDcSourceAndTheFactsInTheDescription)
{
    const QByteArray pdf = exported(ExportOptions::Format::Pdf, QStringLiteral("growth.pdf"));
    const qsizetype from = pdf.indexOf("<dc:source>");
    const qsizetype to = pdf.indexOf("</dc:source>");
    ASSERT_TRUE(from >= 0 && to > from);
    const QString source = QString::fromUtf8(pdf.mid(from, to - from));
    EXPECT_TRUE(namesBoth(source)) << source.toStdString();
    EXPECT_FALSE(source.contains(QStringLiteral("Software revenue rose"))); // no quotes here
    const qsizetype description = pdf.indexOf("<dc:description>");
    ASSERT_GE(description, 0);
    EXPECT_TRUE(pdf.mid(description, pdf.indexOf("</dc:description>") - description)
                    .contains("Software revenue rose 11.9 percent year-on-year."));
}

TEST_F(ChartProvenanceTest, EachSlideCreditsWhatItShows)
{
    PresentationWindow window(&m_models, QStringLiteral("projector"));
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    window.resize(1024, 768);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    SlideDeck *deck = window.deck();
    int checked = 0;
    for (int i = 0; i < deck->count(); ++i) {
        window.navigator()->goTo(i);
        const QString footer = window.footerText();
        const QString title = deck->slideTitle(i);
        if (title == QStringLiteral("Growth indicators, year-on-year")) {
            EXPECT_TRUE(namesBoth(footer)) << title.toStdString() << ": " << footer.toStdString();
            ++checked;
        } else if (title == QStringLiteral("Headline figures")) {
            // The imported fact is not pinned as a headline, so only the article is shown.
            EXPECT_TRUE(footer.startsWith(QStringLiteral("Source: China Daily")))
                << footer.toStdString();
            EXPECT_FALSE(footer.contains(kSecond)) << footer.toStdString();
            ++checked;
        } else if (title.endsWith(QStringLiteral(", by country")) ||
                   title.startsWith(QStringLiteral("SCO members compared"))) {
            // The country charts show ITU data via OWID, never the article.
            EXPECT_TRUE(footer.contains(QStringLiteral("Our World in Data")))
                << title.toStdString() << ": " << footer.toStdString();
            EXPECT_FALSE(footer.contains(kArticle)) << footer.toStdString();
            ++checked;
        }
    }
    EXPECT_EQ(checked, 4); // headlines, growth, by country, members compared
}

} // namespace
