// SPDX-License-Identifier: MIT
// Every chart item leads to its row, and every row lights up its item: pillar segments and
// topics, timeline markers and events; and the tables fit their columns to the window.
#include "charts/chartpanel.h"
#include "charts/chartset.h"
#include "charts/chartview.h"
#include "charts/cooperationchart.h"
#include "charts/timelinechart.h"
#include "charts/trendchart.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "models/dashboardmodels.h"
#include "models/eventmodel.h"
#include "models/facttablemodel.h"
#include "models/topicmodel.h"
#include "testsupport.h"
#include "widgets/datatabs.h"
#include "widgets/facttablepanel.h"
#include "widgets/keyedtablepanel.h"
#include "widgets/seriestablepanel.h"
#include "widgets/sourcepane.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QScatterSeries>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace {

class LinkedSelectionTest : public MainWindowFixture
{
protected:
    ChartPanel *showChart(const QString &id)
    {
        for (int i = 0; i < m_window->chartPanels().size(); ++i) {
            if (m_window->chartPanels().at(i)->dashboardChart()->id() == id) {
                m_window->chartTabs()->setCurrentIndex(i);
                QTest::qWait(50);
                return m_window->chartPanels().at(i);
            }
        }
        return nullptr;
    }

    static void clickAt(ChartPanel *panel, const QPointF &value, QAbstractSeries *series)
    {
        QChart *chart = panel->dashboardChart()->chart();
        const QPointF inChart = chart->mapToPosition(value, series);
        const QPoint inView = panel->view()->mapFromScene(chart->mapToScene(inChart));
        QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {}, inView);
    }
};

TEST_F(LinkedSelectionTest, ClickingAPillarSegmentSelectsItsTopicRowAndLightsTheSegment)
{
    ChartPanel *panel = showChart(QStringLiteral("cooperation"));
    ASSERT_NE(panel, nullptr);
    auto *coop = qobject_cast<CooperationChart *>(panel->dashboardChart());
    QAbstractSeries *series = coop->chart()->series().first();
    const QList<QStringList> items = coop->itemsPerPillar();
    int clicked = 0;
    for (int pillar = 0; pillar < items.size(); ++pillar) {
        for (int layer = 0; layer < items.at(pillar).size(); ++layer, ++clicked) {
            const QString &key = items.at(pillar).at(layer);
            clickAt(panel, QPointF(layer + 0.5, pillar), series);
            EXPECT_EQ(m_window->dataTabs()->currentWidget(), m_window->dataTabs()->topics());
            EXPECT_EQ(m_window->dataTabs()->topics()->currentKey(), key);
            EXPECT_EQ(coop->selectedSegment(), key);
            const TopicModel *topics = m_window->models()->topics();
            EXPECT_TRUE(m_window->sourcePane()->plainText().contains(
                topics->topicAt(topics->rowOfKey(key))->quote));
        }
    }
    EXPECT_GE(clicked, 10);
}

TEST_F(LinkedSelectionTest, ClickingATimelineMarkerSelectsItsEventRowAndLightsTheMarker)
{
    ChartPanel *panel = showChart(QStringLiteral("timeline"));
    ASSERT_NE(panel, nullptr);
    auto *timeline = qobject_cast<TimelineChart *>(panel->dashboardChart());
    QAbstractSeries *markers = timeline->chart()->series().first();
    const QList<Data::Event> &events = m_window->models()->events()->events();
    ASSERT_EQ(timeline->markerPoints().size(), events.size());
    ASSERT_EQ(events.size(), 4);
    for (int row = 0; row < events.size(); ++row) {
        clickAt(panel, timeline->markerPoints().at(row), markers);
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return m_window->dataTabs()->events()->currentKey() == events.at(row).key; },
            2000))
            << "row " << row;
        EXPECT_EQ(m_window->dataTabs()->currentWidget(), m_window->dataTabs()->events());
        EXPECT_EQ(timeline->selectedRow(), row);
        EXPECT_TRUE(m_window->sourcePane()->plainText().contains(events.at(row).quote));
    }
}

