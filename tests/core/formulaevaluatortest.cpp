// SPDX-License-Identifier: MIT
#include "data/formulaevaluator.h"

#include <QHash>

#include <gtest/gtest.h>

namespace {

struct FormulaCase
{
    const char *formula;
    std::optional<double> expected;
    const char *errorPart; // for failures
};

class FormulaEvaluatorTest : public ::testing::TestWithParam<FormulaCase>
{
};

TEST_P(FormulaEvaluatorTest, Evaluates)
{
    const QHash<QString, double> facts{
        {QStringLiteral("a"), 9.3}, {QStringLiteral("b"), 3.4}, {QStringLiteral("zero"), 0.0}};
    FormulaEvaluator evaluator([&facts](const QString &key) -> std::optional<double> {
        return facts.contains(key) ? std::optional<double>(facts.value(key)) : std::nullopt;
    });
    const FormulaCase c = GetParam();
    const std::optional<double> result = evaluator.evaluate(QString::fromUtf8(c.formula));
    if (c.expected) {
        ASSERT_TRUE(result) << evaluator.errorString().toStdString();
        EXPECT_NEAR(*result, *c.expected, 1e-12);
    } else {
        EXPECT_FALSE(result);
        EXPECT_TRUE(evaluator.errorString().contains(QString::fromUtf8(c.errorPart)))
            << evaluator.errorString().toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(
    Formulas, FormulaEvaluatorTest,
    ::testing::Values(FormulaCase{"{a} - {b}", 9.3 - 3.4, ""}, FormulaCase{"{a}+{b}", 12.7, ""},
                      FormulaCase{"({a} - {b}) * 2", (9.3 - 3.4) * 2, ""},
                      FormulaCase{"-{b} + 10", 6.6, ""}, FormulaCase{"{a} / 3", 3.1, ""},
                      FormulaCase{"2 * 3 - 1", 5.0, ""},
                      FormulaCase{"{missing} - 1", std::nullopt, "unknown fact 'missing'"},
                      FormulaCase{"{a} / {zero}", std::nullopt, "division by zero"},
                      FormulaCase{"{a} -", std::nullopt, "ends too early"},
                      FormulaCase{"({a}", std::nullopt, "missing ')'"},
                      FormulaCase{"{a} x", std::nullopt, "unexpected 'x' at position 5"},
                      FormulaCase{"{a", std::nullopt, "missing '}'"}),
    [](const auto &param) { return "case" + std::to_string(param.index); });

TEST(FormulaReferences, ListsKeysInOrder)
{
    EXPECT_EQ(FormulaEvaluator::references(QStringLiteral("{x_1} - {y} * {x_1}")),
              (QStringList{QStringLiteral("x_1"), QStringLiteral("y"), QStringLiteral("x_1")}));
    EXPECT_TRUE(FormulaEvaluator::references(QStringLiteral("1 + 2")).isEmpty());
}

} // namespace
