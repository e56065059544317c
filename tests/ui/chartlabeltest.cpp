// SPDX-License-Identifier: MIT
// Labels a room can read, in every language: no label of the growth, cooperation or timeline
// charts is cut short by QtCharts in a 1024×768 window or on a 1024×768 slide, every event
// keeps a label, and no two value labels of SCO members compared overlap, in the window, on
// its slide or in any export preset.
#include "charts/chartset.h"
#include "charts/charttheme.h"
#include "charts/chartview.h"
#include "charts/cooperationchart.h"
#include "charts/dashboardchart.h"
#include "export/chartexporter.h"
#include "export/exportcontroller.h"
#include "export/exportoptions.h"
#include "i18n/translation.h"
#include "mainwindow.h"
#include "models/countryselection.h"
#include "models/dashboardmodels.h"
#include "models/eventmodel.h"
#include "presentation/presentationwindow.h"
#include "presentation/slidedeck.h"
#include "presentation/slidenavigator.h"
#include "testsupport.h"

#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QSettings>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace {

struct ShownText
{
    QString text;
    QRectF rect; // in scene coordinates
};

// Every text item drawn for CHART that is shown.
QList<ShownText> shownTexts(QChart *chart)
{
    QList<ShownText> texts;
    QList<QGraphicsItem *> items = chart->childItems();
    while (!items.isEmpty()) {
        QGraphicsItem *item = items.takeFirst();
        items += item->childItems();
        if (!item->isVisible())
            continue;
        if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item))
            texts.append({text->toPlainText(), text->sceneBoundingRect()});
        else if (auto *simple = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item))
            texts.append({simple->text(), simple->sceneBoundingRect()});
    }
    return texts;
}

// The labels QtCharts cut short ("..."), where a label did not fit the room it was given. A
// chart's own "…" is a deliberate abbreviation, with the whole text in its tooltip.
QStringList cutShort(QChart *chart)
{
    QStringList cut;
    for (const ShownText &t : shownTexts(chart)) {
        if (t.text.contains(QStringLiteral("...")))
            cut << t.text;
    }
    return cut;
}

// The value labels of a bar chart: the texts that are numbers with a unit.
QList<ShownText> valueLabels(QChart *chart)
{
    QList<ShownText> labels;
    for (const ShownText &t : shownTexts(chart)) {
        if (!t.text.isEmpty() && t.text.at(0).isDigit() &&
            (t.text.contains(u'%') || t.text.contains(u'.') || t.text.contains(u',')) &&
            t.text.size() <= 8)
            labels << t;
    }
    return labels;
}

QStringList overlapping(const QList<ShownText> &labels)
{
    QStringList pairs;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            // Touching edges are not an overlap; a pixel of shared area is.
            if (labels.at(i).rect.adjusted(1, 1, -1, -1).intersects(labels.at(j).rect))
                pairs << labels.at(i).text + QStringLiteral(" / ") + labels.at(j).text;
        }
    }
    return pairs;
}

class ChartLabelTest : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(Translation::apply(QString::fromLatin1(GetParam())));
        m_models.setDataset(TestSupport::embeddedDataset());
    }
    void TearDown() override
    {
        QSettings().clear();
        Translation::apply(QStringLiteral("en"));
    }

    DashboardModels m_models;
};

// In every chart theme: the projector's larger text only where a chart has the room for it.
void expectNoLabelCutShortInA1024Window(const char *language, const QString &theme)
{
    QSettings().setValue(QStringLiteral("charts/theme"), theme);
    MainWindow window;
    window.setDataset(TestSupport::embeddedDataset());
    window.resize(1024, 768);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    for (const char *id : {"growth", "cooperation", "timeline", "members"}) {
        DashboardChart *chart = window.charts()->chartById(QString::fromLatin1(id));
        ASSERT_NE(chart, nullptr);
        window.chartTabs()->setCurrentIndex(int(window.charts()->charts().indexOf(chart)));
        QTest::qWait(100);
        EXPECT_EQ(chart->theme().name, theme);
        EXPECT_LT(chart->theme().fontScale, 1.2) << "a window chart keeps about the window's "
                                                    "text size";
        EXPECT_EQ(cutShort(chart->chart()), QStringList()) << language << " " << id;
        if (QByteArray(id) == "members") {
            EXPECT_EQ(overlapping(valueLabels(chart->chart())), QStringList()) << language;
        }
        if (QByteArray(id) == "cooperation") {
            // Each segment's name keeps to its own segment and row.
            auto *coop = qobject_cast<CooperationChart *>(chart);
            ASSERT_NE(coop, nullptr);
            const QStringList names = coop->segmentLabels();
            QList<ShownText> labels;
            for (qsizetype i = 0; i < names.size(); ++i)
                labels.append({names.at(i), coop->segmentLabelRects().at(i)});
            ASSERT_GE(labels.size(), 10);
            EXPECT_EQ(overlapping(labels), QStringList()) << language;
        }
        if (QByteArray(id) == "timeline") {
            // Every event keeps its row label: QtCharts drops one that has no room at all.
            const QList<ShownText> texts = shownTexts(chart->chart());
            for (const Data::Event &e : window.models()->events()->events()) {
                const QString start = e.name.left(12);
                EXPECT_TRUE(
                    std::any_of(texts.cbegin(), texts.cend(),
                                [&](const ShownText &t) { return t.text.startsWith(start); }))
                    << language << ": " << e.name.toStdString();
            }
        }
    }
}

