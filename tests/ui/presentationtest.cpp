// SPDX-License-Identifier: MIT
#include "charts/chartset.h"
#include "charts/cooperationchart.h"
#include "charts/dashboardchart.h"
#include "charts/growthbarchart.h"
#include "mainwindow.h"
#include "models/dashboardmodels.h"
#include "presentation/presentationcontroller.h"
#include "presentation/presentationwindow.h"
#include "presentation/slidedeck.h"
#include "testsupport.h"
#include "widgets/facttablepanel.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <cmath>

namespace {

class PresentationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        m_models.setDataset(TestSupport::embeddedDataset());
    }

    std::unique_ptr<PresentationWindow> show(QSize size,
                                             const QString &theme = QStringLiteral("projector"))
    {
        auto window = std::make_unique<PresentationWindow>(&m_models, theme);
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        window->resize(size);
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        return window;
    }

    static qreal pixels(const QFont &font)
    {
        return font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 96.0 / 72.0;
    }

    DashboardModels m_models;
};

TEST_F(PresentationTest, SlidesAreTitleHeadlinesChartsAndSources)
{
    auto window = show(QSize(1280, 720));
    SlideDeck *deck = window->deck();
    ASSERT_EQ(deck->count(), 9); // title, headlines, six charts, sources
    EXPECT_EQ(deck->slideTitle(0), QStringLiteral("SCO Digital Cooperation Dashboard"));
    EXPECT_EQ(deck->slideTitle(1), QStringLiteral("Headline figures"));
    EXPECT_EQ(deck->slideTitle(2), QStringLiteral("Growth indicators, year-on-year"));
    EXPECT_EQ(deck->slideTitle(8), QStringLiteral("Sources"));
    EXPECT_TRUE(window->footerText().startsWith(QStringLiteral("Source: China Daily")));
    EXPECT_TRUE(window->footerText().endsWith(QStringLiteral("1 / 9")));
}

TEST_F(PresentationTest, SourcesSlideCreditsTheContextSeries)
{
    auto window = show(QSize(1280, 720));
    QStringList texts;
    for (const QLabel *label : window->deck()->labels())
        texts << label->text();
    const QString all = texts.join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("International Telecommunication Union (via World "
                                            "Bank), processed by Our World in Data")));
    EXPECT_TRUE(all.contains(QStringLiteral("Licence: CC BY 4.0")));
    EXPECT_TRUE(all.contains(QStringLiteral("China Daily (Chinadaily.com.cn), Yan Dongjie")));
}

TEST_F(PresentationTest, SlideTitlesNeverBreakInsideAWord)
{
    auto window = show(QSize(1024, 768));
    bool found = false;
    for (const QLabel *label : window->deck()->labels()) {
        if (!label->text().contains(QStringLiteral("year"))) // "year-on-year" titles
            continue;
        if (label->text().startsWith(QStringLiteral("Growth indicators"))) {
            found = true;
            EXPECT_EQ(label->text(), QStringLiteral("Growth indicators, year\u2011on\u2011year"));
        }
    }
    EXPECT_TRUE(found);
}

TEST_F(PresentationTest, ClickerKeysMoveJumpAndBlank)
{
    auto window = show(QSize(1280, 720));
    for (Qt::Key key :
         {Qt::Key_Right, Qt::Key_Down, Qt::Key_PageDown, Qt::Key_Space, Qt::Key_Return})
        QTest::keyClick(window.get(), key);
    EXPECT_EQ(window->deck()->currentIndex(), 5);
    for (Qt::Key key : {Qt::Key_Left, Qt::Key_Up, Qt::Key_PageUp, Qt::Key_Backspace})
        QTest::keyClick(window.get(), key);
    EXPECT_EQ(window->deck()->currentIndex(), 1);
    QTest::keyClick(window.get(), Qt::Key_End);
    EXPECT_TRUE(window->footerText().endsWith(QStringLiteral("9 / 9")));
    QTest::keyClick(window.get(), Qt::Key_Right);
    EXPECT_EQ(window->deck()->currentIndex(), 0) << "wraps";
    QTest::keyClicks(window.get(), QStringLiteral("3"));
    QTest::keyClick(window.get(), Qt::Key_Enter);
    EXPECT_EQ(window->deck()->currentIndex(), 2);
    QTest::keyClick(window.get(), Qt::Key_B);
    EXPECT_TRUE(window->isShowingBlackout());
    QTest::keyClick(window.get(), Qt::Key_B);
    EXPECT_FALSE(window->isShowingBlackout());
    QTest::keyClick(window.get(), Qt::Key_W);
    EXPECT_TRUE(window->isShowingBlackout());
    QTest::keyClick(window.get(), Qt::Key_Home);
    EXPECT_FALSE(window->isShowingBlackout());
    EXPECT_EQ(window->deck()->currentIndex(), 0);
    QTest::keyClick(window.get(), Qt::Key_P);
    EXPECT_TRUE(window->navigator()->isPaused());
}

