// SPDX-License-Identifier: MIT
// The headline strip shows the dataset's headlines and the analyst's pins, and never outgrows
// the window: 307 imported facts, all pinned, leave a 1366×768 window at its size.
#include "widgets/headlinestrip.h"
#include "mainwindow.h"
#include "models/dashboardmodels.h"
#include "models/facttablemodel.h"
#include "models/headlinepins.h"
#include "testsupport.h"
#include "widgets/datatabs.h"
#include "widgets/facttablepanel.h"
#include "widgets/headlinetile.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

namespace {

constexpr int kImported = 307;
constexpr int kArticleHeadlines = 5; // the article's stated figures, less the pp change

class HeadlineStripTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        QByteArray rows;
        for (int i = 0; i < kImported; ++i)
            // The last label holds an "&", which a menu must show, not take as a mnemonic.
            rows += QStringLiteral("f%1,%2ndicator number %1 of the test file,Test,%1.5,%,2025,"
                                   "2025-01-01,2025-12-31,year-on-year,%1.5 percent,\"Indicator "
                                   "%1 rose %1.5 percent.\",t,Test file,Test publisher,"
                                   "2025-08-29\n")
                        .arg(QString::number(i), i == kImported - 1 ? u"R&D i"_qs : u"I"_qs)
                        .toUtf8();
        m_dataset = TestSupport::importFacts(m_dir.path(), rows);
        ASSERT_FALSE(m_dataset.facts.isEmpty());
    }
    void TearDown() override { QSettings().clear(); }

    std::unique_ptr<MainWindow> show(QSize size)
    {
        auto window = std::make_unique<MainWindow>();
        window->setDataset(m_dataset);
        window->resize(size);
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        QCoreApplication::processEvents();
        return window;
    }

    QTemporaryDir m_dir;
    Data::Dataset m_dataset;
};

TEST_F(HeadlineStripTest, ImportedFactsAreNotHeadlinesUntilPinned)
{
    HeadlinePins pins;
    int flagged = 0, imported = 0;
    for (const Data::Fact &fact : m_dataset.facts)
        (fact.source.builtIn ? flagged : imported) += pins.isHeadline(fact);
    EXPECT_EQ(imported, 0);
    EXPECT_GE(flagged, kArticleHeadlines);

    const Data::Fact *mine = m_dataset.factByKey(QStringLiteral("f7"));
    const Data::Fact *article =
        m_dataset.factByKey(QStringLiteral("manufacturing_share_of_gdp_2025_h1"));
    ASSERT_NE(mine, nullptr);
    ASSERT_NE(article, nullptr) << "the article's manufacturing share of GDP";
    pins.setHeadline(*mine, true);
    pins.setHeadline(*article, false);
    // Kept in the settings: a new instance, as at the next start, reads the same.
    const HeadlinePins next;
    EXPECT_TRUE(next.isHeadline(*mine));
    EXPECT_FALSE(next.isHeadline(*article));
    EXPECT_FALSE(next.isHeadline(*m_dataset.factByKey(QStringLiteral("f8"))));
}

TEST_F(HeadlineStripTest, ThreeHundredPinnedFactsStayWithinASmallScreen)
{
    {
        HeadlinePins pins;
        for (const Data::Fact &fact : m_dataset.facts)
            pins.setHeadline(fact, true);
    }
    for (const QSize screen : {QSize(1366, 768), QSize(1024, 768)}) {
        auto window = show(screen);
        HeadlineStrip *strip = window->headlines();
        ASSERT_EQ(strip->tiles().size(), kImported + kArticleHeadlines);
        EXPECT_LE(window->width(), screen.width());
        EXPECT_LE(window->minimumSizeHint().width(), screen.width());
        EXPECT_LE(window->height(), screen.height());
        const QList<HeadlineTile *> shown = strip->visibleTiles();
        ASSERT_GE(shown.size(), 3) << screen.width();
        EXPECT_LT(shown.size(), 12) << screen.width();
        // The article's figures come first, and every shown tile lies inside the strip.
        EXPECT_TRUE(shown.first()->valueText().startsWith(u'+'));
        for (const HeadlineTile *tile : shown)
            EXPECT_LE(tile->geometry().right(), strip->width()) << tile->factKey().toStdString();
        QToolButton *more = strip->moreButton();
        ASSERT_TRUE(more->isVisible());
        const int hidden = int(strip->tiles().size() - shown.size());
        EXPECT_EQ(more->text(), QStringLiteral("+%1 more").arg(hidden));
        EXPECT_LE(more->geometry().right(), strip->width());
        emit more->menu()->aboutToShow(); // as opening it does
        ASSERT_EQ(more->menu()->actions().size(), hidden);
        // Choosing a hidden headline selects its fact, as clicking its tile would.
        QAction *last = more->menu()->actions().last();
        EXPECT_TRUE(last->text().contains(QStringLiteral("R&&D indicator number 306")))
            << last->text().toStdString();
        last->trigger();
        EXPECT_EQ(window->factTable()->currentFactKey(), QStringLiteral("f306"));
    }
}

TEST_F(HeadlineStripTest, TheFactTableMenuPinsAndTheTileMenuUnpins)
{
    auto window = show(QSize(1366, 768));
    HeadlineStrip *strip = window->headlines();
    ASSERT_EQ(strip->tiles().size(), kArticleHeadlines); // nothing imported is a headline yet
    EXPECT_FALSE(strip->moreButton()->isVisible());
    FactTablePanel *table = window->factTable();
    table->selectFact(QStringLiteral("f42"));
    QAction *pin = table->headlineAction();
    ASSERT_TRUE(pin->isEnabled());
    EXPECT_FALSE(pin->isChecked());
    pin->trigger();
    ASSERT_EQ(strip->tiles().size(), kArticleHeadlines + 1);
    HeadlineTile *tile = strip->tiles().last();
    EXPECT_EQ(tile->factKey(), QStringLiteral("f42"));
    EXPECT_TRUE(pin->isChecked());
    ASSERT_EQ(tile->actions().size(), 1);
    tile->actions().first()->trigger(); // Remove from Headlines
    QCoreApplication::processEvents();
    EXPECT_EQ(strip->tiles().size(), kArticleHeadlines);
    EXPECT_FALSE(pin->isChecked());
}

} // namespace
