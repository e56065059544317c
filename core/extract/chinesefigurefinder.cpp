// SPDX-License-Identifier: MIT
#include "chinesefigurefinder.h"

#include "figurerules.h"

#include <QRegularExpression>

namespace {

using Kind = FigureProposal::Kind;

QRegularExpression rule(const QString &text)
{
    return QRegularExpression(text, QRegularExpression::UseUnicodePropertiesOption);
}

double scaleOf(const QString &word)
{
    if (word == u"万亿")
        return 1e12;
    if (word == u"亿")
        return 1e8;
    if (word == u"万")
        return 1e4;
    if (word == u"千")
        return 1e3;
    return 1.0;
}

using Unit = FigureRules::Unit;

std::optional<Unit> unitAfter(const QString &after)
{
    static const QRegularExpression percent = rule(QStringLiteral("^\\s?(多|余)?\\s?[%％]"));
    static const QRegularExpression points = rule(QStringLiteral("^(多|余)?个?百分点"));
    static const QRegularExpression times = rule(QStringLiteral("^(多|余)?倍"));
    static const QRegularExpression amount =
        rule(QStringLiteral("^(多|余)?(万亿|亿|万|千)?(多|余)?(美元|元人民币|人民币|元|欧元|卢布|"
                            "日元|英镑|坚戈|索姆)"));
    static const QRegularExpression quantity = rule(QStringLiteral(
        "^(多|余)?(万亿|亿|万)?(多|余)?(吨|公里|千米|千瓦时|标箱|人次|架次|平方公里|公顷|桶|"
        "立方米)"));
    static const QRegularExpression counted = rule(QStringLiteral(
        "^(多|余)?(万|亿)?(多|余)?(个|家|名|位|项|条|座|所|批|种|国|只|架|辆|艘|列|趟|人)"
        "([^\\P{Han}的和与及在将已是为到向从对等中了共，。、；：]{0,6})"));
    if (auto m = percent.match(after); m.hasMatch())
        return Unit{Kind::Percent, QStringLiteral("%"), 1.0, m.capturedLength(), m.hasCaptured(1)};
    if (auto m = points.match(after); m.hasMatch())
        return Unit{Kind::PercentagePoints, QStringLiteral("pp"), 1.0, m.capturedLength(),
                    m.hasCaptured(1)};
    if (auto m = times.match(after); m.hasMatch())
        return Unit{Kind::Multiple, QStringLiteral("times"), 1.0, m.capturedLength(),
                    m.hasCaptured(1)};
    const auto scaled = [](const QRegularExpressionMatch &m, Kind kind) {
        return Unit{kind, m.captured(2) + m.captured(4), scaleOf(m.captured(2)), m.capturedLength(),
                    m.hasCaptured(1) || m.hasCaptured(3)};
    };
    if (auto m = amount.match(after); m.hasMatch())
        return scaled(m, Kind::Amount);
    if (auto m = quantity.match(after); m.hasMatch())
        return scaled(m, Kind::Quantity);
    if (auto m = counted.match(after); m.hasMatch()) {
        const QString noun = m.captured(5).isEmpty() ? m.captured(4) : m.captured(5);
        return Unit{Kind::Count, m.captured(2) + noun, scaleOf(m.captured(2)), m.capturedLength(),
                    m.hasCaptured(1) || m.hasCaptured(3)};
    }
    // "3000亿、4000亿、5000亿美元": a scale alone, its currency written once after the list.
    static const QRegularExpression scaleAlone =
        rule(QStringLiteral("^(多|余)?(万亿|亿|万)(多|余)?"));
    if (auto m = scaleAlone.match(after); m.hasMatch())
        return Unit{Kind::Count, m.captured(2), scaleOf(m.captured(2)), m.capturedLength(),
                    m.hasCaptured(1) || m.hasCaptured(3)};
    return std::nullopt;
}

// A year, a date, an ordinal or a name the number belongs to, not a figure.
bool isNotAFigure(const QString &sentence, qsizetype start, qsizetype end)
{
    static const QRegularExpression dateAfter =
        rule(QStringLiteral("^\\s?(?:年|月|日|号|时|点(?!\\d)|个?(?:月|天|小时|季度|星期|周))"));
    static const QRegularExpression nameAfter = rule(QStringLiteral("^[A-Za-z]"));
    const QString after = sentence.mid(end);
    return dateAfter.match(after).hasMatch() || nameAfter.match(after).hasMatch() ||
           (start > 0 && sentence.at(start - 1) == u'第');
}

QString qualifierBefore(const QString &before)
{
    static const QRegularExpression qualifier =
        rule(QStringLiteral("(超过|超|逾|突破|近|将近|接近|约|大约|至少|不少于|不到|不足)$"));
    const QString q = qualifier.match(before).captured(1);
    if (q.isEmpty())
        return {};
    if (q == u"近" || q == u"将近" || q == u"接近")
        return QStringLiteral("nearly");
    if (q == u"约" || q == u"大约")
        return QStringLiteral("about");
    if (q == u"至少" || q == u"不少于")
        return QStringLiteral("at least");
    if (q == u"不到" || q == u"不足")
        return QStringLiteral("less than");
    return QStringLiteral("more than");
}

FigureProposal::Direction directionBefore(const QString &before)
{
    static const QRegularExpression up = rule(QStringLiteral("(增长|上升|提高|增加|上涨|扩大|增)"));
    static const QRegularExpression down = rule(QStringLiteral("(下降|减少|下滑|回落|降低|降)"));
    const QString near = before.right(8);
    return FigureRules::lastDirection(near, up, down);
}

// The clause's subject: its words before the figure, without the period that opens it, the verb
// and the qualifier that close it.
QString labelOf(const QString &before)
{
    QString clause = before;
    for (const QChar separator : {u'，', u',', u'；', u';', u'：', u':'})
        clause = clause.mid(clause.lastIndexOf(separator) + 1);
    static const QRegularExpression lead = rule(QStringLiteral(
        "^(?:其中|同时|此外|另外|(?:今年|去年|(?:19|20)\\d\\d年)?(?:前\\S{1,2}个月|上半年|下半年|"
        "\\d{1,2}[-—至到]\\d{1,2}月|第?[一二三四1-4]季度)|(?:19|20)\\d\\d年(?:以来)?|截至\\S*?(?:"
        "底|末))"));
    static const QRegularExpression trail = rule(QStringLiteral(
        "(?:同比|环比)?(?:增长|增加|提高|上升|下降|减少|达到|达|为|是|实现|突破|超过|超|逾|近|"
        "约|共|累计|有|占比|占|比重|规模|的)+$"));
    for (int i = 0; i < 2; ++i)
        clause.remove(lead);
    clause.remove(trail);
    return clause.trimmed();
}

QString basisOf(const QString &sentence, qsizetype start)
{
    const QString before = sentence.left(start);
    const qsizetype clauseStart =
        std::max({before.lastIndexOf(u'，'), before.lastIndexOf(u'；'), before.lastIndexOf(u',')});
    const QString clause = before.mid(clauseStart + 1);
    if (clause.contains(u"同比"))
        return QStringLiteral("year-on-year");
    if (clause.contains(u"占") &&
        (clause.contains(QStringLiteral("GDP")) || clause.contains(QStringLiteral("国内生产总值"))))
        return QStringLiteral("of GDP");
    return {};
}

} // namespace

QList<FigureProposal> ChineseFigureFinder::find(const QString &sentence)
{
    static const QRegularExpression number =
        rule(QStringLiteral("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"));
    QList<FigureProposal> figures;
    for (auto it = number.globalMatch(sentence); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype end = m.capturedEnd();
        const std::optional<Unit> unit = unitAfter(sentence.mid(end));
        if (!unit || isNotAFigure(sentence, m.capturedStart(), end))
            continue;
        QString plain = m.captured(1);
        plain.remove(u',');
        FigureProposal f = FigureRules::figureOf(sentence, m.capturedStart(), end, plain, *unit);
        const QString before = sentence.left(f.start);
        f.qualifier = unit->more ? QStringLiteral("more than") : qualifierBefore(before);
        f.direction = directionBefore(before);
        f.basis = basisOf(sentence, f.start);
        QString label = labelOf(before);
        if (f.kind == Kind::Percent && f.direction == FigureProposal::Direction::Up &&
            !label.contains(u"增"))
            label += QStringLiteral("增长");
        f.label = label.isEmpty() ? f.unit : label;
        figures.append(f);
    }
    return figures;
}
