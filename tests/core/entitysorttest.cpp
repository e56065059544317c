// SPDX-License-Identifier: MIT
// Sorting the observation table by entity follows the names it shows, in the interface
// language's collation, for the built-in and the user store's rows together: in Russian
// Беларусь, Индия, Китай, not Belarus, China, India. Both ways a page is read are covered: the
// walk of every entity's rows (no search) and the few rows of a rare word, read and sorted.
#include "generatedstoretest.h"
#include "i18n/isocountries.h"
#include "i18n/translation.h"
#include "models/observationtablemodel.h"

#include <QCollator>
#include <QTest>

#include <gtest/gtest.h>

namespace {

// One series of every country, 1960-2023.
class EntitySortTest : public GeneratedStoreTest<16'000>
{
protected:
    void SetUp() override
    {
        if (IsoCountries::read().isEmpty())
            GTEST_SKIP() << "iso-codes is not installed: the store has no country names";
        ASSERT_TRUE(Translation::apply(QStringLiteral("ru")));
    }
    void TearDown() override { Translation::apply(QStringLiteral("en")); }

    // Every matching row's shown entity, fetching page after page.
    static QStringList allShownEntities(ObservationTableModel &model)
    {
        while (model.canFetchMore({})) {
            const int before = model.rowCount();
            model.fetchMore({});
            if (!QTest::qWaitFor([&] { return model.rowCount() > before; }, 20'000))
                break;
        }
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.index(row, ObservationTableModel::Entity).data().toString();
        return shown;
    }

    // The first place where SHOWN breaks DIRECTION in Russian collation; -1 when none does.
    static int firstOutOfOrder(const QStringList &shown, Qt::SortOrder direction)
    {
        QCollator collator{QLocale(QLocale::Russian)};
        collator.setNumericMode(true);
        for (int i = 1; i < shown.size(); ++i) {
            const int step = collator.compare(shown.at(i - 1), shown.at(i));
            if (direction == Qt::AscendingOrder ? step > 0 : step < 0)
                return i;
        }
        return -1;
    }
};

TEST_F(EntitySortTest, EveryRowFollowsTheShownNamesInRussian)
{
    ObservationTableModel model;
    model.open(store());
    ASSERT_TRUE(settled(model));
    model.sort(ObservationTableModel::Entity, Qt::AscendingOrder);
    ASSERT_TRUE(settled(model));
    const QStringList shown = allShownEntities(model);
    ASSERT_EQ(shown.size(), model.totalCount()) << "every row, built in and user, once";
    const int broken = firstOutOfOrder(shown, Qt::AscendingOrder);
    EXPECT_EQ(broken, -1) << "row " << broken << ": " << shown.value(broken - 1).toStdString()
                          << " before " << shown.value(broken).toStdString();
    const qsizetype belarus = shown.indexOf(QStringLiteral("Беларусь"));
    const qsizetype india = shown.indexOf(QStringLiteral("Индия"));
    const qsizetype china = shown.indexOf(QStringLiteral("Китай"));
    ASSERT_GE(belarus, 0);
    EXPECT_LT(belarus, india);
    EXPECT_LT(india, china) << "China is Китай, after Индия, not before India";
    EXPECT_EQ(shown.lastIndexOf(QStringLiteral("Китай")) - china + 1,
              shown.count(QStringLiteral("Китай")))
        << "the built-in China rows sort among the user store's";
    EXPECT_GT(shown.count(QStringLiteral("Китай")), 64) << "China is in both";
}

TEST_F(EntitySortTest, TheFewRowsOfARareWordFollowTheShownNamesDescending)
{
    ObservationTableModel model;
    model.open(store());
    ASSERT_TRUE(settled(model));
    model.setSearchText(QStringLiteral("2001"));
    model.sort(ObservationTableModel::Entity, Qt::DescendingOrder);
    ASSERT_TRUE(settled(model));
    const QStringList shown = allShownEntities(model);
    ASSERT_GT(shown.size(), 200);
    ASSERT_EQ(shown.size(), model.matchCount());
    const int broken = firstOutOfOrder(shown, Qt::DescendingOrder);
    EXPECT_EQ(broken, -1) << "row " << broken << ": " << shown.value(broken - 1).toStdString()
                          << " before " << shown.value(broken).toStdString();
    EXPECT_LT(shown.indexOf(QStringLiteral("Китай")), shown.indexOf(QStringLiteral("Индия")));
}

TEST_F(EntitySortTest, LocateFindsARowInTheShownNamesOrder)
{
    ObservationTableModel model;
    model.open(store());
    ASSERT_TRUE(settled(model));
    model.sort(ObservationTableModel::Entity, Qt::AscendingOrder);
    ASSERT_TRUE(settled(model));
    const int row = model.locate(QStringLiteral("generated/1"), QStringLiteral("IND"), 2001);
    ASSERT_GE(row, 0) << model.errorString().toStdString();
    EXPECT_EQ(model.index(row, ObservationTableModel::Entity).data().toString(),
              QStringLiteral("Индия"));
    EXPECT_EQ(model.index(row, ObservationTableModel::Period).data().toString(),
              QStringLiteral("2001"));
}

} // namespace
