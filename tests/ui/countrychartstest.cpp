// SPDX-License-Identifier: MIT
// The country charts draw the built-in SCO context series as the fixture file holds it, and
// follow the CountrySelection and its picker.
#include "charts/chartpanel.h"
#include "charts/chartset.h"
#include "charts/chartview.h"
#include "charts/columnlegend.h"
#include "charts/countrytrendchart.h"
#include "charts/memberscomparedchart.h"
#include "mainwindow.h"
#include "models/countryselection.h"
#include "models/dashboardmodels.h"
#include "models/factfilterproxymodel.h"
#include "models/observationtablemodel.h"
#include "models/seriesmodel.h"
#include "testsupport.h"
#include "widgets/countrypicker.h"
#include "widgets/datatabs.h"
#include "widgets/elidingcombobox.h"
#include "widgets/seriestablepanel.h"

#include <QAction>
#include <QChart>
#include <QComboBox>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QItemSelectionModel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocumentFragment>

#include <gtest/gtest.h>

namespace {

// Values read off resources/data/context/owid-internet-use-sco.csv with grep.
constexpr double kChina2023 = 77.4827;
constexpr double kKazakhstan2023 = 92.8785;
constexpr double kIndia2020 = 43.4054;

// Every text item QtCharts drew for CHART that is shown, as a person reads them off the screen.
QList<QGraphicsTextItem *> shownTextItems(QChart *chart)
{
    QList<QGraphicsTextItem *> texts;
    QList<QGraphicsItem *> items = chart->childItems();
    while (!items.isEmpty()) {
        QGraphicsItem *item = items.takeFirst();
        items += item->childItems();
        if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item); text && item->isVisible())
            texts << text;
    }
    return texts;
}

// The texts left of the plot area, the value axis's tick labels among them.
QStringList leftAxisTexts(QChart *chart)
{
    const qreal plotLeft = chart->mapToScene(chart->plotArea()).boundingRect().left();
    QStringList texts;
    for (const QGraphicsTextItem *text : shownTextItems(chart)) {
        if (text->sceneBoundingRect().right() <= plotLeft + 1)
            texts << text->toPlainText();
    }
    return texts;
}

class CountryChartsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_models.setDataset(TestSupport::embeddedDataset());
        m_charts = std::make_unique<ChartSet>(&m_models);
        m_trend =
            qobject_cast<CountryTrendChart *>(m_charts->chartById(QStringLiteral("countries")));
        m_members =
            qobject_cast<MembersComparedChart *>(m_charts->chartById(QStringLiteral("members")));
        ASSERT_NE(m_trend, nullptr);
        ASSERT_NE(m_members, nullptr);
    }

    DashboardModels m_models;
    std::unique_ptr<ChartSet> m_charts;
    CountryTrendChart *m_trend = nullptr;
    MembersComparedChart *m_members = nullptr;
};

TEST_F(CountryChartsTest, TrendDrawsOneLinePerMemberWithTheFilesValues)
{
    EXPECT_EQ(m_trend->lineNames(),
              (QStringList{u"Belarus"_qs, u"China"_qs, u"India"_qs, u"Iran"_qs, u"Kazakhstan"_qs,
                           u"Kyrgyzstan"_qs, u"Pakistan"_qs, u"Russia"_qs, u"Tajikistan"_qs,
                           u"Uzbekistan"_qs}));
    const QList<QPointF> china = m_trend->pointsOf(QStringLiteral("China"));
    ASSERT_EQ(china.size(), 34);
    EXPECT_EQ(china.first().y(), 0.0);
    EXPECT_DOUBLE_EQ(china.last().y(), kChina2023);
    for (QLegendMarker *marker : m_trend->chart()->legend()->markers())
        EXPECT_FALSE(marker->isVisible()) << "ColumnLegend names the lines";
    EXPECT_TRUE(m_trend->columnLegend()->isVisible());
    EXPECT_EQ(m_trend->columnLegend()->entries().size(), 10);
    EXPECT_TRUE(m_trend->sourceLine().contains(QStringLiteral("processed by Our World in Data")));
    EXPECT_TRUE(m_trend->description().contains(QStringLiteral("China, 2023: 77.4827 %")));
    for (QAbstractAxis *axis : m_trend->chart()->axes())
        EXPECT_FALSE(axis->titleText().isEmpty());
}

