// SPDX-License-Identifier: MIT
#include "russianperiodreader.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

QRegularExpression rule(const QString &text)
{
    return QRegularExpression(text, QRegularExpression::CaseInsensitiveOption |
                                        QRegularExpression::UseUnicodePropertiesOption);
}

// "этого года", "текущего года", "прошлого года", "2024 года", or nothing (the year of
// publication).
int yearOf(const QString &text, const QDate &published)
{
    if (text.startsWith(u"прошл", Qt::CaseInsensitive))
        return published.year() - 1;
    const int year = text.left(4).toInt();
    return year > 0 ? year : published.year();
}

// A month in any case ("январе", "августа", "май"): 1–12, or 0.
int monthOf(const QString &word)
{
    static const QStringList stems{
        QStringLiteral("январ"),  QStringLiteral("феврал"), QStringLiteral("март"),
        QStringLiteral("апрел"),  QStringLiteral("ма"),     QStringLiteral("июн"),
        QStringLiteral("июл"),    QStringLiteral("август"), QStringLiteral("сентябр"),
        QStringLiteral("октябр"), QStringLiteral("ноябр"),  QStringLiteral("декабр")};
    const QString w = word.toLower();
    for (qsizetype i = 0; i < stems.size(); ++i) {
        if (w.startsWith(stems.at(i)) && (i != 4 || w.size() <= 3)) // "мае", "мая", "май"
            return int(i) + 1;
    }
    return 0;
}

int countOf(const QString &word)
{
    static const QStringList words{
        QStringLiteral("один"),   QStringLiteral("два"),         QStringLiteral("три"),
        QStringLiteral("четыре"), QStringLiteral("пять"),        QStringLiteral("шесть"),
        QStringLiteral("семь"),   QStringLiteral("восемь"),      QStringLiteral("девять"),
        QStringLiteral("десять"), QStringLiteral("одиннадцать"), QStringLiteral("двенадцать")};
    const qsizetype index = words.indexOf(word.toLower());
    return index >= 0 ? int(index) + 1 : word.toInt();
}

int ordinalOf(const QString &word)
{
    static const QStringList stems{QStringLiteral("перв"), QStringLiteral("втор"),
                                   QStringLiteral("трет"), QStringLiteral("четв")};
    for (qsizetype i = 0; i < stems.size(); ++i) {
        if (word.toLower().startsWith(stems.at(i)))
            return int(i) + 1;
    }
    return 0;
}

const QString kYear =
    QStringLiteral("(?:\\s+(этого года|текущего года|прошлого года|(?:19|20)\\d\\d\\s+года))?");

} // namespace

std::optional<PeriodReader::Period> RussianPeriodReader::read(const QString &s, const QDate &p)
{
    if (!p.isValid())
        return std::nullopt;
    static const QRegularExpression firstMonths =
        rule(QStringLiteral("первы[ех]\\s+(\\w+)\\s+месяц\\w*") + kYear);
    if (const auto m = firstMonths.match(s); m.hasMatch()) {
        const int n = countOf(m.captured(1));
        if (n >= 1 && n <= 12)
            return PeriodReader::months(yearOf(m.captured(2), p), 1, n);
    }
    static const QRegularExpression monthRange =
        rule(QStringLiteral("\\b(\\w+)\\s*[-–—]\\s*(\\w+)") + kYear);
    for (auto it = monthRange.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        const int from = monthOf(m.captured(1)), to = monthOf(m.captured(2));
        if (from >= 1 && to >= from)
            return PeriodReader::months(yearOf(m.captured(3), p), from, to);
    }
    static const QRegularExpression part = rule(
        QStringLiteral("(перв\\w+|втор\\w+|трет\\w+|четв\\w+)\\s+(полугоди|квартал)\\w*") + kYear);
    if (const auto m = part.match(s); m.hasMatch()) {
        const int which = ordinalOf(m.captured(1));
        const int year = yearOf(m.captured(3), p);
        if (m.captured(2).toLower() == u"полугоди" && which >= 1 && which <= 2)
            return PeriodReader::half(year, which);
        if (m.captured(2).toLower() == u"квартал" && which >= 1)
            return PeriodReader::quarter(year, which);
    }
    static const QRegularExpression yearEnd =
        rule(QStringLiteral("(?:на|к)\\s+конц\\w+\\s+((?:19|20)\\d\\d|этого|текущего|прошлого)"));
    if (const auto m = yearEnd.match(s); m.hasMatch())
        return PeriodReader::endOfYear(yearOf(m.captured(1), p));
    static const QRegularExpression since =
        rule(QStringLiteral("\\bс\\s+((?:19|20)\\d\\d)\\s+год"));
    if (const auto m = since.match(s); m.hasMatch() && m.captured(1).toInt() <= p.year())
        return PeriodReader::since(m.captured(1).toInt(), p);
    static const QRegularExpression year =
        rule(QStringLiteral("\\b(?:в|за|по итогам)\\s+((?:19|20)\\d\\d)\\s+(?:году|год|года)\\b"));
    if (const auto m = year.match(s); m.hasMatch() && m.captured(1).toInt() <= p.year())
        return PeriodReader::wholeYear(m.captured(1).toInt());
    static const QRegularExpression lastYear = rule(QStringLiteral("\\bв прошлом году\\b"));
    if (lastYear.match(s).hasMatch())
        return PeriodReader::wholeYear(p.year() - 1);
    return std::nullopt;
}
