// SPDX-License-Identifier: MIT
#include "periodreader.h"

#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

using Period = PeriodReader::Period;

const QString kMonths = QStringLiteral(
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec");
const QString kYear = QStringLiteral("this year|last year|(?:19|20)\\d\\d");

// Each rule is compiled once per process, on its first use; the copy returned shares it.
QRegularExpression pattern(const QString &text)
{
    static QHash<QString, QRegularExpression> compiled;
    static QMutex mutex;
    const QMutexLocker lock(&mutex);
    auto it = compiled.find(text);
    if (it == compiled.end())
        it = compiled.insert(
            text, QRegularExpression(text, QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::UseUnicodePropertiesOption));
    return *it;
}

// "this year", "last year", "2024", or nothing (the year of publication).
int yearOf(const QString &text, const QDate &published)
{
    const QString t = text.toLower();
    if (t.isEmpty() || t == u"this year")
        return published.year();
    if (t == u"last year")
        return published.year() - 1;
    return t.toInt();
}

int monthOf(const QString &name)
{
    const QString n = name.left(3).toLower();
    const QStringList months{u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                             u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    return int(months.indexOf(n)) + 1;
}

int countOf(const QString &word)
{
    static const QStringList words{u"one"_s,  u"two"_s, u"three"_s,  u"four"_s,
                                   u"five"_s, u"six"_s, u"seven"_s,  u"eight"_s,
                                   u"nine"_s, u"ten"_s, u"eleven"_s, u"twelve"_s};
    const qsizetype index = words.indexOf(word.toLower());
    return index >= 0 ? int(index) + 1 : word.toInt();
}

QString monthName(int month)
{
    return QLocale::c().monthName(month, QLocale::ShortFormat);
}

QDate monthEnd(int year, int month)
{
    const QDate first(year, month, 1);
    return first.addDays(first.daysInMonth() - 1);
}

Period months(int year, int from, int to)
{
    return PeriodReader::months(year, from, to);
}

std::optional<Period> firstMonths(const QString &s, const QDate &p)
{
    const auto m =
        pattern(QStringLiteral("\\bfirst (\\w+) months(?: of (%1))?").arg(kYear)).match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const int n = countOf(m.captured(1));
    if (n < 1 || n > 12)
        return std::nullopt;
    return months(yearOf(m.captured(2), p), 1, n);
}

std::optional<Period> halfOrQuarter(const QString &s, const QDate &p)
{
    const auto m = pattern(QStringLiteral("\\b(first|second|third|fourth) (half|quarter)"
                                          "(?: of (?:the year|(%1)))?")
                               .arg(kYear))
                       .match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = yearOf(m.captured(3), p);
    const int ordinal = QStringList{u"first"_s, u"second"_s, u"third"_s, u"fourth"_s}.indexOf(
                            m.captured(1).toLower()) +
                        1;
    if (m.captured(2).toLower() == u"half")
        return ordinal > 2 ? std::nullopt : std::optional(PeriodReader::half(year, ordinal));
    return PeriodReader::quarter(year, ordinal);
}

std::optional<Period> monthRange(const QString &s, const QDate &p)
{
    const auto m = pattern(QStringLiteral("\\b(%1)\\s*(?:-|–|—|to|through)\\s*(%1)\\b(?:,? (%2))?")
                               .arg(kMonths, kYear))
                       .match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const int from = monthOf(m.captured(1));
    const int to = monthOf(m.captured(2));
    if (from < 1 || to < from)
        return std::nullopt;
    return months(yearOf(m.captured(3), p), from, to);
}

std::optional<Period> pointInTime(const QString &s, const QDate &p)
{
    auto m =
        pattern(QStringLiteral("\\bas of (?:the end of )?(%1)(?:,? (%2))?").arg(kMonths, kYear))
            .match(s);
    if (m.hasMatch())
        return PeriodReader::endOfMonth(yearOf(m.captured(2), p), monthOf(m.captured(1)));
    m = pattern(QStringLiteral("\\b(?:by|at|as of) the end of (%1)").arg(kYear)).match(s);
    if (m.hasMatch())
        return PeriodReader::endOfYear(yearOf(m.captured(1), p));
    return std::nullopt;
}

std::optional<Period> sinceYear(const QString &s, const QDate &p)
{
    const auto m = pattern(QStringLiteral("\\bsince ((?:19|20)\\d\\d)\\b")).match(s);
    if (!m.hasMatch() || m.captured(1).toInt() > p.year())
        return std::nullopt;
    return PeriodReader::since(m.captured(1).toInt(), p);
}

std::optional<Period> yearOfSentence(const QString &s, const QDate &p)
{
    auto m = pattern(QStringLiteral("\\b(?:in|for|during|of) ((?:19|20)\\d\\d)\\b(?![-–/]\\d)"))
                 .match(s);
    int year = 0;
    if (m.hasMatch())
        year = m.captured(1).toInt();
    else if (pattern(QStringLiteral("\\blast year\\b")).match(s).hasMatch() &&
             !pattern(QStringLiteral("same period last year")).match(s).hasMatch())
        year = p.year() - 1;
    if (year == 0 || year > p.year())
        return std::nullopt;
    return PeriodReader::wholeYear(year);
}

} // namespace

std::optional<PeriodReader::Period> PeriodReader::read(const QString &sentence,
                                                       const QDate &published)
{
    if (!published.isValid())
        return std::nullopt;
    for (const auto &reader :
         {firstMonths, halfOrQuarter, monthRange, pointInTime, sinceYear, yearOfSentence}) {
        if (std::optional<Period> period = reader(sentence, published))
            return period;
    }
    return std::nullopt;
}

PeriodReader::Period PeriodReader::months(int year, int from, int to)
{
    QString label = monthName(from);
    if (to != from)
        label += QStringLiteral("–") + monthName(to);
    label += u' ' + QString::number(year);
    return {QDate(year, from, 1), monthEnd(year, to), label};
}

PeriodReader::Period PeriodReader::half(int year, int which)
{
    Period period = months(year, which == 1 ? 1 : 7, which == 1 ? 6 : 12);
    period.label = QStringLiteral("H%1 %2").arg(which).arg(year);
    return period;
}

PeriodReader::Period PeriodReader::quarter(int year, int which)
{
    Period period = months(year, which * 3 - 2, which * 3);
    period.label = QStringLiteral("Q%1 %2").arg(which).arg(year);
    return period;
}

PeriodReader::Period PeriodReader::wholeYear(int year)
{
    return {QDate(year, 1, 1), QDate(year, 12, 31), QString::number(year)};
}

PeriodReader::Period PeriodReader::since(int year, const QDate &published)
{
    return {QDate(year, 1, 1), published, QStringLiteral("since %1").arg(year)};
}

PeriodReader::Period PeriodReader::endOfMonth(int year, int month)
{
    const QDate end = monthEnd(year, month);
    return {end, end, QStringLiteral("end of %1 %2").arg(monthName(month)).arg(year)};
}

PeriodReader::Period PeriodReader::endOfYear(int year)
{
    return {QDate(year, 12, 31), QDate(year, 12, 31), QStringLiteral("end of %1").arg(year)};
}