TEST_F(CountryChartsTest, LinesPastThePaletteAreDashed)
{
    const ChartTheme theme = ChartTheme::light();
    const int colours = int(theme.palette.size());
    EXPECT_EQ(CountryTrendChart::linePen(theme, 0).style(), Qt::SolidLine);
    EXPECT_EQ(CountryTrendChart::linePen(theme, colours).style(), Qt::DashLine);
    EXPECT_EQ(CountryTrendChart::linePen(theme, colours).color(), theme.color(0));
    EXPECT_EQ(CountryTrendChart::linePen(theme, 2 * colours).style(), Qt::DotLine);
}

TEST_F(CountryChartsTest, MembersComparedShowsEachMembersLatestYear)
{
    const QList<MembersComparedChart::Bar> bars = m_members->bars();
    ASSERT_EQ(bars.size(), 10);
    EXPECT_EQ(bars.first().entity, QStringLiteral("Kazakhstan"));
    EXPECT_EQ(bars.first().year, 2023);
    EXPECT_DOUBLE_EQ(bars.first().value, kKazakhstan2023);
    const auto india = std::find_if(bars.cbegin(), bars.cend(),
                                    [](const auto &b) { return b.entity == u"India"; });
    ASSERT_NE(india, bars.cend());
    EXPECT_EQ(india->year, 2020); // the file's last year for India
    EXPECT_DOUBLE_EQ(india->value, kIndia2020);
    EXPECT_TRUE(m_members->yearsDiffer());
    EXPECT_TRUE(m_members->title().startsWith(QStringLiteral("SCO members compared")));
}

TEST_F(CountryChartsTest, SelectionDrivesBothCharts)
{
    m_models.countries()->setCountries({QStringLiteral("CHN"), QStringLiteral("KAZ")});
    EXPECT_EQ(m_trend->lineNames(), (QStringList{u"China"_qs, u"Kazakhstan"_qs}));
    ASSERT_EQ(m_members->bars().size(), 2);
    EXPECT_FALSE(m_members->yearsDiffer());
    EXPECT_EQ(m_members->title(), QStringLiteral("Countries compared: Individuals using the "
                                                 "Internet (% of population), 2023"));
    m_models.countries()->showMembers();
    EXPECT_EQ(m_trend->lineNames().size(), 10);
}

TEST_F(CountryChartsTest, IndicatorsOfOneNameAreToldApartByTheirPublisher)
{
    // The built-in series, and the same indicator imported from OWID and from the World Bank.
    Data::Dataset dataset = TestSupport::embeddedDataset();
    const Data::Series builtIn = dataset.series.last();
    Data::Series owid = builtIn;
    owid.key = QStringLiteral("owid:internet/users");
    owid.source.key = QStringLiteral("owid:internet");
    owid.source.publisher = QStringLiteral("Our World in Data");
    Data::Series worldBank = owid;
    worldBank.key = QStringLiteral("worldbank:IT.NET.USER.ZS");
    worldBank.source.key = worldBank.key;
    worldBank.source.publisher = QStringLiteral("World Bank, World Development Indicators");
    Data::Series other = owid;
    other.key = QStringLiteral("owid:mobile/subscriptions");
    other.label = QStringLiteral("Mobile cellular subscriptions");
    dataset.series << owid << worldBank << other;
    m_models.setDataset(dataset);
    CountryPicker picker(m_models.countries(), m_models.series());
    QStringList names;
    for (int i = 0; i < picker.indicatorBox()->count(); ++i)
        names << picker.indicatorBox()->itemText(i);
    const QString label = QStringLiteral("Individuals using the Internet (% of population)");
    EXPECT_EQ(names,
              (QStringList{label + QStringLiteral(" — ") + builtIn.source.publisher,
                           label + QStringLiteral(" — Our World in Data"),
                           label + QStringLiteral(" — World Bank, World Development Indicators"),
                           QStringLiteral("Mobile cellular subscriptions")}));
    EXPECT_EQ(picker.indicatorBox()->itemData(2).toString(), worldBank.key);
}

