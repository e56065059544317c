// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// Evaluates the formula of a derived fact: numbers, {fact_key} references, + - * / and
// parentheses. The store keeps the formula as text so the UI can show how a figure was derived
// and the tests can check that every derived value equals its formula.
class FormulaEvaluator
{
public:
    using Lookup = std::function<std::optional<double>(const QString &key)>;

    explicit FormulaEvaluator(Lookup lookup);

    // Returns std::nullopt and sets errorString() when the formula is malformed, names an
    // unknown key or divides by zero.
    std::optional<double> evaluate(const QString &formula);
    QString errorString() const { return m_error; }

    // The keys a formula references, in order of appearance.
    static QStringList references(const QString &formula);

private:
    std::optional<double> parseSum();
    std::optional<double> parseProduct();
    std::optional<double> parseFactor();
    void skipSpaces();
    bool fail(const QString &message);

    Lookup m_lookup;
    QString m_text;
    qsizetype m_pos = 0;
    QString m_error;
};
