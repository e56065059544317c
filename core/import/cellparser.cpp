// SPDX-License-Identifier: MIT
#include "cellparser.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

CellParser::Number CellParser::number(const QString &cell, double *value)
{
    const QString text = cell.trimmed();
    if (text.isEmpty() || text == u"..")
        return Number::Missing;
    static const QLocale strict = [] {
        QLocale c = QLocale::c();
        c.setNumberOptions(QLocale::RejectGroupSeparator);
        return c;
    }();
    bool ok = false;
    *value = strict.toDouble(text, &ok);
    return ok && std::isfinite(*value) ? Number::Value : Number::Invalid;
}

bool CellParser::year(const QString &cell, Data::Observation *o)
{
    bool ok = false;
    const int year = cell.trimmed().toInt(&ok);
    if (!ok || year < 1 || year > 9999)
        return false;
    o->periodStart = QDate(year, 1, 1);
    o->periodEnd = QDate(year, 12, 31);
    o->periodLabel = QString::number(year);
    return true;
}

QString CellParser::slug(const QString &text)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\w.]+"));
    QString slug = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    slug.replace(nonWord, QStringLiteral("-"));
    while (slug.startsWith(u'-'))
        slug.remove(0, 1);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}

QString CellParser::unitOfLabel(const QString &label)
{
    static const QRegularExpression lastParentheses(QStringLiteral("\\(([^()]*)\\)\\s*$"));
    const QRegularExpressionMatch match = lastParentheses.match(label);
    if (!match.hasMatch())
        return {};
    const QString inside = match.captured(1).trimmed();
    return inside.startsWith(u'%') ? QStringLiteral("%") : inside;
}

QString CellParser::notANumber(const QString &cell)
{
    const QString shown = cell.size() > 40 ? cell.left(40) + u'…' : cell;
    return QCoreApplication::translate("CellParser", "'%1' is not a number").arg(shown);
}