// A name wider than the indicator box is shortened with "…", never cut mid-word, and its
// tooltip names it whole.
TEST_F(CountryChartsTest, ALongIndicatorNameIsShortenedWithAnEllipsis)
{
    CountryPicker picker(m_models.countries(), m_models.series());
    picker.resize(420, picker.sizeHint().height());
    picker.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&picker));
    auto *box = qobject_cast<ElidingComboBox *>(picker.indicatorBox());
    ASSERT_NE(box, nullptr);
    const QString name = box->currentText();
    ASSERT_EQ(name, QStringLiteral("Individuals using the Internet (% of population)"));
    const QString shown = box->shownText();
    EXPECT_TRUE(shown.endsWith(u'…')) << shown.toStdString();
    EXPECT_TRUE(name.startsWith(shown.chopped(1))) << shown.toStdString();
    EXPECT_TRUE(box->toolTip().contains(name)) << box->toolTip().toStdString();
}

TEST_F(CountryChartsTest, TheCountriesMenuStaysOpenWhileCountriesAreTicked)
{
    CountryPicker picker(m_models.countries(), m_models.series());
    picker.show();
    QMenu *menu = picker.countryMenu();
    auto actionNamed = [&](const QString &text) -> QAction * {
        for (QAction *a : menu->actions()) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    };
    actionNamed(QStringLiteral("&None"))->trigger();
    menu->popup(picker.mapToGlobal(QPoint(0, picker.height())));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(menu));
    for (const QString &country : {QStringLiteral("Pakistan"), QStringLiteral("China")}) {
        QAction *action = actionNamed(country);
        ASSERT_NE(action, nullptr);
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
        EXPECT_TRUE(menu->isVisible()) << country.toStdString();
        EXPECT_TRUE(action->isChecked()) << country.toStdString();
    }
    EXPECT_EQ(m_trend->lineNames(),
              (QStringList{QStringLiteral("China"), QStringLiteral("Pakistan")}));
    // Space ticks the highlighted country and the menu stays too.
    menu->setActiveAction(actionNamed(QStringLiteral("India")));
    QTest::keyClick(menu, Qt::Key_Space);
    EXPECT_TRUE(menu->isVisible());
    EXPECT_EQ(m_trend->lineNames().size(), 3);
    menu->hide();
}

TEST_F(CountryChartsTest, NoCountriesChosenSaysWhatToDoInsteadOfEmptyAxes)
{
    m_models.countries()->setCountries({});
    for (DashboardChart *chart :
         {static_cast<DashboardChart *>(m_trend), static_cast<DashboardChart *>(m_members)}) {
        EXPECT_TRUE(chart->chart()->axes().isEmpty()) << chart->id().toStdString();
        EXPECT_TRUE(chart->title().endsWith(
            QStringLiteral(": no countries chosen; tick some under Countries")))
            << chart->title().toStdString();
        EXPECT_FALSE(chart->chart()->legend()->isVisible() && !chart->chart()->series().isEmpty());
    }
    EXPECT_FALSE(m_trend->columnLegend()->isVisible());
}

