// SPDX-License-Identifier: MIT
#include "chineseperiodreader.h"

#include <QRegularExpression>

namespace {

using Period = PeriodReader::Period;

QRegularExpression rule(const QString &text)
{
    return QRegularExpression(text, QRegularExpression::UseUnicodePropertiesOption);
}

// "今年", "去年", "2024年", or nothing (the year of publication).
int yearOf(const QString &text, const QDate &published)
{
    if (text.startsWith(u"去年"))
        return published.year() - 1;
    const int year = text.left(4).toInt();
    return year > 0 ? year : published.year();
}

// "5" or "五", up to twelve.
int countOf(const QString &text)
{
    static const QString digits = QStringLiteral("一二三四五六七八九十");
    if (text == u"十一")
        return 11;
    if (text == u"十二")
        return 12;
    const qsizetype index = digits.indexOf(text);
    return index >= 0 ? int(index) + 1 : text.toInt();
}

const QString kYear = QStringLiteral("(今年|去年|(?:19|20)\\d\\d年)?");

} // namespace

std::optional<PeriodReader::Period> ChinesePeriodReader::read(const QString &s, const QDate &p)
{
    if (!p.isValid())
        return std::nullopt;
    static const QRegularExpression firstMonths =
        rule(kYear + QStringLiteral("前(\\d{1,2}|[一二三四五六七八九十]{1,2})个月"));
    if (const auto m = firstMonths.match(s); m.hasMatch()) {
        const int n = countOf(m.captured(2));
        if (n >= 1 && n <= 12)
            return PeriodReader::months(yearOf(m.captured(1), p), 1, n);
    }
    static const QRegularExpression monthRange =
        rule(kYear + QStringLiteral("(\\d{1,2})月?[-—–~至到](\\d{1,2})月"));
    if (const auto m = monthRange.match(s); m.hasMatch()) {
        const int from = m.captured(2).toInt(), to = m.captured(3).toInt();
        if (from >= 1 && from <= to && to <= 12)
            return PeriodReader::months(yearOf(m.captured(1), p), from, to);
    }
    static const QRegularExpression half = rule(kYear + QStringLiteral("(上|下)半年"));
    if (const auto m = half.match(s); m.hasMatch())
        return PeriodReader::half(yearOf(m.captured(1), p), m.captured(2) == u"上" ? 1 : 2);
    static const QRegularExpression quarter =
        rule(kYear + QStringLiteral("(?:第)?([一二三四1-4])季度"));
    if (const auto m = quarter.match(s); m.hasMatch())
        return PeriodReader::quarter(yearOf(m.captured(1), p), countOf(m.captured(2)));
    static const QRegularExpression monthEnd =
        rule(QStringLiteral("截至") + kYear + QStringLiteral("(\\d{1,2})月(?:底|末)"));
    if (const auto m = monthEnd.match(s); m.hasMatch()) {
        const int month = m.captured(2).toInt();
        if (month >= 1 && month <= 12)
            return PeriodReader::endOfMonth(yearOf(m.captured(1), p), month);
    }
    static const QRegularExpression yearEnd =
        rule(QStringLiteral("截至") + kYear + QStringLiteral("(?:年)?(?:底|末)"));
    if (const auto m = yearEnd.match(s); m.hasMatch())
        return PeriodReader::endOfYear(yearOf(m.captured(1), p));
    static const QRegularExpression since = rule(QStringLiteral("((?:19|20)\\d\\d)年以来"));
    if (const auto m = since.match(s); m.hasMatch() && m.captured(1).toInt() <= p.year())
        return PeriodReader::since(m.captured(1).toInt(), p);
    // A year that opens the sentence or a clause ("2024年，…", "在2024年"), not one a figure is
    // compared with ("是2015年的19.2倍").
    static const QRegularExpression year =
        rule(QStringLiteral("(?:^|[，,；、在于从])\\s*((?:19|20)\\d\\d)年(?![\\d的])"));
    if (const auto m = year.match(s); m.hasMatch() && m.captured(1).toInt() <= p.year())
        return PeriodReader::wholeYear(m.captured(1).toInt());
    if (s.contains(u"去年") && !s.contains(u"去年同期"))
        return PeriodReader::wholeYear(p.year() - 1);
    return std::nullopt;
}
