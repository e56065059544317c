// SPDX-License-Identifier: MIT
// The window as a person uses it: typing, selecting, clicking bars and tiles.
#include "mainwindow.h"
#include "charts/chartpanel.h"
#include "charts/chartset.h"
#include "charts/charttheme.h"
#include "charts/chartview.h"
#include "charts/growthbarchart.h"
#include "i18n/translation.h"
#include "mainwindowfixture.h"
#include "models/countryselection.h"
#include "models/dashboardmodels.h"
#include "models/factfilterproxymodel.h"
#include "models/facttablemodel.h"
#include "testsupport.h"
#include "widgets/facttablepanel.h"
#include "widgets/focusring.h"
#include "widgets/headlinestrip.h"
#include "widgets/headlinetile.h"
#include "widgets/sourcepane.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QStatusTipEvent>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace {

class MainWindowTest : public MainWindowFixture
{
protected:
    QStringList shownKeys() const
    {
        QStringList keys;
        const QAbstractItemModel *model = m_window->factTable()->tableView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            keys << model->index(row, 0).data(FactTableModel::KeyRole).toString();
        return keys;
    }
};

TEST_F(MainWindowTest, TheSourceLineComesBackAfterAMenuStatusTip)
{
    const QString line =
        QStringLiteral("Figures from China Daily (Chinadaily.com.cn), Digital tech boom offers "
                       "opportunities");
    EXPECT_EQ(m_window->sourceLineText(), line);
    // Hovering a menu entry shows its status tip, then clears it when the pointer leaves.
    QStatusTipEvent tip(QStringLiteral("Export the current chart"));
    QCoreApplication::sendEvent(m_window.get(), &tip);
    EXPECT_EQ(m_window->statusBar()->currentMessage(), QStringLiteral("Export the current chart"));
    QStatusTipEvent cleared{QString()};
    QCoreApplication::sendEvent(m_window.get(), &cleared);
    EXPECT_EQ(m_window->sourceLineText(), line);
}

TEST_F(MainWindowTest, TitleAndIcon)
{
    EXPECT_EQ(m_window->windowTitle(), QStringLiteral("SCO Digital Cooperation Dashboard"));
    EXPECT_FALSE(m_window->windowIcon().isNull());
}

TEST_F(MainWindowTest, EveryChartHasItsSourceLineUnderneath)
{
    ASSERT_EQ(m_window->chartPanels().size(), 6);
    for (const ChartPanel *panel : m_window->chartPanels()) {
        const bool countrySeries = panel->dashboardChart()->id() == u"countries" ||
                                   panel->dashboardChart()->id() == u"members";
        EXPECT_TRUE(panel->footerText().startsWith(
            countrySeries ? QStringLiteral("Source: International Telecommunication Union (via "
                                           "World Bank), processed by Our World in Data · "
                                           "Individuals using the Internet (% of population) · "
                                           "CC BY 4.0")
                          : QStringLiteral("Source: China Daily (Chinadaily.com.cn), 29 Aug 2025 · "
                                           "Digital tech boom offers opportunities")))
            << panel->footerText().toStdString();
        EXPECT_EQ(panel->footerText(), panel->dashboardChart()->sourceLine());
    }
}

TEST_F(MainWindowTest, HeadlineTilesShowTheFiveMainFigures)
{
    QStringList values;
    for (const HeadlineTile *tile : m_window->headlines()->tiles())
        values << tile->valueText();
    EXPECT_EQ(values, (QStringList{QStringLiteral("+9.3%"), QStringLiteral("+6.4%"),
                                   QStringLiteral("25.7%"), QStringLiteral("+7.5%"),
                                   QStringLiteral("more than 830 people")}));
    EXPECT_TRUE(m_window->headlines()->tiles().first()->accessibleDescription().contains(
        QStringLiteral("+3.4 pp on a year earlier")));
}

TEST_F(MainWindowTest, TypingFiltersTheTableAfterTheDebounce)
{
    FactTablePanel *table = m_window->factTable();
    table->searchField()->setFocus();
    QTest::keyClicks(table->searchField(), QStringLiteral("manufacturing"));
    EXPECT_EQ(shownKeys().size(), 7) << "the filter waits for the debounce";
    EXPECT_TRUE(QTest::qWaitFor([&] { return shownKeys().size() == 2; }, 2000));
    EXPECT_EQ(shownKeys(),
              (QStringList{QStringLiteral("manufacturing_share_of_gdp_2025_h1"),
                           QStringLiteral("manufacturing_investment_growth_2025_h1")}));
    EXPECT_EQ(table->countText(), QStringLiteral("2 of 7 facts"));

    QTest::keyClick(table->searchField(), Qt::Key_Escape);
    EXPECT_TRUE(table->searchField()->text().isEmpty());
    EXPECT_EQ(shownKeys().size(), 7);
}