TEST_F(CountryChartsTest, PickerMenuChoosesCountries)
{
    CountryPicker picker(m_models.countries(), m_models.series());
    EXPECT_EQ(picker.indicatorBox()->count(), 1);
    EXPECT_EQ(picker.indicatorBox()->currentText(),
              QStringLiteral("Individuals using the Internet (% of population)"));
    auto actionNamed = [&](const QString &text) -> QAction * {
        for (QAction *a : picker.countryMenu()->actions()) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    };
    ASSERT_NE(actionNamed(QStringLiteral("&None")), nullptr);
    actionNamed(QStringLiteral("&None"))->trigger();
    EXPECT_TRUE(m_trend->lineNames().isEmpty());
    actionNamed(QStringLiteral("Pakistan"))->trigger(); // the menu was refilled
    EXPECT_EQ(m_trend->lineNames(), QStringList{QStringLiteral("Pakistan")});
    actionNamed(QStringLiteral("SCO &members"))->trigger();
    EXPECT_EQ(m_trend->lineNames().size(), 10);
}

} // namespace

namespace {

// A click on a member's bar shows that member's latest observation in the Series data table.
// The members chart's context menu and View › Value Decimals choose the labels' decimals, and
// each shows the choice however it was made.
TEST(CountryChartsWindow, DecimalsMenuChoosesTheMembersLabelsDecimals)
{
    QSettings().clear();
    MainWindow window;
    window.setDataset(TestSupport::embeddedDataset());
    window.resize(1280, 720);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *members =
        qobject_cast<MembersComparedChart *>(window.charts()->chartById(QStringLiteral("members")));
    ASSERT_NE(members, nullptr);
    QMenu *menu = nullptr;
    for (ChartPanel *panel : window.chartPanels()) {
        for (QAction *action : panel->view()->actions()) {
            if (action->menu() && panel->dashboardChart() == members)
                menu = action->menu();
        }
    }
    ASSERT_NE(menu, nullptr) << "the members chart's context menu offers the decimals";
    const auto choice = [menu](int decimals) {
        for (QAction *action : menu->actions()) {
            if (action->isCheckable() && action->data().toInt() == decimals)
                return action;
        }
        return static_cast<QAction *>(nullptr);
    };
    ASSERT_NE(choice(2), nullptr);
    EXPECT_TRUE(choice(CountrySelection::kAutomaticDecimals)->isChecked());
    choice(2)->trigger();
    EXPECT_EQ(window.models()->countries()->valueDecimals(), 2);
    EXPECT_EQ(members->valueLabels().first(), QStringLiteral("92.88%"));
    window.models()->countries()->setValueDecimals(1);
    EXPECT_TRUE(choice(1)->isChecked());
    EXPECT_FALSE(choice(2)->isChecked());
    window.close(); // remembered for the next start
    EXPECT_EQ(QSettings().value(QStringLiteral("countries/decimals")).toInt(), 1);
    QSettings().clear();
}

TEST(CountryChartsWindow, ClickingAMembersBarSelectsItsObservation)
{
    QSettings().clear();
    MainWindow window;
    window.setDataset(TestSupport::embeddedDataset());
    window.resize(1600, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ChartPanel *panel = nullptr;
    for (ChartPanel *p : window.chartPanels()) {
        if (p->dashboardChart()->id() == u"members")
            panel = p;
    }
    ASSERT_NE(panel, nullptr);
    window.chartTabs()->setCurrentWidget(panel);
    QTest::qWait(50);
    auto *members = qobject_cast<MembersComparedChart *>(panel->dashboardChart());
    const QList<MembersComparedChart::Bar> bars = members->bars(); // largest first, leftmost
    auto *series = members->chart()->series().first();
    const QPointF inChart =
        members->chart()->mapToPosition(QPointF(0, bars.first().value / 2), series);
    const QPoint inView = panel->view()->mapFromScene(members->chart()->mapToScene(inChart));
    QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {}, inView);

    EXPECT_EQ(window.dataTabs()->currentWidget(), window.seriesTable());
    const QModelIndexList selected =
        window.seriesTable()->tableView()->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.first().siblingAtColumn(ObservationTableModel::Entity).data().toString(),
              QStringLiteral("Kazakhstan"));
    EXPECT_EQ(selected.first().siblingAtColumn(ObservationTableModel::Period).data().toString(),
              QStringLiteral("2023"));
    EXPECT_DOUBLE_EQ(selected.first().data(ObservationTableModel::NumericValueRole).toDouble(),
                     kKazakhstan2023);
    QSettings().clear();
}