TEST_F(PresentationTest, EscapeAndF5EndTheShow)
{
    for (Qt::Key key : {Qt::Key_Escape, Qt::Key_F5}) {
        auto window = show(QSize(800, 600));
        QSignalSpy finished(window.get(), &PresentationWindow::finished);
        QTest::keyClick(window.get(), key);
        EXPECT_EQ(finished.count(), 1);
        EXPECT_FALSE(window->isVisible());
    }
}

TEST_F(PresentationTest, LeavingReturnsToExactlyWhereTheUserWas)
{
    MainWindow main;
    main.setDataset(TestSupport::embeddedDataset());
    main.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&main));
    main.chartTabs()->setCurrentIndex(2);
    main.factTable()->setSearchTextNow(QStringLiteral("manufacturing"));
    main.selectFact(QStringLiteral("manufacturing_investment_growth_2025_h1"));
    QApplication::setActiveWindow(&main);
    main.factTable()->searchField()->setFocus();
    ASSERT_EQ(QApplication::focusWidget(), main.factTable()->searchField());

    main.presentationController()->start();
    PresentationWindow *window = main.presentationController()->presentation();
    ASSERT_NE(window, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
    QTest::keyClick(window, Qt::Key_Right);
    QTest::keyClick(window, Qt::Key_Escape);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return !main.presentationController()->presentation(); }, 2000))
        << "the show deletes itself";
    EXPECT_EQ(main.chartTabs()->currentIndex(), 2);
    EXPECT_EQ(main.factTable()->searchField()->text(), QStringLiteral("manufacturing"));
    EXPECT_EQ(main.factTable()->currentFactKey(),
              QStringLiteral("manufacturing_investment_growth_2025_h1"));
    EXPECT_EQ(QApplication::focusWidget(), main.factTable()->searchField());
}

TEST_F(PresentationTest, AutoAdvanceFollowsTheIntervalOnATestClock)
{
    auto window = show(QSize(800, 600));
    window->setInterval(10);
    window->navigator()->elapse(9999);
    EXPECT_EQ(window->deck()->currentIndex(), 0);
    window->navigator()->elapse(1);
    EXPECT_EQ(window->deck()->currentIndex(), 1);
    window->navigator()->elapse(80000); // 8 more slides: past the ninth and round to the first
    EXPECT_EQ(window->deck()->currentIndex(), 0) << "looped after the last slide";
    EXPECT_TRUE(window->isVisible()) << "the show survives every loop";
}

TEST_F(PresentationTest, PointerHidesAfterTwoSecondsAndReturnsOnMovement)
{
    auto window = show(QSize(800, 600));
    EXPECT_EQ(PresentationWindow::kPointerHideMs, 2000);
    window->setPointerHideDelay(20);
    QTest::mouseMove(window.get(), QPoint(100, 100));
    EXPECT_TRUE(QTest::qWaitFor([&] { return window->isPointerHidden(); }, 2000));
    QTest::mouseMove(window.get(), QPoint(200, 150));
    EXPECT_FALSE(window->isPointerHidden());
}

