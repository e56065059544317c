// SPDX-License-Identifier: MIT
#include "russianfigurefinder.h"

#include "figurerules.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

using Kind = FigureProposal::Kind;

QRegularExpression rule(const QString &text)
{
    return QRegularExpression(text, QRegularExpression::CaseInsensitiveOption |
                                        QRegularExpression::UseUnicodePropertiesOption);
}

double scaleOf(const QString &word)
{
    const QString w = word.toLower();
    if (w.startsWith(u"трлн") || w.startsWith(u"триллион"))
        return 1e12;
    if (w.startsWith(u"млрд") || w.startsWith(u"миллиард"))
        return 1e9;
    if (w.startsWith(u"млн") || w.startsWith(u"миллион"))
        return 1e6;
    if (w.startsWith(u"тыс"))
        return 1e3;
    return 1.0;
}

using Unit = FigureRules::Unit;

std::optional<Unit> unitAfter(const QString &after, bool dollarSign, bool multiple)
{
    static const QRegularExpression percent =
        rule(QStringLiteral("^(?:\\s?%|\\s+процент(?:а|ов)?\\b)"));
    static const QRegularExpression points =
        rule(QStringLiteral("^\\s+(?:процентн(?:ого|ых|ый)\\s+пункт(?:а|ов)?\\b|п\\.\\s?п\\.)"));
    static const QRegularExpression times = rule(QStringLiteral("^\\s+раза?\\b"));
    static const QRegularExpression scale = rule(QStringLiteral(
        "^\\s+(трлн\\.?|триллион(?:а|ов)?|млрд\\.?|миллиард(?:а|ов)?|млн\\.?|миллион(?:а|ов)?|"
        "тыс\\.)"));
    static const QRegularExpression money = rule(QStringLiteral(
        "^\\s+(долларов США|доллара США|долларов|доллара|долл\\.(?: США)?|юаней|юаня|рублей|рубля|"
        "руб\\.|евро|тенге|сомов|сумов)"));
    static const QRegularExpression measure = rule(QStringLiteral(
        "^\\s+(тонн|тонны|км|километров|кВт·ч|ТЭУ|контейнеров|пассажиров|туристов|рейсов)\\b"));
    static const QRegularExpression counted = rule(QStringLiteral(
        "^\\s+((?:\\p{Ll}+(?:ых|их|ого|ой|ый|ий|ая|ое|ые)\\s+)?\\p{Ll}[\\p{Ll}-]+)"));
    static const QStringList notCounted{
        QStringLiteral("год"),    QStringLiteral("года"),  QStringLiteral("году"),
        QStringLiteral("лет"),    QStringLiteral("годах"), QStringLiteral("месяцев"),
        QStringLiteral("месяца"), QStringLiteral("дней"),  QStringLiteral("дня"),
        QStringLiteral("раз"),    QStringLiteral("раза"),  QStringLiteral("числа"),
        QStringLiteral("и"),      QStringLiteral("в"),     QStringLiteral("на"),
        QStringLiteral("по"),     QStringLiteral("до"),    QStringLiteral("от"),
        QStringLiteral("из"),     QStringLiteral("года,"), QStringLiteral("г")};
    if (multiple) {
        if (auto m = times.match(after); m.hasMatch())
            return Unit{Kind::Multiple, QStringLiteral("times"), 1.0, m.capturedLength()};
    }
    if (auto m = percent.match(after); m.hasMatch())
        return Unit{Kind::Percent, QStringLiteral("%"), 1.0, m.capturedLength()};
    if (auto m = points.match(after); m.hasMatch())
        return Unit{Kind::PercentagePoints, QStringLiteral("pp"), 1.0, m.capturedLength()};
    qsizetype used = 0;
    double factor = 1.0;
    QString prefix;
    if (auto m = scale.match(after); m.hasMatch()) {
        prefix = m.captured(1) + u' ';
        factor = scaleOf(m.captured(1));
        used = m.capturedLength();
    }
    const QString rest = after.mid(used);
    if (dollarSign)
        return Unit{Kind::Amount, prefix + QStringLiteral("долларов США"), factor, used};
    if (auto m = money.match(rest); m.hasMatch())
        return Unit{Kind::Amount, prefix + m.captured(1), factor, used + m.capturedLength()};
    if (auto m = measure.match(rest); m.hasMatch())
        return Unit{Kind::Quantity, prefix + m.captured(1), factor, used + m.capturedLength()};
    if (auto m = counted.match(rest); m.hasMatch()) {
        const QString noun = m.captured(1);
        if (!notCounted.contains(noun.section(u' ', -1).toLower()) &&
            !notCounted.contains(noun.section(u' ', 0, 0).toLower()))
            return Unit{Kind::Count, prefix + noun, factor, used + m.capturedLength()};
    }
    if (factor > 1.0)
        return Unit{Kind::Count, prefix.trimmed(), factor, used};
    return std::nullopt;
}

// A year or a date the number belongs to, not a figure.
bool isNotAFigure(const QString &after)
{
    static const QRegularExpression date = rule(QStringLiteral(
        "^\\s+(?:год\\w*|г\\.|январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|"
        "ноябр|декабр)"));
    static const QRegularExpression name = rule(QStringLiteral("^[A-Za-z]"));
    return date.match(after).hasMatch() || name.match(after).hasMatch();
}