TEST_F(MainWindowTest, EmptyResultSaysSoAndOffersToClear)
{
    FactTablePanel *table = m_window->factTable();
    table->setSearchTextNow(QStringLiteral("zzzz"));
    EXPECT_TRUE(table->isShowingEmptyState());
    EXPECT_EQ(table->countText(), QStringLiteral("0 of 7 facts"));
    auto *clear = table->findChild<QPushButton *>();
    ASSERT_NE(clear, nullptr);
    QTest::mouseClick(clear, Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !table->isShowingEmptyState(); }, 2000));
    EXPECT_EQ(shownKeys().size(), 7);
}

TEST_F(MainWindowTest, SelectingARowShowsItsSentenceAndHighlightsItsBar)
{
    const QString key = QStringLiteral("manufacturing_investment_growth_2025_h1");
    QTableView *view = m_window->factTable()->tableView();
    const QStringList keys = shownKeys();
    view->selectRow(int(keys.indexOf(key)));
    const QString text = m_window->sourcePane()->plainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Manufacturing's share of GDP reached 25.7 percent, "
                                             "and manufacturing investment grew 7.5 percent "
                                             "year-on-year.")));
    EXPECT_TRUE(text.contains(QStringLiteral("China Daily (Chinadaily.com.cn), Yan Dongjie")));
    EXPECT_TRUE(m_window->sourcePane()->html().contains(QStringLiteral("7.5 percent</span>")))
        << "the figure is highlighted inside its sentence";

    auto *bars =
        qobject_cast<GrowthBarChart *>(m_window->charts()->chartById(QStringLiteral("growth")));
    const qsizetype bar = bars->barKeys().indexOf(key);
    auto *series = qobject_cast<QAbstractBarSeries *>(bars->chart()->series().first());
    EXPECT_TRUE(series->barSets().first()->isBarSelected(int(bar)));
    for (const HeadlineTile *tile : m_window->headlines()->tiles())
        EXPECT_EQ(tile->isSelected(), tile->factKey() == key);
}

TEST_F(MainWindowTest, WithNothingSelectedTheSourcePaneIntroducesTheArticle)
{
    const QString text = m_window->sourcePane()->plainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Digital tech boom offers opportunities")));
    EXPECT_TRUE(text.contains(QStringLiteral("Xiong Jijun, Vice-Minister, Ministry of Industry and "
                                             "Information Technology")));
    EXPECT_TRUE(text.contains(QStringLiteral("Xu Chaofeng, Director of the international "
                                             "cooperation department")));
    EXPECT_TRUE(text.contains(QStringLiteral("policy exchange, practical cooperation, industrial "
                                             "upgrades and the sharing of digital dividends")));
    EXPECT_TRUE(m_window->sourcePane()->html().contains(QStringLiteral("policy exchange</span>")));
}

TEST_F(MainWindowTest, DerivedFigureShowsItsFormula)
{
    m_window->selectFact(QStringLiteral("digital_industry_revenue_growth_2024"));
    const QString text = m_window->sourcePane()->plainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Derived, not stated in the article.")));
    EXPECT_TRUE(text.contains(QStringLiteral("Derived: 9.3% (Digital industry revenue growth, "
                                             "Jan–May 2025) − 3.4 pp")));
    EXPECT_TRUE(text.contains(QStringLiteral("= 5.9%")));
}

TEST_F(MainWindowTest, ClickingABarSelectsItsRow)
{
    m_window->chartTabs()->setCurrentIndex(0);
    ChartPanel *panel = m_window->chartPanels().first();
    auto *bars = qobject_cast<GrowthBarChart *>(panel->dashboardChart());
    ASSERT_NE(bars, nullptr);
    QTest::qWait(50);
    auto *series = bars->chart()->series().first();
    for (int bar = 0; bar < bars->barKeys().size(); ++bar) {
        const QPointF inChart =
            bars->chart()->mapToPosition(QPointF(bars->barValues().at(bar) / 2, bar), series);
        const QPoint inView = panel->view()->mapFromScene(bars->chart()->mapToScene(inChart));
        QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {}, inView);
        EXPECT_EQ(m_window->factTable()->currentFactKey(), bars->barKeys().at(bar));
    }
}

TEST_F(MainWindowTest, ClickingATileSelectsItsRow)
{
    HeadlineTile *tile = m_window->headlines()->tiles().at(4);
    QTest::mouseClick(tile, Qt::LeftButton);
    EXPECT_EQ(m_window->factTable()->currentFactKey(), tile->factKey());
    EXPECT_TRUE(tile->isSelected());
    HeadlineTile *other = m_window->headlines()->tiles().at(1);
    other->setFocus();
    QTest::keyClick(other, Qt::Key_Return);
    EXPECT_EQ(m_window->factTable()->currentFactKey(), other->factKey());
}

