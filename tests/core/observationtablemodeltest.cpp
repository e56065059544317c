// SPDX-License-Identifier: MIT
// The query-backed observation table at 100,000 rows: it passes QAbstractItemModelTester
// through open, search, sort, fetch and locate; it holds only what was fetched; stale
// answers never show.
#include "models/observationtablemodel.h"
#include "generatedstoretest.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace {

using ObservationTableModelTest = GeneratedStoreTest<100'000>;

TEST_F(ObservationTableModelTest, PassesTheModelTesterAtOneHundredThousandRows)
{
    ObservationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.open(store());
    ASSERT_TRUE(settled(model));
    const qint64 builtIn = model.totalCount() - kRows;
    EXPECT_GT(builtIn, 0) << "the built-in series come too";
    EXPECT_EQ(model.matchCount(), model.totalCount());
    // The built-in rows come first, then the first screen of the user store's.
    EXPECT_LE(model.rowCount(), builtIn + 200 + 2 * ObservationTableModel::kPage)
        << "a screen or so, not every row";

    // Scrolling fetches a page at a time.
    const int before = model.rowCount();
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return model.rowCount() == before + ObservationTableModel::kPage; }));

    // A search, then sorting its rows by value, largest first.
    model.setSearchText(QStringLiteral("internet 2020"));
    ASSERT_TRUE(settled(model));
    EXPECT_GT(model.matchCount(), 100);
    model.sort(ObservationTableModel::Value, Qt::DescendingOrder);
    ASSERT_TRUE(settled(model));
    ASSERT_GE(model.rowCount(), 2);
    for (int row = 1; row < model.rowCount(); ++row) {
        EXPECT_GE(model.index(row - 1, 0).data(ObservationTableModel::NumericValueRole).toDouble(),
                  model.index(row, 0).data(ObservationTableModel::NumericValueRole).toDouble());
    }
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.index(row, ObservationTableModel::Period).data().toString(),
                  QStringLiteral("2020"));
}

TEST_F(ObservationTableModelTest, TypingFastShowsOnlyTheLastSearch)
{
    ObservationTableModel model;
    model.open(store());
    ASSERT_TRUE(settled(model));
    QSignalSpy finished(&model, &ObservationTableModel::searchFinished);
    for (const char *typed : {"1", "19", "199", "1999", "1999 a", "1999 af"})
        model.setSearchText(QString::fromLatin1(typed));
    ASSERT_TRUE(settled(model));
    EXPECT_EQ(finished.size(), 1) << "answers to the older searches are dropped";
    ASSERT_GT(model.rowCount(), 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString shown = model.index(row, ObservationTableModel::Period).data().toString() +
                              u' ' +
                              model.index(row, ObservationTableModel::Value).data().toString();
        EXPECT_TRUE(shown.contains(QStringLiteral("1999"))) << shown.toStdString();
    }
}

TEST_F(ObservationTableModelTest, LocateFetchesDownToARowFarBelow)
{
    ObservationTableModel model;
    model.open(store());
    ASSERT_TRUE(settled(model));
    // Series 2 is the Chinese-labelled one; its rows start 16,384 rows down.
    const int row = model.locate(QStringLiteral("generated/2"), QStringLiteral("CHN"), 2001);
    ASSERT_GE(row, 16'384);
    EXPECT_EQ(model.index(row, 0).data(ObservationTableModel::SeriesKeyRole).toString(),
              QStringLiteral("generated/2"));
    EXPECT_EQ(model.index(row, 0).data(ObservationTableModel::EntityCodeRole).toString(),
              QStringLiteral("CHN"));
    EXPECT_EQ(model.index(row, ObservationTableModel::Period).data().toString(),
              QStringLiteral("2001"));
    EXPECT_LT(model.rowCount(), row + 1000) << "fetched down to the row, not every row";
}

} // namespace
