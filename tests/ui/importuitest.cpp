// SPDX-License-Identifier: MIT
// The window's import flow: preview before writing, problems named, progress to the end,
// sources listed and removed, and the window showing what was imported.
#include "import/importcontroller.h"
#include "import/importdialog.h"
#include "import/sourcesdialog.h"
#include "mainwindow.h"
#include "models/countryselection.h"
#include "models/dashboardmodels.h"
#include "models/observationtablemodel.h"
#include "models/seriesmodel.h"
#include "models/sourcelistmodel.h"
#include "store/repository.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <gtest/gtest.h>

namespace {

class ImportUiTest : public ::testing::Test
{
protected:
    QString store() const { return m_dir.filePath(QStringLiteral("user.sqlite")); }
    QString write(const char *name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }
    QByteArray storeBytes() const { return TestSupport::readAll(store()); }

    QTemporaryDir m_dir;
};

const QByteArray kUsers = "Entity,Code,Year,Mobile subscriptions (per 100 people)\n"
                          "China,CHN,2021,121.5\nChina,CHN,2022,124.8\nFrance,FRA,2022,115\n";

TEST_F(ImportUiTest, PreviewWritesNothingThenImportWrites)
{
    ImportDialog dialog(store(), write("mobile.csv", kUsers));
    QTRY_VERIFY(dialog.summaryText().startsWith(QStringLiteral("<b>Preview</b>")));
    EXPECT_EQ(dialog.summaryText(),
              QStringLiteral("<b>Preview</b> (nothing written yet): 2 added, 0 updated, "
                             "0 unchanged, 1 skipped (1 not SCO members)<br>Read as Our World "
                             "in Data CSV, into the source owid:mobile."));
    EXPECT_TRUE(dialog.importButton()->isEnabled());
    // The first rows it would write, as the file gives them (France is not an SCO member).
    const QTableWidget *rows = dialog.firstRowsTable();
    ASSERT_EQ(rows->rowCount(), 2);
    EXPECT_FALSE(rows->isHidden());
    const QStringList expected{QStringLiteral("Mobile subscriptions (per 100 people)"),
                               QStringLiteral("China"),
                               QStringLiteral("2021"),
                               QStringLiteral("121.5"),
                               QStringLiteral("per 100 people"),
                               QStringLiteral("added")};
    for (int column = 0; column < expected.size(); ++column)
        EXPECT_EQ(rows->item(0, column)->text(), expected.at(column)) << column;
    EXPECT_EQ(rows->item(1, 3)->text(), QStringLiteral("124.8"));
    Repository check;
    ASSERT_TRUE(check.open(store(), Repository::UserStore::OpenIfPresent));
    EXPECT_TRUE(check.loadUserStore()->series.isEmpty()) << "a preview writes no rows";

    int imported = 0;
    QObject::connect(&dialog, &ImportDialog::imported, [&imported] { ++imported; });
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QTRY_COMPARE(imported, 1);
    EXPECT_TRUE(dialog.summaryText().startsWith(QStringLiteral("<b>Imported</b>: 2 added")));
    Repository after;
    ASSERT_TRUE(after.open(store(), Repository::UserStore::OpenIfPresent));
    ASSERT_EQ(after.loadUserStore()->series.size(), 1);
    EXPECT_EQ(after.loadUserStore()->series.first().observations.size(), 2);
}

// The preview shows the name and unit the file gives its series, and takes the analyst's own.
TEST_F(ImportUiTest, ThePreviewNamesTheSeriesAndTakesANameAndUnit)
{
    ImportDialog dialog(store(), write("short.csv", "Entity,Code,Year,mobile_subs_per_100_people\n"
                                                    "China,CHN,2022,124.8\n"));
    QTRY_VERIFY(dialog.summaryText().startsWith(QStringLiteral("<b>Preview</b>")));
    QLineEdit *label = dialog.seriesLabelField();
    QLineEdit *unit = dialog.seriesUnitField();
    ASSERT_TRUE(label->isEnabled());
    EXPECT_EQ(label->placeholderText(), QStringLiteral("Mobile subs per 100 people"));
    EXPECT_EQ(unit->placeholderText(), QStringLiteral("per 100 people"));
    label->setText(QStringLiteral("Mobile cellular subscriptions"));
    unit->setText(QStringLiteral("subscriptions per 100 people"));
    int imported = 0;
    QObject::connect(&dialog, &ImportDialog::imported, [&imported] { ++imported; });
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QTRY_COMPARE(imported, 1);
    Repository after;
    ASSERT_TRUE(after.open(store(), Repository::UserStore::OpenIfPresent));
    const auto data = after.loadUserStore();
    ASSERT_TRUE(data && data->series.size() == 1);
    EXPECT_EQ(data->series.first().label, QStringLiteral("Mobile cellular subscriptions"));
    EXPECT_EQ(data->series.first().unit, QStringLiteral("subscriptions per 100 people"));

    // A facts CSV names each figure itself: the fields stay off.
    ImportDialog facts(store(),
                       write("facts.csv", TestSupport::factsCsvHeader() +
                                              "x,Software revenue growth,Software,11.9,%,"
                                              "H1 2025,2025-01-01,2025-06-30,year-on-"
                                              "year,11.9 percent,\"It rose 11.9 "
                                              "percent.\",s,Title,Publisher,2025-07-20\n"));
    QTRY_VERIFY(facts.summaryText().startsWith(QStringLiteral("<b>Preview</b>")));
    EXPECT_FALSE(facts.seriesLabelField()->isEnabled());
    EXPECT_EQ(facts.seriesLabelField()->placeholderText(),
              QStringLiteral("the file's own columns name its figures"));
}

// Importing a file again is a choice the preview offers, never a silent overwrite.
TEST_F(ImportUiTest, ASourceAlreadyInTheStoreIsUpdatedOnlyWhenChosen)
{
    {
        ImportDialog first(store(), write("mobile.csv", kUsers));
        QTRY_VERIFY(first.importButton()->isEnabled());
        QTest::mouseClick(first.importButton(), Qt::LeftButton);
        QTRY_VERIFY(first.summaryText().startsWith(QStringLiteral("<b>Imported</b>")));
    }
    // A newer version of the file: one value revised.
    ImportDialog again(store(), write("mobile.csv", QByteArray(kUsers).replace("124.8", "125.1")));
    QTRY_VERIFY(again.summaryText().contains(QStringLiteral("cannot be imported")));
    EXPECT_TRUE(again.problemsText().startsWith(
        QStringLiteral("line 1: your store already has the source 'owid:mobile'")))
        << again.problemsText().toStdString();
    EXPECT_FALSE(again.importButton()->isEnabled());
    again.updateSourceBox()->setChecked(true);
    QTRY_VERIFY(again.summaryText().startsWith(QStringLiteral("<b>Preview</b>")));
    EXPECT_TRUE(again.summaryText().contains(QStringLiteral("0 added, 1 updated, 1 unchanged")))
        << again.summaryText().toStdString();
    EXPECT_TRUE(again.importButton()->isEnabled());
}

TEST_F(ImportUiTest, BadFileShowsEveryProblemAndCannotBeImported)
{
    {
        ImportDialog first(store(), write("good.csv", kUsers));
        QTRY_VERIFY(first.importButton()->isEnabled());
        first.importButton()->click();
        QTRY_VERIFY(first.summaryText().startsWith(QStringLiteral("<b>Imported</b>")));
    }
    const QByteArray before = QCryptographicHash::hash(storeBytes(), QCryptographicHash::Sha256);
    ImportDialog dialog(store(), write("bad.csv", "Entity,Code,Year,Users (%)\nChina,CHN,2020,n/a\n"
                                                  "India,IND,20x0,4\n"));
    QTRY_VERIFY(dialog.summaryText().contains(QStringLiteral("cannot be imported")));
    EXPECT_EQ(dialog.problemsText(), QStringLiteral("line 2, column 4: 'n/a' is not a number\n"
                                                    "line 3, column 3: '20x0' is not a year"));
    EXPECT_FALSE(dialog.importButton()->isEnabled());
    EXPECT_EQ(QCryptographicHash::hash(storeBytes(), QCryptographicHash::Sha256), before);
}

TEST_F(ImportUiTest, WindowShowsImportedSeriesAfterReload)
{
    MainWindow window;
    window.setUserStorePath(store());
    window.reloadStore();
    ObservationTableModel *observations = window.models()->observations();
    ASSERT_TRUE(QTest::qWaitFor([&] { return observations->totalCount() >= 0; }));
    const qint64 before = observations->totalCount();
    {
        ImportDialog dialog(store(), write("mobile.csv", kUsers));
        QObject::connect(&dialog, &ImportDialog::imported, &window, &MainWindow::reloadStore);
        QTRY_VERIFY(dialog.importButton()->isEnabled());
        dialog.importButton()->click();
        QTRY_VERIFY(dialog.summaryText().startsWith(QStringLiteral("<b>Imported</b>")));
    }
    // The imported rows are in the observation table, read from the store.
    EXPECT_TRUE(QTest::qWaitFor([&] { return observations->totalCount() == before + 2; }))
        << observations->totalCount() << " rows, " << before << " before";
    EXPECT_EQ(window.models()->countries()->indicators().size(), 2);
    // The country charts read the new series' rows on demand.
    const QString imported = window.models()->countries()->indicators().last();
    window.models()->countries()->setIndicator(imported);
    const Data::Series *series = window.models()->countries()->indicatorSeries();
    ASSERT_NE(series, nullptr);
    EXPECT_TRUE(series->onDemand);
    EXPECT_EQ(series->observations.size(), 2);
}

TEST_F(ImportUiTest, DroppingACsvOpensItsPreview)
{
    MainWindow window;
    window.setUserStorePath(store());
    const QString file = write("mobile.csv", kUsers);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    auto *dialog = window.findChild<ImportDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->windowTitle().contains(QStringLiteral("mobile.csv")));
    QTRY_VERIFY(dialog->summaryText().startsWith(QStringLiteral("<b>Preview</b>")));
    dialog->close();
}

TEST_F(ImportUiTest, SourcesDialogRemovesImportedNotBuiltIn)
{
    {
        ImportDialog dialog(store(), write("mobile.csv", kUsers));
        QTRY_VERIFY(dialog.importButton()->isEnabled());
        dialog.importButton()->click();
        QTRY_VERIFY(dialog.summaryText().startsWith(QStringLiteral("<b>Imported</b>")));
    }
    SourcesDialog dialog(store());
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(dialog.model()->rowCount(), 4); // article, member list, ITU series, the import
    EXPECT_EQ(dialog.model()->index(3, SourceListModel::Id).data().toString(),
              QStringLiteral("owid:mobile"));
    EXPECT_EQ(dialog.model()->index(3, SourceListModel::Rows).data().toString(),
              QStringLiteral("2")); // France is no SCO member
    dialog.view()->selectRow(0);
    EXPECT_FALSE(dialog.removeButton()->isEnabled());
    EXPECT_FALSE(dialog.removeRow(0));
    dialog.view()->selectRow(3);
    EXPECT_TRUE(dialog.removeButton()->isEnabled());
    EXPECT_TRUE(dialog.removeRow(3));
    EXPECT_EQ(dialog.model()->rowCount(), 3);
}

} // namespace
