// SPDX-License-Identifier: MIT
#include "formulaevaluator.h"

#include <QCoreApplication>
#include <QRegularExpression>

FormulaEvaluator::FormulaEvaluator(Lookup lookup)
    : m_lookup(std::move(lookup))
{
}

std::optional<double> FormulaEvaluator::evaluate(const QString &formula)
{
    m_text = formula;
    m_pos = 0;
    m_error.clear();
    const std::optional<double> result = parseSum();
    skipSpaces();
    if (result && m_pos != m_text.size()) {
        fail(QCoreApplication::translate("FormulaEvaluator", "unexpected '%1' at position %2")
                 .arg(m_text.at(m_pos))
                 .arg(m_pos + 1));
        return std::nullopt;
    }
    return result;
}

QStringList FormulaEvaluator::references(const QString &formula)
{
    static const QRegularExpression reference(QStringLiteral("\\{([A-Za-z0-9_]+)\\}"));
    QStringList keys;
    for (const QRegularExpressionMatch &match : reference.globalMatch(formula))
        keys.append(match.captured(1));
    return keys;
}

std::optional<double> FormulaEvaluator::parseSum()
{
    std::optional<double> left = parseProduct();
    while (left) {
        skipSpaces();
        if (m_pos >= m_text.size())
            break;
        const QChar op = m_text.at(m_pos);
        if (op != u'+' && op != u'-')
            break;
        ++m_pos;
        const std::optional<double> right = parseProduct();
        if (!right)
            return std::nullopt;
        left = op == u'+' ? *left + *right : *left - *right;
    }
    return left;
}

std::optional<double> FormulaEvaluator::parseProduct()
{
    std::optional<double> left = parseFactor();
    while (left) {
        skipSpaces();
        if (m_pos >= m_text.size())
            break;
        const QChar op = m_text.at(m_pos);
        if (op != u'*' && op != u'/')
            break;
        ++m_pos;
        const std::optional<double> right = parseFactor();
        if (!right)
            return std::nullopt;
        if (op == u'/' && *right == 0.0) {
            fail(QCoreApplication::translate("FormulaEvaluator", "division by zero"));
            return std::nullopt;
        }
        left = op == u'*' ? *left * *right : *left / *right;
    }
    return left;
}

std::optional<double> FormulaEvaluator::parseFactor()
{
    skipSpaces();
    if (m_pos >= m_text.size()) {
        fail(QCoreApplication::translate("FormulaEvaluator", "formula ends too early"));
        return std::nullopt;
    }
    const QChar c = m_text.at(m_pos);
    if (c == u'(') {
        ++m_pos;
        const std::optional<double> inner = parseSum();
        skipSpaces();
        if (!inner || m_pos >= m_text.size() || m_text.at(m_pos) != u')') {
            if (inner)
                fail(QCoreApplication::translate("FormulaEvaluator", "missing ')'"));
            return std::nullopt;
        }
        ++m_pos;
        return inner;
    }
    if (c == u'-') {
        ++m_pos;
        const std::optional<double> inner = parseFactor();
        return inner ? std::optional<double>(-*inner) : std::nullopt;
    }
    if (c == u'{') {
        const qsizetype end = m_text.indexOf(u'}', m_pos);
        if (end < 0) {
            fail(QCoreApplication::translate("FormulaEvaluator", "missing '}'"));
            return std::nullopt;
        }
        const QString key = m_text.mid(m_pos + 1, end - m_pos - 1);
        m_pos = end + 1;
        const std::optional<double> value = m_lookup(key);
        if (!value)
            fail(QCoreApplication::translate("FormulaEvaluator", "unknown fact '%1'").arg(key));
        return value;
    }
    qsizetype end = m_pos;
    while (end < m_text.size() && (m_text.at(end).isDigit() || m_text.at(end) == u'.'))
        ++end;
    bool ok = false;
    const double number = m_text.mid(m_pos, end - m_pos).toDouble(&ok);
    if (!ok) {
        fail(QCoreApplication::translate("FormulaEvaluator", "unexpected '%1' at position %2")
                 .arg(c)
                 .arg(m_pos + 1));
        return std::nullopt;
    }
    m_pos = end;
    return number;
}

void FormulaEvaluator::skipSpaces()
{
    while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
        ++m_pos;
}

bool FormulaEvaluator::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}
