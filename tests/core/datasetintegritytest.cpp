// SPDX-License-Identifier: MIT
// The dataset against the article: every quote verbatim, every number present, every derived
// value equal to its formula.
#include "data/formulaevaluator.h"
#include "i18n/translation.h"
#include "testsupport.h"

#include <QLocale>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <cmath>

namespace {

class DatasetIntegrity : public ::testing::Test
{
protected:
    void SetUp() override { m_dataset = TestSupport::embeddedDataset(); }

    QStringList allQuotes() const
    {
        QStringList quotes;
        for (const Data::Source &s : m_dataset.sources) {
            if (s.key == u"chinadaily-2025-08-29") // the other sources are data sets and lists
                quotes << s.quote;
        }
        for (const Data::Fact &f : m_dataset.facts)
            quotes << f.quote;
        for (const Data::Topic &t : m_dataset.topics)
            quotes << t.quote;
        for (const Data::Person &p : m_dataset.people)
            quotes << p.quote;
        for (const Data::Event &e : m_dataset.events)
            quotes << e.quote;
        return quotes;
    }

    Data::Dataset m_dataset;
};

TEST_F(DatasetIntegrity, HoldsEveryKindOfContent)
{
    // The article, the SCO Secretariat's member list and the ITU/OWID context series.
    EXPECT_EQ(m_dataset.sources.size(), 3);
    EXPECT_EQ(m_dataset.memberStates.size(), 10);
    EXPECT_GE(m_dataset.facts.size(), 7);
    EXPECT_FALSE(m_dataset.series.isEmpty());
    EXPECT_FALSE(m_dataset.topics.isEmpty());
    EXPECT_EQ(m_dataset.people.size(), 2);
    EXPECT_GE(m_dataset.events.size(), 2);
}

TEST_F(DatasetIntegrity, EveryQuoteIsVerbatimInTheArticle)
{
    const std::optional<QString> article = TestSupport::article();
    if (!article)
        GTEST_SKIP() << "../shared/seed/article.txt is absent (a user's clone): quotes not "
                        "compared with the article";
    for (const QString &quote : allQuotes()) {
        ASSERT_FALSE(quote.isEmpty());
        EXPECT_TRUE(article->contains(quote)) << "not in the article: " << quote.toStdString();
    }
}

// Every number the article prints is covered: it occurs in a stored quote, and every figure
// phrase ("9.3 percent", "3.4 percentage points", "more than 830") is a fact of its own.
TEST_F(DatasetIntegrity, EveryNumberOfTheArticleIsStored)
{
    const std::optional<QString> article = TestSupport::article();
    if (!article)
        GTEST_SKIP() << "../shared/seed/article.txt is absent (a user's clone): coverage of "
                        "the article's numbers not checked";
    const QString quotes = allQuotes().join(u'\n');
    static const QRegularExpression number(QStringLiteral("\\d+(?:[.:]\\d+)?"));
    int numbers = 0;
    for (const QRegularExpressionMatch &m : number.globalMatch(*article)) {
        ++numbers;
        EXPECT_TRUE(quotes.contains(m.captured()))
            << "number not stored: " << m.captured().toStdString();
    }
    EXPECT_GE(numbers, 10);

    QStringList asWritten;
    for (const Data::Fact &f : m_dataset.facts)
        asWritten << f.asWritten;
    static const QRegularExpression figure(
        QStringLiteral("(?:more than )?\\d+(?:\\.\\d+)? (?:percentage points|percent)|"
                       "more than \\d+"));
    int figures = 0;
    for (const QRegularExpressionMatch &m : figure.globalMatch(*article)) {
        ++figures;
        EXPECT_TRUE(asWritten.contains(m.captured()))
            << "figure without a fact: " << m.captured().toStdString();
    }
    EXPECT_EQ(figures, 6);
}

TEST_F(DatasetIntegrity, EachStatedFactQuoteContainsItsFigureAsWritten)
{
    for (const Data::Fact &f : m_dataset.facts) {
        if (f.derived)
            continue;
        SCOPED_TRACE(f.key.toStdString());
        ASSERT_FALSE(f.asWritten.isEmpty());
        EXPECT_TRUE(f.quote.contains(f.asWritten));
        // The words carry the stored value with exactly the stored digits.
        const QString digits = QLocale::c().toString(f.value, 'f', f.decimals);
        EXPECT_TRUE(f.asWritten.contains(digits)) << digits.toStdString();
        EXPECT_EQ(f.qualifier.isEmpty(), !f.asWritten.startsWith(QStringLiteral("more than")));
        if (f.unit == u"%") {
            EXPECT_TRUE(f.asWritten.endsWith(QStringLiteral(" percent")));
        }
        if (f.unit == u"pp") {
            EXPECT_TRUE(f.asWritten.endsWith(QStringLiteral(" percentage points")));
        }
    }
}

TEST_F(DatasetIntegrity, EveryDerivedValueEqualsItsFormula)
{
    int derived = 0;
    FormulaEvaluator evaluator([this](const QString &key) -> std::optional<double> {
        const Data::Fact *fact = m_dataset.factByKey(key);
        return fact && !fact->derived ? std::optional<double>(fact->value) : std::nullopt;
    });
    for (const Data::Fact &f : m_dataset.facts) {
        if (!f.derived)
            continue;
        ++derived;
        SCOPED_TRACE(f.key.toStdString());
        const std::optional<double> value = evaluator.evaluate(f.formula);
        ASSERT_TRUE(value) << evaluator.errorString().toStdString();
        EXPECT_NEAR(*value, f.value, std::pow(10.0, -f.decimals) / 2);
        EXPECT_EQ(f.inputKeys, FormulaEvaluator::references(f.formula));
        EXPECT_TRUE(f.asWritten.isEmpty()) << "a derived figure is not written in the article";
    }
    EXPECT_GE(derived, 1);
}

TEST_F(DatasetIntegrity, ObservationsEqualTheFactsTheyCite)
{
    for (const Data::Series &s : m_dataset.series) {
        if (s.source.key != u"chinadaily-2025-08-29")
            continue; // a data set's observations are figures of their own, not the article's
        for (const Data::Observation &o : s.observations) {
            const Data::Fact *fact = m_dataset.factByKey(o.factKey);
            ASSERT_NE(fact, nullptr) << o.factKey.toStdString();
            EXPECT_DOUBLE_EQ(o.value, fact->value);
            EXPECT_EQ(o.periodEnd, fact->periodEnd);
            EXPECT_EQ(o.derived, fact->derived);
            EXPECT_EQ(s.unit, fact->unit);
        }
    }
}

TEST_F(DatasetIntegrity, TopicTermsStandInTheirQuotes)
{
    for (const Data::Topic &t : m_dataset.topics)
        EXPECT_TRUE(t.quote.contains(t.term)) << t.key.toStdString();
}

// Weekday dates are resolved against the publication date; check the arithmetic.
TEST_F(DatasetIntegrity, WeekdayDatesFollowFromThePublicationDate)
{
    const QDate published = m_dataset.sources.first().published;
    ASSERT_TRUE(published.isValid());
    for (const Data::Event &e : m_dataset.events) {
        SCOPED_TRACE(e.key.toStdString());
        EXPECT_LE(e.startDate, e.endDate);
        if (e.dateBasis.contains(QStringLiteral("Sunday and Monday"))) {
            EXPECT_EQ(e.startDate.dayOfWeek(), Qt::Sunday);
            EXPECT_EQ(e.endDate.dayOfWeek(), Qt::Monday);
            EXPECT_GT(e.startDate, published);
            EXPECT_LT(published.daysTo(e.startDate), 7);
        }
        if (e.dateBasis.contains(QStringLiteral("Thursday"))) {
            EXPECT_EQ(e.startDate.dayOfWeek(), Qt::Thursday);
            EXPECT_LT(e.startDate, published);
            EXPECT_LT(e.startDate.daysTo(published), 7);
        }
    }
}

// In Chinese and Russian every built-in label is the dataset's own translation, and every quote
// is still the article's sentence, word for word.
TEST(DatasetTranslations, EveryLabelIsTranslatedAndNoQuoteIs)
{
    const Data::Dataset english = TestSupport::embeddedDataset();
    for (const char *code : {"zh_CN", "ru"}) {
        ASSERT_TRUE(Translation::apply(QString::fromLatin1(code)));
        const Data::Dataset translated = TestSupport::embeddedDataset();
        Translation::apply(QStringLiteral("en"));
        ASSERT_EQ(translated.facts.size(), english.facts.size());
        for (qsizetype i = 0; i < english.facts.size(); ++i) {
            const Data::Fact &e = english.facts.at(i);
            const Data::Fact &t = translated.facts.at(i);
            EXPECT_NE(t.label, e.label) << code << ' ' << e.key.toStdString();
            EXPECT_NE(t.periodLabel, e.periodLabel) << code << ' ' << e.key.toStdString();
            EXPECT_NE(t.category, e.category) << code << ' ' << e.key.toStdString();
            EXPECT_NE(t.basis, e.basis) << code << ' ' << e.key.toStdString();
            EXPECT_EQ(t.storedBasis(), e.basis);
            EXPECT_EQ(t.quote, e.quote);
            EXPECT_EQ(t.value, e.value);
        }
        for (qsizetype i = 0; i < english.topics.size(); ++i) {
            EXPECT_NE(translated.topics.at(i).name, english.topics.at(i).name) << code;
            EXPECT_NE(translated.topics.at(i).pillar, english.topics.at(i).pillar) << code;
            EXPECT_EQ(translated.topics.at(i).storedKind(), english.topics.at(i).kind);
            EXPECT_EQ(translated.topics.at(i).quote, english.topics.at(i).quote);
        }
        for (qsizetype i = 0; i < english.events.size(); ++i) {
            EXPECT_NE(translated.events.at(i).name, english.events.at(i).name) << code;
            EXPECT_EQ(translated.events.at(i).quote, english.events.at(i).quote);
        }
    }
}

} // namespace
