// SPDX-License-Identifier: MIT
#include "charts/chartset.h"
#include "charts/dashboardchart.h"
#include "i18n/translation.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "mainwindowhost.h"
#include "testsupport.h"
#include "widgets/facttablepanel.h"
#include "widgets/headlinestrip.h"
#include "widgets/headlinetile.h"
#include "widgets/sourcepane.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QChart>
#include <QFile>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <QValueAxis>

#include <gtest/gtest.h>

namespace {

// What a person reads first in each region of the window.
struct Shown
{
    QString displayName, firstMenu, chartTitle, axisTitles, tileDetail, sourcePane, chartTab;
    QString barLabels, valueTicks; // the growth chart's QtCharts label patterns
};

Shown shown(MainWindow *window)
{
    const DashboardChart *growth = window->charts()->charts().first();
    QStringList axes;
    for (const QAbstractAxis *axis : growth->chart()->axes())
        axes << axis->titleText();
    QString barLabels, valueTicks;
    for (const QAbstractSeries *series : growth->chart()->series()) {
        if (const auto *bars = qobject_cast<const QAbstractBarSeries *>(series))
            barLabels = bars->labelsFormat();
    }
    for (const QAbstractAxis *axis : growth->chart()->axes(Qt::Horizontal)) {
        if (const auto *values = qobject_cast<const QValueAxis *>(axis))
            valueTicks = values->labelFormat();
    }
    QString detail;
    for (const QLabel *label : window->headlines()->tiles().first()->findChildren<QLabel *>())
        detail += label->text() + u'\n';
    return {QGuiApplication::applicationDisplayName(),
            window->menuBar()->actions().first()->text(),
            growth->title(),
            axes.join(u'|'),
            detail,
            window->sourcePane()->plainText(),
            window->chartTabs()->tabText(0),
            barLabels,
            valueTicks};
}

class LanguageSwitchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        InterfaceLanguage::apply(QStringLiteral("en"));
        m_host.createWindow(TestSupport::embeddedDataset(), QString());
        m_host.window()->resize(1280, 720);
        m_host.window()->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_host.window()));
    }

    void TearDown() override
    {
        InterfaceLanguage::apply(QStringLiteral("en"));
        QSettings().clear();
    }

    MainWindowHost m_host{QString()};
};

TEST_F(LanguageSwitchTest, EveryRegionSpeaksTheNewLanguageAndTheSelectionStays)
{
    const QString fact = QStringLiteral("manufacturing_share_of_gdp_2025_h1");
    m_host.window()->selectFact(fact);
    m_host.window()->chartTabs()->setCurrentIndex(2);
    const Shown english = shown(m_host.window());
    EXPECT_EQ(english.firstMenu, QStringLiteral("&File"));
    EXPECT_EQ(english.chartTitle, QStringLiteral("Growth indicators, year-on-year"));

    m_host.switchLanguage(QStringLiteral("ru"));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_host.window()));
    const Shown russian = shown(m_host.window());
    EXPECT_EQ(russian.displayName, QStringLiteral("Дашборд цифрового сотрудничества ШОС"));
    EXPECT_EQ(russian.firstMenu, QStringLiteral("&Файл"));
    EXPECT_EQ(russian.chartTitle, QStringLiteral("Показатели роста, год к году"));
    EXPECT_TRUE(russian.axisTitles.contains(QStringLiteral("Рост (% год к году)")))
        << russian.axisTitles.toStdString();
    EXPECT_EQ(russian.chartTab, QStringLiteral("Рост"));
    // One way of writing a percentage everywhere: "9,3 %", as the tiles and the table write it.
    EXPECT_EQ(english.barLabels, QStringLiteral("@value%"));
    EXPECT_EQ(russian.barLabels, QStringLiteral("@value\u00a0%"));
    EXPECT_EQ(russian.valueTicks, QStringLiteral("%.0f\u00a0%"));
    EXPECT_TRUE(russian.sourcePane.contains(QStringLiteral("Из статьи")))
        << russian.sourcePane.toStdString();
    EXPECT_NE(russian.tileDetail, english.tileDetail);
    EXPECT_TRUE(russian.tileDetail.contains(QStringLiteral("к аналогичному периоду прошлого года")))
        << russian.tileDetail.toStdString();
    // Where the analyst was: the same figure selected, the same chart shown; remembered.
    EXPECT_EQ(m_host.window()->factTable()->currentFactKey(), fact);
    EXPECT_EQ(m_host.window()->chartTabs()->currentIndex(), 2);
    EXPECT_EQ(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ru"));
    EXPECT_EQ(MainWindowHost::startLanguage(QString()), QStringLiteral("ru"));

    m_host.switchLanguage(QStringLiteral("zh_CN"));
    const Shown chinese = shown(m_host.window());
    EXPECT_EQ(chinese.firstMenu, QStringLiteral("文件(&F)"));
    EXPECT_EQ(chinese.chartTitle, QStringLiteral("增长指标（同比）"));
    EXPECT_TRUE(chinese.sourcePane.contains(QStringLiteral("原文")))
        << chinese.sourcePane.toStdString();

    m_host.switchLanguage(QStringLiteral("en"));
    const Shown back = shown(m_host.window());
    EXPECT_EQ(back.firstMenu, english.firstMenu);
    EXPECT_EQ(back.chartTitle, english.chartTitle);
    EXPECT_EQ(back.axisTitles, english.axisTitles);
    EXPECT_EQ(back.sourcePane, english.sourcePane);
}

// Every Han character the Chinese interface shows is in the font chosen for it, so nothing is
// drawn by a fallback font, or as a box.
TEST(ChineseFont, CoversEveryCharacterOfTheTranslation)
{
    const QString family = InterfaceLanguage::fontFamily(QStringLiteral("zh_CN"));
    if (family != u"WenQuanYi Micro Hei")
        GTEST_SKIP() << "fonts-wqy-microhei is not installed";
    // The committed translation, every string of it.
    QFile source(QStringLiteral(SCO_SOURCE_DIR "/resources/translations/sco_zh_CN.ts"));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    const QStringList texts{QString::fromUtf8(source.readAll())};
    const QFontMetrics metrics{QFont(family)};
    QString missing;
    for (const QString &text : texts) {
        for (const char32_t c : text.toUcs4()) {
            if (c > 0x2E80 && !metrics.inFontUcs4(c) && !missing.contains(QChar(c)))
                missing += QString::fromUcs4(&c, 1);
        }
    }
    EXPECT_TRUE(missing.isEmpty()) << missing.toStdString();
}

} // namespace
