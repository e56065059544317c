// SPDX-License-Identifier: MIT
// Chinese and Russian articles read by the design English ones are: each kind of figure with its
// value, scale, unit, qualifier, direction, basis and period, in sentences written the way
// Chinese and Russian news agencies write them; dates, years, ordinals and names are not
// figures; and an article's language is told from its letters.
#include "extract/articleextractor.h"
#include "extract/articlelanguage.h"

#include <gtest/gtest.h>

namespace {

using Kind = FigureProposal::Kind;
using Direction = FigureProposal::Direction;

struct Case
{
    const char *sentence;
    ArticleLanguage::Code language;
    const char *asWritten; // the sentence's first figure, or nullptr for none
    Kind kind;
    double value;
    double scale;
    const char *unit;
    const char *qualifier;
    Direction direction;
    const char *basis;
    const char *period;
};

class ArticleLanguagesTest : public ::testing::TestWithParam<Case>
{
};

TEST_P(ArticleLanguagesTest, ReadsTheFirstFigureAsEnglishIsRead)
{
    const Case &c = GetParam();
    const QString sentence = QString::fromUtf8(c.sentence);
    const QList<FigureProposal> found =
        ArticleExtractor::extract(sentence, QDate(2025, 8, 29), c.language);
    if (!c.asWritten) {
        EXPECT_TRUE(found.isEmpty()) << found.value(0).asWritten.toStdString();
        return;
    }
    ASSERT_FALSE(found.isEmpty());
    const FigureProposal &f = found.first();
    EXPECT_EQ(f.asWritten, QString::fromUtf8(c.asWritten));
    EXPECT_EQ(f.quote, sentence);
    EXPECT_EQ(f.quote.mid(f.start, f.asWritten.size()), f.asWritten);
    EXPECT_EQ(f.kind, c.kind);
    EXPECT_EQ(f.value, c.value);
    EXPECT_EQ(f.scale, c.scale);
    EXPECT_EQ(f.unit, QString::fromUtf8(c.unit));
    EXPECT_EQ(f.qualifier, QString::fromUtf8(c.qualifier));
    EXPECT_EQ(f.direction, c.direction);
    EXPECT_EQ(f.basis, QString::fromUtf8(c.basis));
    EXPECT_EQ(f.periodLabel, QString::fromUtf8(c.period));
    EXPECT_FALSE(f.label.isEmpty());
}

constexpr auto zh = ArticleLanguage::Chinese;
constexpr auto ru = ArticleLanguage::Russian;

INSTANTIATE_TEST_SUITE_P(
    Sentences, ArticleLanguagesTest,
    ::testing::Values(
        Case{"今年前5个月，我国数字产业完成业务收入同比增长9.3%，增速比去年同期高3.4个百分点。", zh,
             "9.3%", Kind::Percent, 9.3, 1, "%", "", Direction::Up, "year-on-year", "Jan–May 2025"},
        Case{"增速比去年同期高3.4个百分点。", zh, "3.4个百分点", Kind::PercentagePoints, 3.4, 1,
             "pp", "", Direction::Up, "", ""},
        Case{"2024年，中国与上合组织其他成员国贸易额达5123亿美元，同比增长2.7%。", zh, "5123亿美元",
             Kind::Amount, 5123, 1e8, "亿美元", "", Direction::None, "", "2024"},
        Case{"中国企业已在上合组织其他成员国设立3000多家企业。", zh, "3000多家企业", Kind::Count,
             3000, 1, "企业", "more than", Direction::None, "", ""},
        Case{"青岛港已开通通往上合组织国家的42条航线。", zh, "42条航线", Kind::Count, 42, 1, "航线",
             "", Direction::None, "", ""},
        Case{"上半年，制造业增加值占GDP比重达25.7%。", zh, "25.7%", Kind::Percent, 25.7, 1, "%", "",
             Direction::None, "of GDP", "H1 2025"},
        Case{"中欧班列全年运输货物1.17亿吨，是2015年的19.2倍。", zh, "1.17亿吨", Kind::Quantity,
             1.17, 1e8, "亿吨", "", Direction::None, "", ""},
        Case{"截至6月底，双边投资存量超过400亿美元。", zh, "400亿美元", Kind::Amount, 400, 1e8,
             "亿美元", "more than", Direction::None, "", "end of Jun 2025"},
        Case{"2025年上合组织峰会将于8月31日在天津举行。", zh, nullptr, Kind::Count, 0, 1, "", "",
             Direction::None, "", ""},
        Case{"三大运营商将为峰会建设覆盖全市的5G网络。", zh, nullptr, Kind::Count, 0, 1, "", "",
             Direction::None, "", ""},
        Case{"这是双方举行的第23次定期会晤。", zh, nullptr, Kind::Count, 0, 1, "", "",
             Direction::None, "", ""},
        Case{"За первые пять месяцев этого года доходы цифровой отрасли выросли на 9,3% в "
             "годовом исчислении.",
             ru, "9,3%", Kind::Percent, 9.3, 1, "%", "", Direction::Up, "year-on-year",
             "Jan–May 2025"},
        Case{"В 2024 году товарооборот Китая с другими странами ШОС составил 512,4 млрд "
             "долларов США.",
             ru, "512,4 млрд долларов США", Kind::Amount, 512.4, 1e9, "млрд долларов США", "",
             Direction::None, "", "2024"},
        Case{"Китайские компании открыли в странах ШОС более 3 000 предприятий.", ru,
             "3 000 предприятий", Kind::Count, 3000, 1, "предприятий", "more than", Direction::None,
             "", ""},
        Case{"Темпы роста оказались на 3,4 процентного пункта выше, чем годом ранее.", ru,
             "3,4 процентного пункта", Kind::PercentagePoints, 3.4, 1, "pp", "", Direction::Up, "",
             ""},
        Case{"Объем грузовых перевозок вырос в 19,2 раза.", ru, "19,2 раза", Kind::Multiple, 19.2,
             1, "times", "", Direction::Up, "", ""},
        Case{"В первом полугодии доля обрабатывающей промышленности в ВВП достигла 25,7%.", ru,
             "25,7%", Kind::Percent, 25.7, 1, "%", "", Direction::None, "of GDP", "H1 2025"},
        Case{"С 2023 года Китай подготовил около 830 специалистов в области цифровых "
             "технологий.",
             ru, "830 специалистов", Kind::Count, 830, 1, "специалистов", "about", Direction::None,
             "", "since 2023"},
        Case{"Саммит ШОС пройдет 31 августа 2025 года в Тяньцзине.", ru, nullptr, Kind::Count, 0, 1,
             "", "", Direction::None, "", ""},
        Case{"В прошлом году в регионе построили сети 5G.", ru, nullptr, Kind::Count, 0, 1, "", "",
             Direction::None, "", ""}));

TEST(ArticleLanguagesTest, AnArticlesLanguageIsToldFromItsLetters)
{
    EXPECT_EQ(ArticleLanguage::guess(QStringLiteral("Trade rose 2.7 percent in 2024.")),
              ArticleLanguage::English);
    EXPECT_EQ(
        ArticleLanguage::guess(QStringLiteral("2024年，中国与上合组织成员国贸易额达5123亿美元。")),
        ArticleLanguage::Chinese);
    EXPECT_EQ(ArticleLanguage::guess(QStringLiteral("Товарооборот ШОС (SCO) вырос на 2,7%.")),
              ArticleLanguage::Russian);
    EXPECT_EQ(ArticleLanguage::fromName(QStringLiteral("zh")), ArticleLanguage::Chinese);
    EXPECT_EQ(ArticleLanguage::fromName(QStringLiteral("zh_CN")), ArticleLanguage::Chinese);
    EXPECT_EQ(ArticleLanguage::fromName(QStringLiteral("ru")), ArticleLanguage::Russian);
    EXPECT_EQ(ArticleLanguage::fromName(QStringLiteral("de")), std::nullopt);
}

} // namespace