TEST_P(ChartLabelTest, NoLabelIsCutShortInA1024Window)
{
    for (const QString &theme : ChartTheme::names())
        expectNoLabelCutShortInA1024Window(GetParam(), theme);
}

TEST_P(ChartLabelTest, ProjectorTextIsLargeWhereThereIsRoom)
{
    ChartSet charts(&m_models);
    charts.applyTheme(ChartTheme::projector());
    DashboardChart *members = charts.chartById(QStringLiteral("members"));
    members->chart()->resize(1920, 1080);
    QCoreApplication::processEvents(); // the resize's relabel
    EXPECT_EQ(members->chart()->size(), QSizeF(1920, 1080));
    EXPECT_EQ(members->theme().fontScale, ChartTheme::projector().fontScale);
    members->chart()->resize(700, 230);
    QCoreApplication::processEvents();
    EXPECT_EQ(members->theme().fontScale, 1.0);
}

TEST_P(ChartLabelTest, NoLabelIsCutShortOnA1024Slide)
{
    PresentationWindow show(&m_models, QStringLiteral("projector"));
    show.setAttribute(Qt::WA_DeleteOnClose, false);
    show.resize(1024, 768);
    show.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&show));
    for (int i = 0; i < show.navigator()->slideCount(); ++i) {
        show.navigator()->goTo(i);
        QTest::qWait(60);
        for (ChartView *view : show.deck()->findChildren<ChartView *>()) {
            if (!view->isVisible())
                continue;
            const QString title = show.deck()->slideTitle(i);
            EXPECT_EQ(cutShort(view->chart()), QStringList())
                << GetParam() << " slide " << i << ": " << title.toStdString();
            EXPECT_EQ(overlapping(valueLabels(view->chart())), QStringList())
                << GetParam() << " slide " << i << ": " << title.toStdString();
        }
    }
}

TEST_P(ChartLabelTest, MembersValueLabelsNeverOverlapInAnyPreset)
{
    ChartExporter exporter(&m_models);
    for (const SizePreset &preset : SizePreset::all()) {
        for (const char *theme : {"light", "projector"}) {
            ExportOptions options;
            options.size = preset.size;
            options.theme = QString::fromLatin1(theme);
            ASSERT_FALSE(exporter.renderImage(QStringLiteral("members"), options).isNull());
            QChart *chart = exporter.chart(QStringLiteral("members"))->chart();
            const QList<ShownText> labels = valueLabels(chart);
            EXPECT_GE(labels.size(), 10) << preset.name.toStdString();
            EXPECT_EQ(overlapping(labels), QStringList())
                << GetParam() << " " << preset.name.toStdString() << " " << theme;
            EXPECT_EQ(cutShort(chart), QStringList())
                << GetParam() << " " << preset.name.toStdString() << " " << theme;
        }
    }
}

// A value axis titled with a long unit ("Значение (per 100 people)") in a wide, low window in
// the projector theme: the title goes onto two lines rather than ending in "...".
TEST_P(ChartLabelTest, ValueAxisTitlesOfALongUnitAreWhole)
{
    Data::Dataset dataset = TestSupport::embeddedDataset();
    Data::Series other = dataset.series.last();
    other.key = QStringLiteral("test/per-100");
    other.label = QStringLiteral("Mobile cellular subscriptions (per 100 people)");
    other.unit = QStringLiteral("per 100 people");
    dataset.series << other;
    m_models.setDataset(dataset);
    m_models.countries()->setIndicator(other.key);
    ChartSet charts(&m_models);
    charts.applyTheme(ChartTheme::projector());
    for (const char *id : {"countries", "members"}) {
        DashboardChart *chart = charts.chartById(QString::fromLatin1(id));
        ChartView view(chart->chart());
        view.resize(1450, 420); // the chart in a 1920×1080 window
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(100);
        EXPECT_EQ(cutShort(chart->chart()), QStringList()) << GetParam() << " " << id;
        view.setChart(new QChart); // the chart stays the ChartSet's
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, ChartLabelTest, ::testing::Values("en", "ru", "zh_CN"));

} // namespace