TEST(CountryChartsWindow, SeriesTableSearchFindsImportedAndBuiltInRows)
{
    DashboardModels models;
    models.setDataset(TestSupport::embeddedDataset());
    models.observations()->open(QStringLiteral("/nonexistent/user.sqlite")); // built-in only
    ObservationTableModel *observations = models.observations();
    SeriesTablePanel panel(observations);
    panel.setSearchTextNow(QStringLiteral("kyrgyz 2022"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return observations->matchCount() >= 0 && observations->totalCount() >= 0; }));
    ASSERT_EQ(observations->rowCount(), 1);
    EXPECT_EQ(observations->index(0, ObservationTableModel::Entity).data().toString(),
              QStringLiteral("Kyrgyzstan"));
    EXPECT_EQ(panel.countText(), QStringLiteral("1 of 324 observations"));
    EXPECT_TRUE(panel.selectObservation(QStringLiteral("owid:owid-internet-use-sco/"
                                                       "individuals-using-the-internet-of-"
                                                       "population"),
                                        QStringLiteral("CHN"), 2023));
    EXPECT_TRUE(panel.searchField()->text().isEmpty()) << "the search hid the row, so it cleared";
    // Selected once the cleared search's rows arrive.
    QItemSelectionModel *selection = panel.tableView()->selectionModel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return selection->hasSelection(); }));
    const QModelIndex row = selection->selectedRows().value(0);
    EXPECT_EQ(row.data(ObservationTableModel::EntityCodeRole).toString(), QStringLiteral("CHN"));
    EXPECT_EQ(row.siblingAtColumn(ObservationTableModel::Period).data().toString(),
              QStringLiteral("2023"));
}

// A pasted paragraph searches its first words, and the count says so.
TEST(CountryChartsWindow, SeriesSearchPastTheWordBoundSaysWhatItSearched)
{
    DashboardModels models;
    models.setDataset(TestSupport::embeddedDataset());
    models.observations()->open(QStringLiteral("/nonexistent/user.sqlite")); // built-in only
    ObservationTableModel *observations = models.observations();
    SeriesTablePanel panel(observations);
    QString paragraph = QStringLiteral("kyrgyz 2022");
    for (int i = 0; i < 20; ++i)
        paragraph += QStringLiteral(" k");
    paragraph += QStringLiteral(" w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16");
    panel.setSearchTextNow(paragraph);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return observations->matchCount() >= 0 && observations->totalCount() >= 0; }));
    EXPECT_EQ(panel.countText(),
              QStringLiteral("0 of 324 observations (the first 16 of 19 words)"));
}

// The file's 92.8785 reads "92.9%" on its bar; the exact value stays in the model.
TEST_F(CountryChartsTest, MembersBarLabelsCarryOneDecimalOnTheTallestBar)
{
    ChartView view(m_members->chart());
    view.resize(1000, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::processEvents();
    const QStringList texts = m_members->valueLabels();
    EXPECT_EQ(texts.size(), m_members->bars().size());
    EXPECT_EQ(texts.first(), QStringLiteral("92.9%")) << texts.join(u'|').toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("43.4%"))) << texts.join(u'|').toStdString();
    EXPECT_FALSE(texts.join(u'|').contains(QStringLiteral("92.8785")));
    EXPECT_DOUBLE_EQ(m_members->bars().first().value, kKazakhstan2023);
}

