// SPDX-License-Identifier: MIT
#include "export/chartexporter.h"
#include "export/exportcontroller.h"
#include "export/exportdialog.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QMimeData>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QList<QPair<QString, QString>> someCharts()
{
    return {{QStringLiteral("growth"), QStringLiteral("Growth")},
            {QStringLiteral("trend"), QStringLiteral("Trend")}};
}

TEST(ExportDialog, PresetsFillTheSizeAndCustomUnlocksIt)
{
    QSettings().remove(QStringLiteral("export"));
    ExportDialog dialog(someCharts(), QStringLiteral("trend"));
    EXPECT_EQ(dialog.chartId(), QStringLiteral("trend"));
    EXPECT_TRUE(dialog.outputPath().endsWith(QStringLiteral("/trend.png")));
    auto combos = dialog.findChildren<QComboBox *>();
    QComboBox *preset = nullptr;
    QComboBox *format = nullptr;
    for (QComboBox *combo : combos) {
        if (combo->findData(QStringLiteral("4k")) >= 0)
            preset = combo;
        if (combo->count() == 3 && combo->itemText(2).contains(QStringLiteral("PDF")))
            format = combo;
    }
    ASSERT_TRUE(preset && format);
    preset->setCurrentIndex(preset->findData(QStringLiteral("4k")));
    EXPECT_EQ(dialog.options().size, QSize(3840, 2160));
    EXPECT_EQ(dialog.options().dpi, 192);
    auto spins = dialog.findChildren<QSpinBox *>();
    for (const QSpinBox *spin : spins)
        EXPECT_FALSE(spin->isEnabled());
    preset->setCurrentIndex(preset->count() - 1); // custom
    for (QSpinBox *spin : spins)
        EXPECT_TRUE(spin->isEnabled());
    spins.first()->setValue(1234);
    EXPECT_EQ(dialog.options().size.width(), 1234);

    QCheckBox *transparent = nullptr;
    for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
        if (box->text().contains(QStringLiteral("Transparent")))
            transparent = box;
    }
    ASSERT_NE(transparent, nullptr);
    transparent->setChecked(true);
    EXPECT_TRUE(dialog.options().transparent);
    format->setCurrentIndex(2);
    EXPECT_FALSE(transparent->isEnabled());
    EXPECT_FALSE(dialog.options().transparent) << "PDF has no transparent background";
    EXPECT_EQ(dialog.options().format, ExportOptions::Format::Pdf);
    EXPECT_TRUE(dialog.outputPath().endsWith(QStringLiteral("/trend.pdf")));
}

TEST(ExportController, CopyPutsTheImageAndTheCitationOnTheClipboard)
{
    MainWindow window;
    window.setDataset(TestSupport::embeddedDataset());
    window.exportController()->copyChart(QStringLiteral("growth"), QStringLiteral("light"));
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    ASSERT_NE(mime, nullptr);
    ASSERT_TRUE(mime->hasImage());
    EXPECT_EQ(qvariant_cast<QImage>(mime->imageData()).size(), QSize(1920, 1080));
    EXPECT_EQ(mime->text(),
              window.exportController()->exporter()->citation(QStringLiteral("growth")));
    EXPECT_TRUE(mime->text().startsWith(
        QStringLiteral("Growth indicators, year-on-year — Source: China Daily")));
    // One item that documents paste as the image with its caption, and image programs as PNG.
    QImage png;
    ASSERT_TRUE(png.loadFromData(mime->data(QStringLiteral("image/png")), "PNG"));
    EXPECT_EQ(png.size(), QSize(1920, 1080));
    ASSERT_TRUE(mime->hasHtml());
    const QString html = mime->html();
    const qsizetype start = html.indexOf(u"base64,") + 7;
    ASSERT_GT(start, 6);
    QImage embedded;
    ASSERT_TRUE(embedded.loadFromData(
        QByteArray::fromBase64(html.mid(start, html.indexOf(u'"', start) - start).toLatin1()),
        "PNG"));
    EXPECT_EQ(embedded, png);
    EXPECT_TRUE(html.contains(QStringLiteral("<figcaption>") + mime->text().toHtmlEscaped() +
                              QStringLiteral("</figcaption>")));
}

} // namespace

namespace {

TEST(ExportDialog, TitleSaysWhetherItExportsOneChartOrAll)
{
    ExportDialog one(someCharts(), QStringLiteral("trend"));
    EXPECT_EQ(one.windowTitle(), QStringLiteral("Export Chart"));
    ExportDialog all(someCharts(), QString());
    EXPECT_EQ(all.windowTitle(), QStringLiteral("Export All Charts"));
}

TEST(ExportController, AsksBeforeReplacingAndNamesTheFiles)
{
    MainWindow window;
    window.setDataset(TestSupport::embeddedDataset());
    ExportController *controller = window.exportController();
    QStringList asked;
    bool answer = false;
    controller->setReplaceQuestion([&](const QString &question) {
        asked << question;
        return answer;
    });
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("new.png"));
    EXPECT_TRUE(controller->mayWrite({fresh}));
    EXPECT_TRUE(asked.isEmpty()) << "a new file needs no question";

    const QStringList targets = controller->exporter()->allPaths({}, dir.path());
    for (const QString &path : targets.mid(0, 2)) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    EXPECT_FALSE(controller->mayWrite(targets));
    ASSERT_EQ(asked.size(), 1);
    EXPECT_TRUE(asked.first().startsWith(QStringLiteral("2 of the files already exist")));
    EXPECT_TRUE(asked.first().contains(targets.at(1)));
    answer = true;
    EXPECT_TRUE(controller->mayWrite(targets));
}

} // namespace