TEST_F(MainWindowTest, SelectingAFactHiddenBySearchClearsTheSearch)
{
    m_window->factTable()->setSearchTextNow(QStringLiteral("manufacturing"));
    m_window->selectFact(QStringLiteral("sco_digital_professionals_trained"));
    EXPECT_EQ(m_window->factTable()->currentFactKey(),
              QStringLiteral("sco_digital_professionals_trained"));
    EXPECT_TRUE(m_window->factTable()->searchField()->text().isEmpty());
}

TEST_F(MainWindowTest, SearchThemeTabAndYearsAreRemembered)
{
    m_window->factTable()->setSearchTextNow(QStringLiteral("percent"));
    m_window->chartTabs()->setCurrentIndex(2);
    m_window->setTheme(QStringLiteral("dark"));
    m_window->models()->countries()->setYears(2005, 2015);
    m_window->close();
    MainWindow again;
    again.setDataset(TestSupport::embeddedDataset());
    EXPECT_EQ(again.models()->countries()->fromYear(), 2005);
    EXPECT_EQ(again.models()->countries()->toYear(), 2015);
    EXPECT_EQ(again.factTable()->searchField()->text(), QStringLiteral("percent"));
    EXPECT_EQ(again.chartTabs()->currentIndex(), 2);
    EXPECT_EQ(again.themeName(), QStringLiteral("dark"));
    EXPECT_EQ(again.factTable()->countText(), QStringLiteral("6 of 7 facts"));
}

TEST_F(MainWindowTest, EveryInteractiveWidgetHasAnAccessibleName)
{
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(m_window.get()))
            continue;
        if (qobject_cast<const QAbstractScrollArea *>(w->parentWidget()))
            continue; // viewports and scroll bars belong to their view
        if (w->inherits("QTabBar") || w->inherits("QScrollBar") || w->inherits("QHeaderView") ||
            w->inherits("QSplitterHandle"))
            continue;
        EXPECT_FALSE(w->accessibleName().isEmpty()) << w->metaObject()->className();
    }
}

TEST_F(MainWindowTest, CtrlAThenCtrlCCopiesTheRowsAsTsvWithAHeader)
{
    QTableView *table = m_window->factTable()->tableView();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1 + 7);
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("Figure\tCategory\tValue\tUnit\tPeriod")))
        << lines.first().toStdString();
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("Digital industry revenue growth\t"
                                                      "Digital industry\t9.3\tpercent\t"
                                                      "Jan–May 2025\t")))
        << lines.at(1).toStdString();
    for (const QString &line : lines)
        EXPECT_EQ(line.count(u'\t'), FactTableModel::NUM_COLUMNS - 1);
    EXPECT_EQ(m_window->factTable()->selectedFactKeys().size(), 7);
}

TEST_F(MainWindowTest, SortingByPeriodSortsByDate)
{
    QTableView *table = m_window->factTable()->tableView();
    table->sortByColumn(FactTableModel::Period, Qt::AscendingOrder);
    const QAbstractItemModel *model = table->model();
    QList<QDate> starts;
    for (int row = 0; row < model->rowCount(); ++row)
        starts
            << model->index(row, 0).data(FactTableModel::FactRole).value<Data::Fact>().periodStart;
    EXPECT_TRUE(std::is_sorted(starts.cbegin(), starts.cend()));
    // By label, "H1 2025" would sort before "Jan–May 2024"; by date "Since 2023" comes first.
    EXPECT_EQ(model->index(0, FactTableModel::Period).data().toString(),
              QStringLiteral("Since 2023"));
    EXPECT_EQ(model->index(1, FactTableModel::Period).data().toString(),
              QStringLiteral("Jan–May 2024"));
}