// The analyst's choice of decimals, for every bar alike; the bars keep every digit.
TEST_F(CountryChartsTest, MembersBarLabelsTakeTheChosenDecimals)
{
    ChartView view(m_members->chart());
    view.resize(1000, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    m_models.countries()->setValueDecimals(2);
    QStringList texts = m_members->valueLabels();
    EXPECT_EQ(texts.first(), QStringLiteral("92.88%")); // 92.8785
    for (const QString &text : std::as_const(texts))
        EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d+\\.\\d\\d%$")).match(text).hasMatch())
            << text.toStdString();
    m_models.countries()->setValueDecimals(0);
    texts = m_members->valueLabels();
    EXPECT_EQ(texts.first(), QStringLiteral("93%"));
    EXPECT_DOUBLE_EQ(m_members->bars().first().value, kKazakhstan2023);
    // Each label stands centred above its own bar.
    QCoreApplication::processEvents();
    QChart *chart = m_members->chart();
    const QList<QGraphicsItem *> items = chart->childItems();
    int above = 0;
    for (const QGraphicsItem *item : items) {
        const auto *label = qgraphicsitem_cast<const QGraphicsSimpleTextItem *>(item);
        if (!label || label->text() != QStringLiteral("93%"))
            continue;
        const QPointF top =
            chart->mapToPosition(QPointF(0, kKazakhstan2023), chart->series().first());
        const QRectF box = label->mapRectToParent(label->boundingRect());
        EXPECT_NEAR(box.center().x(), top.x(), 1.0);
        EXPECT_LE(box.bottom(), top.y());
        EXPECT_GE(box.bottom(), top.y() - 6);
        ++above;
    }
    EXPECT_EQ(above, 1);
    m_models.countries()->setValueDecimals(CountrySelection::kAutomaticDecimals);
    EXPECT_EQ(m_members->valueLabels().first(), QStringLiteral("92.9%"));
}

// Forty chosen countries: each country chart draws what it has room for, the largest, and its
// footer says how many of how many; a chart with room draws them all.
TEST_F(CountryChartsTest, ManyCountriesAreBoundedToWhatFitsAndTheFooterSaysSo)
{
    Data::Dataset dataset = TestSupport::embeddedDataset();
    Data::Series many = dataset.series.last();
    many.key = QStringLiteral("test/many");
    many.observations.clear();
    QSet<QString> codes;
    for (int i = 1; i <= 40; ++i) {
        for (int year : {2020, 2021}) {
            Data::Observation o;
            o.entity = QStringLiteral("Country %1").arg(i, 2, 10, QChar(u'0'));
            o.entityCode = QStringLiteral("Q%1").arg(i, 2, 10, QChar(u'0'));
            o.periodStart = QDate(year, 1, 1);
            o.periodEnd = QDate(year, 12, 31);
            o.periodLabel = QString::number(year);
            o.value = year == 2021 ? i * 1.5 : i; // the latest value grows with i
            many.observations << o;
        }
        codes.insert(QStringLiteral("Q%1").arg(i, 2, 10, QChar(u'0')));
    }
    dataset.series << many;
    m_models.setDataset(dataset);
    m_models.countries()->setIndicator(many.key);
    m_models.countries()->setCountries(codes);

    ChartView view(m_members->chart());
    view.resize(700, 300);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::processEvents();
    const qsizetype fits = m_members->shownBars();
    EXPECT_LT(fits, 40);
    EXPECT_GE(fits, MembersComparedChart::kMinBars);
    EXPECT_EQ(m_members->valueLabels().size(), fits);
    EXPECT_EQ(m_members->valueLabels().first(), QStringLiteral("60")); // 40 × 1.5, the largest
    EXPECT_EQ(m_members->valueLabels().last(), QString::number((40 - fits + 1) * 1.5));
    EXPECT_TRUE(m_members->sourceLine().startsWith(
        QStringLiteral("Largest %1 of 40 countries; Countries chooses which · Source: ").arg(fits)))
        << m_members->sourceLine().toStdString();
    // Each value label keeps clear of its neighbours.
    QList<QRectF> labels;
    for (const QGraphicsItem *item : m_members->chart()->childItems()) {
        if (const auto *label = qgraphicsitem_cast<const QGraphicsSimpleTextItem *>(item))
            labels << label->sceneBoundingRect();
    }
    ASSERT_EQ(labels.size(), fits);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j)
            EXPECT_FALSE(labels.at(i).intersects(labels.at(j))) << i << " and " << j;
    }
    view.resize(2200, 600); // room for every bar
    QCoreApplication::processEvents();
    EXPECT_EQ(m_members->shownBars(), 40);
    // The rebuild leaves no label of the last build drawn: one axis title of each.
    QCoreApplication::processEvents();
    int countryTitles = 0;
    for (const QGraphicsItem *item : view.scene()->items()) {
        const auto *text = qgraphicsitem_cast<const QGraphicsTextItem *>(item);
        if (text && text->isVisible() && text->toPlainText().startsWith(u"Country"))
            ++countryTitles;
    }
    EXPECT_EQ(countryTitles, 1);
    EXPECT_TRUE(m_members->sourceLine().startsWith(QStringLiteral("Source: ")));

    const QStringList lines = m_trend->lineNames();
    ASSERT_EQ(lines.size(), CountryTrendChart::kMaxLines);
    for (int i = 40 - CountryTrendChart::kMaxLines + 1; i <= 40; ++i)
        EXPECT_TRUE(lines.contains(QStringLiteral("Country %1").arg(i))) << i;
    EXPECT_TRUE(m_trend->sourceLine().startsWith(
        QStringLiteral("The 12 of 40 countries with the highest latest values; Countries "
                       "chooses which · Source: ")))
        << m_trend->sourceLine().toStdString();
}