TEST_F(PresentationTest, ProjectorThemeTextReachesSevenToOne)
{
    const ChartTheme projector = ChartTheme::projector();
    EXPECT_NEAR(ChartTheme::contrastRatio(Qt::black, Qt::white), 21.0, 0.01);
    EXPECT_NEAR(ChartTheme::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white), 4.48, 0.01);
    for (const auto &[text, background] : projector.textPairs())
        EXPECT_GE(ChartTheme::contrastRatio(text, background), 7.0) << text.name().toStdString();
    ChartSet charts(&m_models);
    charts.applyTheme(projector);
    auto *coop = qobject_cast<CooperationChart *>(charts.chartById(QStringLiteral("cooperation")));
    ASSERT_FALSE(coop->segmentLabelColours().isEmpty());
    for (const auto &[text, background] : coop->segmentLabelColours())
        EXPECT_GE(ChartTheme::contrastRatio(text, background), 7.0)
            << text.name().toStdString() << " on " << background.name().toStdString();
    for (const QString &name : ChartTheme::names()) {
        const ChartTheme theme = ChartTheme::byName(name);
        EXPECT_GE(ChartTheme::contrastRatio(theme.text, theme.background), 7.0)
            << name.toStdString();
    }
}

TEST_F(PresentationTest, FontSizesMeetTheMinimumAt1080And768)
{
    for (const QSize size : {QSize(1920, 1080), QSize(1024, 768)}) {
        SCOPED_TRACE(size.height());
        const int minBody = int(std::ceil(28.0 * size.height() / 1080));
        const int minTitle = int(std::ceil(48.0 * size.height() / 1080));
        auto window = show(size);
        EXPECT_EQ(window->style().bodyPx, minBody);
        EXPECT_EQ(window->style().titlePx, minTitle);
        if (size.height() == 1080) {
            EXPECT_GE(window->style().bodyPx, 28);
            EXPECT_GE(window->style().titlePx, 48);
        }
        for (const QLabel *label : window->deck()->labels()) {
            EXPECT_GE(label->font().pixelSize(), minBody) << label->text().toStdString();
            if (window->deck()->pixelSizeFor(label) == window->style().titlePx) {
                EXPECT_GE(label->font().pixelSize(), minTitle);
            }
        }
        for (const QLabel *label : window->findChildren<QLabel *>())
            EXPECT_GE(label->font().pixelSize(), minBody) << label->text().toStdString();
        const ChartTheme &theme = window->style().chartTheme;
        EXPECT_GE(9.0 * theme.fontScale * 96.0 / 72.0, minBody - 0.5)
            << "the smallest chart text is body-sized";
    }
}

TEST_F(PresentationTest, ProjectorBarsAreThreeTimesAsThickWithLabelsAndNoGrid)
{
    ChartSet onScreen(&m_models);
    QChartView screenView(onScreen.chartById(QStringLiteral("growth"))->chart());
    screenView.resize(980, 330); // the chart's size in a 1280×720 window
    screenView.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&screenView));

    auto window = show(QSize(1920, 1080));
    QTest::keyClick(window.get(), Qt::Key_3);
    QTest::keyClick(window.get(), Qt::Key_Enter);
    QTest::qWait(50);
    const auto barThickness = [](QChart *chart) {
        auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().first());
        return chart->plotArea().height() / series->barSets().first()->count() * series->barWidth();
    };
    QChart *slideChart = nullptr;
    for (QChartView *view : window->findChildren<QChartView *>()) {
        if (view->chart()->series().size() == 1 &&
            qobject_cast<QAbstractBarSeries *>(view->chart()->series().first()) &&
            view->isVisible())
            slideChart = view->chart();
    }
    ASSERT_NE(slideChart, nullptr);
    const qreal ratio = barThickness(slideChart) / barThickness(screenView.chart());
    EXPECT_GE(ratio, 3.0) << barThickness(slideChart) << " px on the slide, "
                          << barThickness(screenView.chart()) << " px on screen";
    EXPECT_TRUE(
        qobject_cast<QAbstractBarSeries *>(slideChart->series().first())->isLabelsVisible());
    for (QAbstractAxis *axis : slideChart->axes())
        EXPECT_FALSE(axis->isGridLineVisible());

    // Lines as a slide draws them: the theme's thick lines where the chart has room.
    ChartSet lines(&m_models);
    lines.applyTheme(ChartTheme::projector());
    lines.chartById(QStringLiteral("trend"))->chart()->resize(1920, 1080);
    QCoreApplication::processEvents(); // the resize's relayout
    ChartSet thin(&m_models);
    const auto lineWidth = [](ChartSet &set) {
        QChart *chart = set.chartById(QStringLiteral("trend"))->chart();
        return qobject_cast<QLineSeries *>(chart->series().first())->pen().widthF();
    };
    EXPECT_GE(lineWidth(lines), 3.0 * lineWidth(thin));
}

} // namespace