TEST_F(MainWindowTest, DarkThemeDarkensTheWholeWindowAndSharesOneSelectionColour)
{
    m_window->setTheme(QStringLiteral("dark"));
    QCoreApplication::processEvents(); // widgets take the application palette from posted events
    const QPalette table = m_window->factTable()->tableView()->viewport()->palette();
    EXPECT_LT(table.color(QPalette::Base).lightness(), 64);
    EXPECT_GT(table.color(QPalette::Text).lightness(), 192);
    EXPECT_LT(m_window->sourcePane()->palette().color(QPalette::Base).lightness(), 64);
    const QColor chartHighlight = ChartTheme::dark().highlight;
    EXPECT_EQ(table.color(QPalette::Highlight), chartHighlight);
    m_window->selectFact(QStringLiteral("manufacturing_share_of_gdp_2025_h1"));
    const HeadlineTile *selected = nullptr;
    for (const HeadlineTile *tile : m_window->headlines()->tiles()) {
        if (tile->factKey() == u"manufacturing_share_of_gdp_2025_h1")
            selected = tile;
    }
    ASSERT_NE(selected, nullptr);
    EXPECT_EQ(selected->palette().color(QPalette::WindowText), chartHighlight);

    m_window->setTheme(QStringLiteral("light"));
    QCoreApplication::processEvents();
    EXPECT_EQ(m_window->factTable()->tableView()->viewport()->palette().color(QPalette::Base),
              QColor(Qt::white));
    EXPECT_EQ(selected->palette().color(QPalette::WindowText), ChartTheme::light().highlight);
}

// At the first-start size on a 1366x768 screen, the table shows every one of the seven facts
// without moving the splitter, and Tab leaves the table instead of walking its cells.
TEST_F(MainWindowTest, SevenRowsShowAndTabLeavesTheTable)
{
    QTableView *table = m_window->factTable()->tableView();
    QTest::qWait(20);
    int shown = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QRect rect = table->visualRect(table->model()->index(row, 0));
        shown += table->viewport()->rect().contains(rect) ? 1 : 0;
    }
    EXPECT_GE(shown, 7);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Tab);
    EXPECT_FALSE(table->hasFocus());
    EXPECT_FALSE(table->isAncestorOf(QApplication::focusWidget()));
}

// Tab walks the regions (search, table, source pane), and the focused one wears a ring in the
// selection colour that a grab of the window shows.
TEST_F(MainWindowTest, TabWalksTheRegionsAndTheFocusedOneWearsARing)
{
    QApplication::setActiveWindow(m_window.get());
    QLineEdit *search = m_window->factTable()->searchField();
    search->setFocus();
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_window->focusRing()->target() == search; }, 2000));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTableView *table = m_window->factTable()->tableView();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->focusRing()->target() == table; }, 2000));
    const QRect ring = m_window->focusRing()->geometry();
    EXPECT_EQ(ring.size(), table->size());
    const QImage shot = m_window->grab().toImage();
    const QColor highlight = QApplication::palette().color(QPalette::Highlight);
    EXPECT_EQ(shot.pixelColor(ring.left() + 1, ring.center().y()), highlight);
    EXPECT_EQ(shot.pixelColor(ring.center().x(), ring.bottom() - 1), highlight);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_TRUE(m_window->sourcePane()->isAncestorOf(QApplication::focusWidget()))
        << QApplication::focusWidget()->metaObject()->className();
}

TEST_F(MainWindowTest, ColumnWidthsComeBackAfterASearchIsCleared)
{
    QTableView *table = m_window->factTable()->tableView();
    QTest::qWait(20);
    QList<int> before;
    for (int c = 0; c < FactTableModel::NUM_COLUMNS; ++c)
        before << table->columnWidth(c);
    m_window->factTable()->setSearchTextNow(QStringLiteral("830"));
    QTest::qWait(20);
    m_window->factTable()->setSearchTextNow(QStringLiteral("no such words anywhere"));
    QTest::qWait(20);
    m_window->factTable()->setSearchTextNow(QString());
    QTest::qWait(20);
    QList<int> after;
    for (int c = 0; c < FactTableModel::NUM_COLUMNS; ++c)
        after << table->columnWidth(c);
    EXPECT_EQ(after, before);
}

// A 1024×768 window cuts no fact-table heading in any language: columns that do not fit
// scroll sideways rather than shrink below their headings.
class FactTableHeadingTest : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override { QSettings().clear(); }
    void TearDown() override
    {
        QSettings().clear();
        Translation::apply(QStringLiteral("en"));
    }
};

TEST_P(FactTableHeadingTest, NoHeadingIsCutInA1024Window)
{
    ASSERT_TRUE(Translation::apply(QString::fromLatin1(GetParam())));
    MainWindow window;
    window.setDataset(TestSupport::embeddedDataset());
    window.resize(1024, 768);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(20);
    const QTableView *table = window.factTable()->tableView();
    const QHeaderView *header = table->horizontalHeader();
    int shown = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        ++shown;
        const QString heading = table->model()->headerData(c, Qt::Horizontal).toString();
        EXPECT_GE(header->sectionSize(c), header->sectionSizeHint(c))
            << GetParam() << ": " << heading.toStdString();
    }
    EXPECT_GE(shown, 8);
}

INSTANTIATE_TEST_SUITE_P(Languages, FactTableHeadingTest, ::testing::Values("en", "ru", "zh_CN"));

} // namespace