QString qualifierBefore(const QString &before)
{
    static const QRegularExpression qualifier = rule(QStringLiteral(
        "\\b(более чем на|более чем|более|свыше|около|почти|порядка|примерно|приблизительно|"
        "не менее|менее|до)\\s+(?:на\\s+)?(?:\\$)?$"));
    const QString q = qualifier.match(before).captured(1).toLower();
    if (q.isEmpty())
        return {};
    if (q.startsWith(u"более") || q == u"свыше")
        return QStringLiteral("more than");
    if (q == u"почти")
        return QStringLiteral("nearly");
    if (q == u"не менее")
        return QStringLiteral("at least");
    if (q == u"менее")
        return QStringLiteral("less than");
    if (q == u"до")
        return QStringLiteral("up to");
    return QStringLiteral("about");
}

FigureProposal::Direction directionBefore(const QString &before)
{
    static const QRegularExpression up = rule(QStringLiteral(
        "\\b(рост\\w*|вырос\\w*|увеличи\\w*|увеличение|прирост\\w*|повыси\\w*|подня\\w*)"));
    static const QRegularExpression down = rule(QStringLiteral(
        "\\b(сниже\\w*|снизи\\w*|сократи\\w*|сокращени\\w*|упа\\w*|уменьши\\w*|падени\\w*)"));
    const QString near = before.right(48);
    return FigureRules::lastDirection(near, up, down);
}

// "в годовом исчислении" anywhere in the sentence; "ВВП" in the figure's clause, before or
// after it.
QString basisOf(const QString &sentence, qsizetype start, qsizetype end)
{
    static const QRegularExpression yearOnYear = rule(QStringLiteral(
        "в годовом (?:исчислении|выражении)|год к году|по сравнению с аналогичным периодом"));
    static const QRegularExpression gdpAfter = rule(QStringLiteral("^[^,;.]{0,20}\\bВВП\\b"));
    static const QRegularExpression gdpBefore = rule(QStringLiteral("\\bВВП\\b[^,;.]{0,40}$"));
    if (yearOnYear.match(sentence).hasMatch())
        return QStringLiteral("year-on-year");
    if (gdpAfter.match(sentence.mid(end)).hasMatch() ||
        gdpBefore.match(sentence.left(start)).hasMatch())
        return QStringLiteral("of GDP");
    return {};
}

// The clause's subject: its words before the verb that states the figure.
QString labelOf(const QString &before)
{
    QString clause = before;
    for (const QChar separator : {u',', u';', u':'})
        clause = clause.mid(clause.lastIndexOf(separator) + 1);
    static const QRegularExpression lead = rule(QStringLiteral(
        "^\\s*(?:(?:в|за|по итогам|с)\\s+[^\\s]*(?:\\s+[^\\s]+){0,4}?\\s+(?:году|года|год|"
        "полугодии|полугодие|квартале|месяцев|мае|январе-\\w+)\\s+|и\\s+|а\\s+|при этом\\s+)"));
    static const QRegularExpression trail = rule(QStringLiteral(
        "\\s*(?:вырос\\w*|увеличил\\w*|составил\\w*|достиг\\w*|превысил\\w*|снизил\\w*|"
        "сократил\\w*|насчитывает\\w*|на|до|более "
        "чем|более|свыше|около|почти|примерно|в|\\$)\\s*$"));
    for (int i = 0; i < 2; ++i)
        clause.remove(lead);
    for (int i = 0; i < 3; ++i)
        clause.remove(trail);
    clause = clause.simplified();
    if (!clause.isEmpty())
        clause[0] = clause.at(0).toUpper();
    return clause;
}

} // namespace

QList<FigureProposal> RussianFigureFinder::find(const QString &sentence)
{
    static const QRegularExpression number = rule(QStringLiteral(
        "(?<currency>\\$\\s?)?(?<![\\w.,])(?<number>\\d{1,3}(?:[ \\x{00A0}\\x{202F}]\\d{3})+"
        "(?:,\\d+)?|\\d+(?:,\\d+)?)(?![\\w]|[.,]\\d)"));
    static const QRegularExpression multipleBefore = rule(QStringLiteral("\\bв\\s+$"));
    QList<FigureProposal> figures;
    for (auto it = number.globalMatch(sentence); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype end = m.capturedEnd(QStringLiteral("number"));
        const QString after = sentence.mid(end);
        const QString before = sentence.left(m.capturedStart());
        const std::optional<Unit> unit = unitAfter(after, m.hasCaptured(QStringLiteral("currency")),
                                                   multipleBefore.match(before).hasMatch());
        if (!unit || isNotAFigure(after))
            continue;
        QString plain = m.captured(QStringLiteral("number"));
        static const QRegularExpression groupSpace(QStringLiteral("[ \\x{00A0}\\x{202F}]"));
        plain.remove(groupSpace);
        plain.replace(u',', u'.');
        FigureProposal f = FigureRules::figureOf(sentence, m.capturedStart(), end, plain, *unit);
        f.qualifier = qualifierBefore(before);
        f.direction = directionBefore(before);
        f.basis = basisOf(sentence, f.start, end + unit->length);
        QString label = labelOf(before);
        if (f.kind == Kind::Percent && f.direction == FigureProposal::Direction::Up &&
            !label.contains(QStringLiteral("рост"), Qt::CaseInsensitive))
            label = QStringLiteral("Рост: ") + label;
        f.label = label.isEmpty() ? f.unit : label;
        figures.append(f);
    }
    return figures;
}
