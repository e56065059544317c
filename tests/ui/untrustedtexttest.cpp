// SPDX-License-Identifier: MIT
// Markup imported as data reaches the window and the exports as text: a tile, a table tooltip,
// an SVG and a PDF's metadata, through the real import and the real store.
#include "export/chartexporter.h"
#include "mainwindow.h"
#include "models/dashboardmodels.h"
#include "testsupport.h"
#include "widgets/headlinestrip.h"
#include "widgets/headlinetile.h"
#include "widgets/plainmessagebox.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QHelpEvent>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>

#include <gtest/gtest.h>

namespace {

const QString kImage = QStringLiteral("<img width=12000 height=12000 src=x>");
const QString kHeading = QStringLiteral("<h1>Imported</h1>");
const QString kScript = QStringLiteral("</title><script>alert(document.domain)</script><title>");

class UntrustedTextTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        // One stated fact whose label, quote and publisher are markup.
        m_dataset = TestSupport::importFacts(
            m_dir.path(), QStringLiteral("m,\"%1\",Digital industry,5.5,%,2025,2025-01-01,"
                                         "2025-12-31,year-on-year,5.5%,\"%2 rose 5.5%\",n,Title,"
                                         "\"%3\",2025-08-29\n")
                              .arg(kImage + kScript, kHeading, kScript)
                              .toUtf8());
        ASSERT_FALSE(m_dataset.facts.isEmpty());
        // Pinned, so the markup reaches a headline tile too.
        QSettings().setValue(QStringLiteral("headlines/pinned"), QStringList{QStringLiteral("m")});
    }
    void TearDown() override { QSettings().clear(); }

    QTemporaryDir m_dir;
    Data::Dataset m_dataset;
};

TEST_F(UntrustedTextTest, TheWindowShowsMarkupAsTextAtItsOwnSize)
{
    MainWindow window;
    window.setDataset(m_dataset);
    window.resize(1280, 720);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_LE(window.width(), 1280);
    EXPECT_LE(window.minimumSizeHint().width(), 1280);

    const HeadlineTile *tile = nullptr;
    for (const HeadlineTile *t : window.headlines()->tiles())
        tile = t->factKey() == u"m" ? t : tile;
    ASSERT_NE(tile, nullptr);
    EXPECT_LT(tile->sizeHint().height(), 400);
    QStringList texts;
    for (const QLabel *label : tile->findChildren<QLabel *>()) {
        EXPECT_EQ(label->textFormat(), Qt::PlainText);
        texts << label->text();
    }
    EXPECT_TRUE(texts.contains(kImage + kScript)) << texts.join(u'|').toStdString();
    EXPECT_TRUE(tile->toolTip().contains(kHeading.toHtmlEscaped()));

    // The fact table's tooltip for the markup row, shown as Qt shows it.
    QTableView *table = nullptr;
    QModelIndex cell;
    for (QTableView *view : window.findChildren<QTableView *>()) {
        const QAbstractItemModel *model = view->model();
        for (int column = 0; view->isVisible() && column < model->columnCount(); ++column) {
            const QModelIndexList found = model->match(model->index(0, column), Qt::DisplayRole,
                                                       kHeading, 1, Qt::MatchContains);
            if (!found.isEmpty()) {
                table = view;
                cell = found.first();
            }
        }
    }
    ASSERT_NE(table, nullptr);
    table->scrollTo(cell);
    const QPoint at = table->visualRect(cell).center();
    QHelpEvent help(QEvent::ToolTip, at, table->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(table->viewport(), &help);
    EXPECT_TRUE(QToolTip::text().contains(kHeading.toHtmlEscaped()))
        << QToolTip::text().toStdString();
    EXPECT_FALSE(QToolTip::text().contains(kHeading));
    QToolTip::hideText();
}

TEST_F(UntrustedTextTest, SvgHasNoScriptAndPdfMetadataIsEscaped)
{
    DashboardModels models;
    models.setDataset(m_dataset);
    ChartExporter exporter(&models);
    ExportOptions options;
    options.size = QSize(1920, 1080);
    options.format = ExportOptions::Format::Svg;
    const QString svgPath = m_dir.filePath(QStringLiteral("growth.svg"));
    ASSERT_TRUE(exporter.exportChart(QStringLiteral("growth"), options, svgPath));
    const QByteArray svg = TestSupport::readAll(svgPath);
    const QStringList elements = TestSupport::xmlElements(svg);
    ASSERT_FALSE(elements.isEmpty()) << "not well-formed XML";
    EXPECT_FALSE(elements.contains(QStringLiteral("script")));
    EXPECT_FALSE(elements.contains(QStringLiteral("img")));
    EXPECT_TRUE(svg.contains(kScript.toHtmlEscaped().toUtf8()));
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty()) {
        ADD_FAILURE() << "xmllint is missing: scripts/setup.sh installs libxml2-utils";
    } else {
        QProcess lint;
        lint.start(xmllint, {QStringLiteral("--noout"), svgPath});
        ASSERT_TRUE(lint.waitForFinished(30000));
        EXPECT_EQ(lint.exitCode(), 0) << lint.readAllStandardError().toStdString();
    }

    options.format = ExportOptions::Format::Pdf;
    const QString pdfPath = m_dir.filePath(QStringLiteral("growth.pdf"));
    ASSERT_TRUE(exporter.exportChart(QStringLiteral("growth"), options, pdfPath));
    const QByteArray pdf = TestSupport::readAll(pdfPath);
    const qsizetype start = pdf.indexOf("<x:xmpmeta");
    const qsizetype end = pdf.indexOf("</x:xmpmeta>");
    ASSERT_TRUE(start >= 0 && end > start) << "no XMP packet";
    const QByteArray xmp = pdf.mid(start, end - start);
    EXPECT_TRUE(xmp.contains(kScript.toHtmlEscaped().toUtf8())) << xmp.toStdString();
    EXPECT_FALSE(xmp.contains("<script>"));
}

// Dialogs name keys and values from data: shown as text, the default answer No.
TEST(PlainMessageBoxTest, QuestionShowsMarkupAsText)
{
    Qt::TextFormat format = Qt::AutoText;
    QString shown;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        format = box->textFormat();
        shown = box->text();
        box->defaultButton()->click();
    });
    EXPECT_FALSE(PlainMessageBox::question(nullptr, QStringLiteral("Remove Source"), kImage));
    EXPECT_EQ(format, Qt::PlainText);
    EXPECT_EQ(shown, kImage);
}

} // namespace