// A real click on a trend point selects its fact, and selecting the clicked point inside
// QtCharts' own mouse handling must not pull the marker out from under it.
TEST_F(LinkedSelectionTest, ClickingATrendPointSelectsItsFact)
{
    ChartPanel *panel = showChart(QStringLiteral("trend"));
    ASSERT_NE(panel, nullptr);
    auto *trend = qobject_cast<TrendChart *>(panel->dashboardChart());
    const QList<Data::Fact> &facts = m_window->models()->facts()->facts();
    int clicked = 0;
    for (QAbstractSeries *series : trend->chart()->series()) {
        auto *points = qobject_cast<QScatterSeries *>(series);
        if (!points || points->name() == trend->tr("Selected"))
            continue;
        for (const QPointF &p : points->points()) {
            clickAt(panel, p, points);
            EXPECT_TRUE(
                QTest::qWaitFor([&] { return trend->selectionRing() == QList<QPointF>{p}; }, 2000));
            EXPECT_FALSE(m_window->factTable()->currentFactKey().isEmpty());
            ++clicked;
        }
    }
    EXPECT_GE(clicked, 2);
    Q_UNUSED(facts)
}

TEST_F(LinkedSelectionTest, ARowLightsItsItemAndKeepsItThroughAThemeChange)
{
    auto *coop = qobject_cast<CooperationChart *>(
        m_window->charts()->chartById(QStringLiteral("cooperation")));
    auto *timeline =
        qobject_cast<TimelineChart *>(m_window->charts()->chartById(QStringLiteral("timeline")));
    const TopicModel *topics = m_window->models()->topics();
    int segmentRow = 0;
    while (!CooperationChart::isSegment(topics->topicAt(segmentRow)->kind))
        ++segmentRow;
    m_window->dataTabs()->topics()->tableView()->selectRow(segmentRow);
    EXPECT_EQ(coop->selectedSegment(), topics->topicAt(segmentRow)->key);
    m_window->dataTabs()->events()->tableView()->selectRow(2);
    EXPECT_EQ(timeline->selectedRow(), 2);
    m_window->setTheme(QStringLiteral("dark"));
    EXPECT_EQ(coop->selectedSegment(), topics->topicAt(segmentRow)->key);
    EXPECT_EQ(timeline->selectedRow(), 2);
}

TEST_F(LinkedSelectionTest, TopicRowsCopyAsTsv)
{
    KeyedTablePanel *topics = m_window->dataTabs()->topics();
    m_window->dataTabs()->setCurrentWidget(topics);
    topics->tableView()->setFocus();
    topics->tableView()->selectRow(0);
    QTest::keyClick(topics->tableView(), Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n');
    ASSERT_GE(lines.size(), 2);
    EXPECT_EQ(lines.at(0), QStringLiteral("Item\tPillar\tKind\tWords used\tQuote"));
    EXPECT_TRUE(lines.at(1).startsWith(m_window->models()->topics()->topicAt(0)->name + u'\t'));
}

TEST_F(LinkedSelectionTest, SeriesRowsCopyAsTsvToo)
{
    QTableView *table = m_window->seriesTable()->tableView();
    m_window->dataTabs()->setCurrentWidget(m_window->seriesTable());
    table->setFocus();
    // The rows come from a worker thread; under load they may not have arrived yet.
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->model()->rowCount() > 3; }));
    table->selectRow(3);
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines.at(0).section(u'\t', 0, 0),
              table->model()->headerData(0, Qt::Horizontal).toString());
    EXPECT_EQ(lines.at(1).section(u'\t', 0, 0), table->model()->index(3, 0).data().toString());
}

// At 1366×768 the fact table needs no horizontal scroll bar: the quote elides and its tooltip
// holds it whole; on a wide screen the quote takes the room.
TEST_F(LinkedSelectionTest, TheFactTableFitsItsColumnsToTheWindow)
{
    QTableView *table = m_window->factTable()->tableView();
    auto quoteWidthAt = [&](int width) {
        m_window->resize(width, 768);
        QTest::qWait(50);
        int sum = 0;
        for (int c = 0; c < FactTableModel::NUM_COLUMNS; ++c)
            sum += table->columnWidth(c);
        EXPECT_LE(sum, table->viewport()->width()) << "at " << width;
        EXPECT_FALSE(table->horizontalScrollBar()->isVisible()) << "at " << width;
        return table->columnWidth(FactTableModel::Quote);
    };
    const int narrow = quoteWidthAt(1280); // the first-start width on a 1366×768 screen
    const int wide = quoteWidthAt(1920);
    EXPECT_GE(narrow, 100);
    EXPECT_GT(wide, narrow + 100);
    const QModelIndex quote = table->model()->index(0, FactTableModel::Quote);
    EXPECT_EQ(quote.data(Qt::ToolTipRole).toString(), quote.data().toString());
}

} // namespace