TEST_F(CountryChartsTest, AxesOfASeriesInAnyUnitCarryTickNumbersAndTheUnit)
{
    // The context series as another indicator would come: a unit that is not a percentage.
    Data::Dataset dataset = TestSupport::embeddedDataset();
    Data::Series other = dataset.series.last();
    ASSERT_FALSE(other.observations.isEmpty());
    other.key = QStringLiteral("test/per-100");
    other.label = QStringLiteral("Mobile cellular subscriptions");
    other.unit = QStringLiteral("per 100 people");
    for (Data::Observation &o : other.observations)
        o.value *= 1.5; // up to about 140, past 100
    dataset.series << other;
    m_models.setDataset(dataset);
    m_models.countries()->setIndicator(other.key);
    for (DashboardChart *chart :
         {static_cast<DashboardChart *>(m_trend), static_cast<DashboardChart *>(m_members)}) {
        ChartView view(chart->chart());
        view.resize(1000, 600);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
        QStringList numbers;
        bool hasUnitTitle = false;
        for (const QString &text : leftAxisTexts(chart->chart())) {
            hasUnitTitle |= text == QStringLiteral("Value (per 100 people)");
            bool ok = false;
            QLocale().toDouble(text, &ok);
            if (ok)
                numbers << text;
        }
        EXPECT_TRUE(hasUnitTitle) << chart->id().toStdString();
        // At least three ticks, 0 among them, and one past 100: the values' own range.
        EXPECT_GE(numbers.size(), 3) << chart->id().toStdString() << ": "
                                     << leftAxisTexts(chart->chart()).join(u'|').toStdString();
        EXPECT_TRUE(numbers.contains(QStringLiteral("0"))) << numbers.join(u'|').toStdString();
        EXPECT_TRUE(std::any_of(numbers.cbegin(), numbers.cend(), [](const QString &n) {
            return QLocale().toDouble(n) > 100;
        })) << numbers.join(u'|').toStdString();
    }
}

} // namespace
