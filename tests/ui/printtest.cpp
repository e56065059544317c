// SPDX-License-Identifier: MIT
// Print Chart and Print All Charts: one chart to a page, drawn by the exporter's painter with
// its source line, previewed before anything reaches a printer.
#include "export/chartexporter.h"
#include "export/chartprinter.h"
#include "export/exportcontroller.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

int pdfPages(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page\\b"));
    return int(QString::fromLatin1(pdf).count(page));
}

TEST(ChartPrinterTest, PrintsOneChartToAPage)
{
    MainWindow window;
    window.setDataset(TestSupport::embeddedDataset());
    ChartExporter *exporter = window.exportController()->exporter();
    const QStringList ids = exporter->chartIds();
    ASSERT_EQ(ids.size(), 6);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        ExportOptions options;
        options.theme = QStringLiteral("light");
        ASSERT_TRUE(ChartPrinter(exporter).print(&pdf, ids, options));
    }
    EXPECT_EQ(pdfPages(buffer.data()), 6);
    // Read back: each page's source line whole, in the size it has on screen.
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed: the text is not read back";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("charts.pdf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(buffer.data());
    file.close();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QStringList pages = QString::fromUtf8(text.readAllStandardOutput()).split(u'\f');
    EXPECT_TRUE(pages.at(0).contains(QStringLiteral("Growth indicators, year-on-year")))
        << pages.at(0).toStdString();
    // One line (pdftotext writes "ff" as its ligature).
    EXPECT_TRUE(pages.at(0).contains(QStringLiteral(
        "Source: China Daily (Chinadaily.com.cn), 29 Aug 2025 · Digital tech boom o")))
        << pages.at(0).toStdString();
    EXPECT_TRUE(pages.at(4).contains(QStringLiteral("processed by Our World in Data")))
        << pages.at(4).toStdString();

    QBuffer unknown;
    unknown.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&unknown);
    EXPECT_FALSE(ChartPrinter(exporter).print(&pdf, {QStringLiteral("pie")}, {}));
}

TEST(ChartPrinterTest, ThePreviewShowsAPagePerChart)
{
    MainWindow window;
    window.setDataset(TestSupport::embeddedDataset());
    ExportController *controller = window.exportController();
    for (const QStringList &ids :
         {QStringList{QStringLiteral("countries")}, controller->exporter()->chartIds()}) {
        QPrinter printer(QPrinter::HighResolution);
        const std::unique_ptr<QPrintPreviewDialog> preview =
            controller->printPreview(ids, &printer);
        EXPECT_EQ(printer.pageLayout().orientation(), QPageLayout::Landscape);
        auto *pages = preview->findChild<QPrintPreviewWidget *>();
        ASSERT_NE(pages, nullptr);
        pages->updatePreview();
        EXPECT_EQ(pages->pageCount(), ids.size());
    }
}

} // namespace
