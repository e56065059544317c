// SPDX-License-Identifier: MIT
#include "figurefinder.h"

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

const QString kMonth = QStringLiteral(
    "(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?");

// A number as articles write it, with its sign ("-23%", "+48%") and the currency sign or code
// before it when there is one ("$6.06 trillion", "EUR 0.50"). A number joined to another by a
// dash is a range ("290-310", "10-12x") or a span of years, not a figure; "9x" is a multiple.
const QRegularExpression &numberRule()
{
    static const QRegularExpression number(
        QStringLiteral("(?<![\\w.,:/+\\-−–])(?<sign>[+\\-−](?=\\d))?"
                       "(?<currency>US\\$|\\$|¥|€|£|RMB ?|\\b(?:EUR|USD|CNY|RUB|GBP|JPY) )?"
                       "(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
                       "(?!(?!x\\b)[\\w:/]|[.,]\\d|[-–]\\d)"));
    return number;
}

using Unit = FigureRules::Unit;

double scaleOf(const QString &word)
{
    const QString w = word.toLower();
    if (w == u"million" || w == u"mln")
        return 1e6;
    if (w == u"billion" || w == u"bln" || w == u"bn")
        return 1e9;
    if (w == u"trillion")
        return 1e12;
    return 1.0;
}

QString currencyName(const QString &sign)
{
    const QString s = sign.trimmed();
    if (s == u"$" || s == u"US$" || s == u"USD")
        return QStringLiteral("U.S. dollars");
    if (s == u"¥" || s == u"RMB" || s == u"CNY")
        return QStringLiteral("yuan");
    if (s == u"€" || s == u"EUR")
        return QStringLiteral("euros");
    if (s == u"£" || s == u"GBP")
        return QStringLiteral("pounds");
    if (s == u"RUB")
        return QStringLiteral("rubles");
    if (s == u"JPY")
        return QStringLiteral("yen");
    return {};
}

// Whether a would-be noun phrase runs through a word no noun phrase holds ("on an overpass").
bool hasFunctionWord(const QString &phrase)
{
    static const QStringList words{
        QStringLiteral("a"),   QStringLiteral("an"), QStringLiteral("the"),  QStringLiteral("on"),
        QStringLiteral("in"),  QStringLiteral("of"), QStringLiteral("to"),   QStringLiteral("for"),
        QStringLiteral("at"),  QStringLiteral("by"), QStringLiteral("from"), QStringLiteral("with"),
        QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("that"), QStringLiteral("than"),
        QStringLiteral("it"),  QStringLiteral("its")};
    const QStringList parts = phrase.toLower().split(u' ', Qt::SkipEmptyParts);
    return std::any_of(parts.cbegin(), parts.cend(),
                       [](const QString &w) { return words.contains(w); });
}

// What the number measures, read from the words after it (and the currency sign before it).
std::optional<Unit> unitAfter(const QString &after, const QString &currency)
{
    static const QRegularExpression percent =
        rule(QStringLiteral("^(?: ?%| percent\\b| per cent\\b| pct\\b)"));
    static const QRegularExpression points =
        rule(QStringLiteral("^(?: percentage points?\\b| ?pp\\b)"));
    static const QRegularExpression times = rule(QStringLiteral("^(?: times\\b|x\\b)"));
    // "75.5 MEUR", "3 bn USD": a currency's code after the number, its scale's letter joined.
    static const QRegularExpression codeAfter(
        QStringLiteral("^ (?:(?<scale>M|B|bn|mn) ?)?(?<code>EUR|USD|CNY|RUB|GBP|JPY)\\b"));
    static const QRegularExpression scale =
        rule(QStringLiteral("^ (million|billion|trillion|mln|bln|bn)\\b"));
    static const QRegularExpression money = rule(QStringLiteral(
        "^ (U\\.S\\. dollars|US dollars|dollars|yuan|renminbi|rubles|roubles|euros|yen|rupees|"
        "tenge|som|somoni|sums?|tugriks)\\b"));
    static const QRegularExpression measure = rule(QStringLiteral(
        "^ (metric tons|tons|tonnes|kilometers|kilometres|km|kilowatt-hours|kWh|megawatts|MW|"
        "gigawatts|GW|TEUs?|barrels|cubic meters|square meters|square kilometers|hectares|"
        "passengers|visitors|tourists|trips|flights)\\b"));
    static const QRegularExpression counted = rule(QStringLiteral(
        "^ ((?:[a-z][\\w'’-]*\\s+){0,3}?(?:[a-z][\\w-]*s|people|children|staff|personnel))\\b"));
    static const QRegularExpression notCounted = rule(QStringLiteral(
        "(?:^|\\s)(?:years|months|weeks|days|hours|minutes|seconds|times|percent|points|"
        "is|was|has|as|its|this|thus|plus|across|less|unless|always|perhaps)$"));
    if (auto m = percent.match(after); m.hasMatch())
        return Unit{Kind::Percent, QStringLiteral("%"), 1.0, m.capturedLength()};
    if (auto m = points.match(after); m.hasMatch())
        return Unit{Kind::PercentagePoints, QStringLiteral("pp"), 1.0, m.capturedLength()};
    if (auto m = times.match(after); m.hasMatch())
        return Unit{Kind::Multiple, QStringLiteral("times"), 1.0, m.capturedLength()};
    if (auto m = codeAfter.match(after); m.hasMatch() && currency.isEmpty()) {
        const QString letter = m.captured(QStringLiteral("scale"));
        const QString scaleWord = letter.isEmpty() ? QString()
                                  : letter.startsWith(u'M') || letter == u"mn"
                                      ? QStringLiteral("million")
                                      : QStringLiteral("billion");
        return Unit{Kind::Amount,
                    (scaleWord.isEmpty() ? QString() : scaleWord + u' ') +
                        currencyName(m.captured(QStringLiteral("code"))),
                    scaleOf(scaleWord), m.capturedLength()};
    }
    qsizetype used = 0;
    double factor = 1.0;
    QString scaleWord;
    if (auto m = scale.match(after); m.hasMatch()) {
        scaleWord = m.captured(1);
        factor = scaleOf(scaleWord);
        used = m.capturedLength();
    }
    const QString rest = after.mid(used);
    const QString prefix = scaleWord.isEmpty() ? QString() : scaleWord + u' ';
    if (const QString sign = currencyName(currency); !sign.isEmpty())
        return Unit{Kind::Amount, prefix + sign, factor, used};
    if (auto m = money.match(rest); m.hasMatch())
        return Unit{Kind::Amount, prefix + m.captured(1), factor, used + m.capturedLength()};
    if (auto m = measure.match(rest); m.hasMatch())
        return Unit{Kind::Quantity, prefix + m.captured(1), factor, used + m.capturedLength()};
    if (auto m = counted.match(rest); m.hasMatch() && !notCounted.match(m.captured(1)).hasMatch() &&
                                      !hasFunctionWord(m.captured(1)))
        return Unit{Kind::Count, prefix + m.captured(1), factor, used + m.capturedLength()};
    if (factor > 1.0)
        return Unit{Kind::Count, scaleWord, factor, used};
    return std::nullopt;
}

// A date, a year or a name the number belongs to, not a figure.
bool isNotAFigure(const QString &sentence, qsizetype start, qsizetype end, const QString &number,
                  const Unit &unit)
{
    static const QRegularExpression monthBefore = rule(kMonth + QStringLiteral("\\s*$"));
    static const QRegularExpression monthAfter = rule(QStringLiteral("^\\s*") + kMonth);
    static const QRegularExpression phone = rule(QStringLiteral("^[\\s-]\\d{3,}"));
    const QString before = sentence.left(start);
    if (monthBefore.match(before).hasMatch() || monthAfter.match(sentence.mid(end)).hasMatch())
        return true;
    if (phone.match(sentence.mid(end)).hasMatch())
        return true;
    const bool yearLike = number.size() == 4 && !number.contains(u',') &&
                          (number.startsWith(u"19") || number.startsWith(u"20"));
    return yearLike && unit.kind == Kind::Count;
}

QString qualifierBefore(const QString &before)
{
    static const QRegularExpression qualifier = rule(QStringLiteral(
        "\\b(more than|over|nearly|almost|about|around|approximately|roughly|at least|up to|"
        "exceeded|exceeding|exceeds|less than|under|some)\\s+$"));
    const auto m = qualifier.match(before);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

FigureProposal::Direction directionBefore(const QString &before)
{
    static const QRegularExpression up =
        rule(QStringLiteral("\\b(rose|rise|rising|increased|increase|increasing|grew|growth|up|"
                            "climbed|jumped|expanded|gained|surged|higher)\\b"));
    static const QRegularExpression down = rule(
        QStringLiteral("\\b(fell|fall|falling|decreased|decrease|declined|decline|dropped|down|"
                       "shrank|contracted|lower)\\b"));
    const QString near = before.right(48);
    return FigureRules::lastDirection(near, up, down);
}

QString basisAfter(const QString &after)
{
    static const QRegularExpression yearOnYear = rule(QStringLiteral(
        "^[^,;.]{0,40}?\\b(year-on-year|year on year|y/y|yoy|from a year (?:ago|earlier)|"
        "compared with the same period (?:of )?last year)"));
    static const QRegularExpression shareOf =
        rule(QStringLiteral("^\\s*(of (?:the )?(?:GDP|total (?:imports|exports|trade|output)|"
                            "the total))"));
    if (const auto m = yearOnYear.match(after); m.hasMatch())
        return QStringLiteral("year-on-year");
    if (const auto m = shareOf.match(after); m.hasMatch())
        return m.captured(1).replace(QStringLiteral("the GDP"), QStringLiteral("GDP"));
    return {};
}

QString capitalised(QString text)
{
    text = text.simplified();
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// A clause without the dashes, bullets and joining words it starts with ("and the", "- while").
QString withoutLeadingWords(QString clause)
{
    static const QRegularExpression lead = rule(QStringLiteral(
        "^\\s*(?:[-–—•]+\\s*|(?:and|but|while|whereas|as|with|the|a|an|its|their)\\s+)"));
    for (int i = 0; i < 3; ++i)
        clause.remove(lead);
    return clause;
}

// The sentence's subject of the figure: the words before its verb, within its clause.
QString subjectBefore(const QString &before)
{
    static const QRegularExpression verb = rule(QStringLiteral(
        "\\b(increased|rose|grew|reached|fell|declined|dropped|decreased|hit|stood at|totaled|"
        "totalled|amounted to|accounted for|exceeded|climbed|jumped|expanded|was|were|is|are|"
        "has trained|have trained|trained|has built|built|has opened|opened|attracted|"
        "registered|recorded|handled|employed|hosted|saw|posted)\\s+(?:by\\s+)?"
        "(?:(?:more than|over|nearly|almost|about|around|some|up|down)\\s+)*"
        "(?:US\\$|\\$|¥|€|£)?$"));
    const auto m = verb.match(before);
    if (!m.hasMatch())
        return {};
    QString clause = before.left(m.capturedStart());
    for (const QChar separator : {u',', u';', u':'})
        clause = clause.mid(clause.lastIndexOf(separator) + 1);
    static const QRegularExpression trail = rule(QStringLiteral(
        "\\s+(?:that|which|who|(?:has|have|had)(?:\\s+(?:successively|also|steadily))?)\\s*$"));
    clause = withoutLeadingWords(clause);
    clause.remove(trail);
    return clause.simplified();
}

// The subject of the sentence's first verb: what a figure that is not its verb's own object
// ("jumped 26 percent year on year to 1.73 trillion yuan") still measures.
QString mainSubject(const QString &before)
{
    static const QRegularExpression verb = rule(QStringLiteral(
        "\\b(?:has |have |had )?(?:successively |also |steadily )?(?:increased|rose|grew|reached|"
        "hit|jumped|surpassed|exceeded|fell|declined|dropped|decreased|stood at|totaled|totalled|"
        "amounted to|accounted for|made up|imported|exported|invested|provided|attracted|"
        "recorded|saw|posted|trained|built|set up|opened|came to|was|were|is|are)\\b"));
    const QRegularExpressionMatch m = verb.match(before);
    if (!m.hasMatch())
        return {};
    return subjectBefore(before.left(m.capturedEnd()) + u' ');
}

// ", up 2.7 percent": the change of what the sentence's first figure measures, whose subject
// comes before that figure's own verb.
QString changeLabel(const QString &before)
{
    static const QRegularExpression upOrDown =
        rule(QStringLiteral(",\\s*(?:up|down)\\s+(?:by\\s+)?$"));
    static const QRegularExpression firstFigure = rule(QStringLiteral("(?:US\\$|\\$|¥|€|£)?\\d"));
    if (!upOrDown.match(before).hasMatch())
        return {};
    const QRegularExpressionMatch figure = firstFigure.match(before);
    if (!figure.hasMatch())
        return {};
    const QString subject = subjectBefore(before.left(figure.capturedStart()));
    return subject.isEmpty() ? QString() : capitalised(subject + QStringLiteral(" growth"));
}

// The words a figure follows in its own clause, when no verb names its subject: "Sweden growing
// strongly" of "(-23% y/y), Sweden growing strongly (+48% y/y)", brackets and colons left out.
QString lastWordsOf(const QString &before)
{
    static const QRegularExpression clauseEnd(QStringLiteral("[,;)](?=[^,;)]*$)"));
    static const QRegularExpression marks(QStringLiteral("[():]"));
    const QRegularExpressionMatch end = clauseEnd.match(before);
    QString clause = end.hasMatch() ? before.mid(end.capturedEnd()) : before;
    clause.replace(marks, QStringLiteral(" "));
    clause = withoutLeadingWords(clause.simplified());
    return (clause.isEmpty() ? before.simplified() : clause).section(u' ', -8);
}

// The noun an amount is written before ("EUR 8.00 target price", "a $5 billion loan"): up to
// three lower-case words, ended by punctuation or a word no noun phrase holds; empty otherwise.
QString nounAfter(const QString &after)
{
    static const QRegularExpression phrase(
        QStringLiteral("^\\s+((?:[a-z][a-z-]*)(?:\\s+[a-z][a-z-]*){0,2}?)(?=\\s*(?:[,.;:()]|$)|"
                       "\\s+(?:and|or|for|of|in|to|at|on|by|from|with|which|that|was|is|will|"
                       "would|has|had)\\b)"));
    const QRegularExpressionMatch m = phrase.match(after);
    return m.hasMatch() && !hasFunctionWord(m.captured(1)) ? m.captured(1) : QString();
}

// What a figure is named right before it: a parenthesis's own label ("(EBITA margin: 3.5%)",
// not a period such as "(2024: …)") or the noun an article leads to ("a dividend of EUR 0.50",
// "the current price (EUR 11)"); empty otherwise.
QString nounBefore(const QString &before)
{
    static const QRegularExpression bracketed(QStringLiteral("\\(([^():]{1,40}):\\s*$"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    if (const auto m = bracketed.match(before);
        m.hasMatch() && word.match(m.captured(1)).hasMatch())
        return m.captured(1).simplified();
    static const QRegularExpression led = rule(
        QStringLiteral("\\b(?:a|an|the|its|their|our)\\s+((?:[a-z][\\w'-]*\\s+){0,2}[a-z][\\w'-]*)"
                       "\\s*(?:\\(|\\bof)\\s*$"));
    const auto m = led.match(before);
    return m.hasMatch() && !hasFunctionWord(m.captured(1)) ? m.captured(1) : QString();
}

QString labelOf(const QString &before, const QString &after, const FigureProposal &f,
                const QString &counted)
{
    if (const QString change = changeLabel(before); !change.isEmpty() && f.kind == Kind::Percent)
        return change;
    static const QRegularExpression growthVerb =
        rule(QStringLiteral("\\b(increased|rose|grew|climbed|jumped|expanded|fell|declined|"
                            "dropped|decreased)\\b\\s*(?:by\\s+)?\\S*\\s*$"));
    static const QRegularExpression verbOf = rule(
        QStringLiteral("\\b(trained|built|opened|attracted|registered|recorded|handled|employed|"
                       "hosted)\\b"));
    const QString subject = subjectBefore(before);
    if (f.kind == Kind::Count && !counted.isEmpty()) {
        const auto v = verbOf.match(before.right(40));
        return capitalised(counted + (v.hasMatch() ? u' ' + v.captured(1).toLower() : QString()));
    }
    if (subject.isEmpty()) {
        const QString main = mainSubject(before);
        if (!main.isEmpty())
            return capitalised(main);
        QString noun = nounBefore(before);
        if (noun.isEmpty() && f.kind == Kind::Amount)
            noun = nounAfter(after);
        return capitalised(noun.isEmpty() ? lastWordsOf(before) : noun);
    }
    const bool growth = f.kind == Kind::Percent && growthVerb.match(before).hasMatch() &&
                        !subject.contains(QStringLiteral("growth"), Qt::CaseInsensitive);
    return capitalised(subject + (growth ? QStringLiteral(" growth") : QString()));
}

} // namespace

namespace {

// F's context, read from SENTENCE around it: its qualifier, direction, basis and label.
void describe(FigureProposal &f, const QString &sentence, qsizetype end, const QString &counted)
{
    f.quote = sentence;
    const QString before = sentence.left(f.start);
    f.qualifier = qualifierBefore(before);
    f.direction = directionBefore(before);
    f.basis = basisAfter(sentence.mid(end));
    f.label = labelOf(before, sentence.mid(end), f, counted);
}

// "half a percentage point", "a quarter of a percent": a fraction economists write in words.
void appendFractions(const QString &sentence, QList<FigureProposal> &figures)
{
    static const QRegularExpression fraction =
        rule(QStringLiteral("\\b(half a|a quarter of a|three quarters of a|a tenth of a) "
                            "(percentage points?|percent|per cent)\\b"));
    for (auto it = fraction.globalMatch(sentence); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString words = m.captured(1).toLower();
        FigureProposal f;
        f.value = words == u"half a" ? 0.5 : words == u"a tenth of a" ? 0.1 : 0.25;
        f.value = words.startsWith(u"three") ? 0.75 : f.value;
        f.decimals = f.value == 0.5 || f.value == 0.1 ? 1 : 2;
        const bool points = m.captured(2).startsWith(u"percentage", Qt::CaseInsensitive);
        f.kind = points ? Kind::PercentagePoints : Kind::Percent;
        f.unit = points ? QStringLiteral("pp") : QStringLiteral("%");
        f.start = m.capturedStart();
        f.asWritten = m.captured();
        describe(f, sentence, m.capturedEnd(), {});
        figures.append(f);
    }
}

} // namespace

QList<FigureProposal> FigureFinder::find(const QString &sentence)
{
    QList<FigureProposal> figures;
    for (auto it = numberRule().globalMatch(sentence); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString number = m.captured(QStringLiteral("number"));
        const QString currency = m.captured(QStringLiteral("currency"));
        const qsizetype numberEnd = m.capturedEnd(QStringLiteral("number"));
        const std::optional<Unit> unit = unitAfter(sentence.mid(numberEnd), currency);
        if (!unit || isNotAFigure(sentence, m.capturedStart(QStringLiteral("number")), numberEnd,
                                  number, *unit))
            continue;
        QString plain = number;
        plain.remove(u',');
        if (const QString sign = m.captured(QStringLiteral("sign"));
            !sign.isEmpty() && sign != u"+")
            plain.prepend(u'-');
        FigureProposal f =
            FigureRules::figureOf(sentence, m.capturedStart(), numberEnd, plain, *unit);
        const QString counted = f.kind == Kind::Count ? unit->unit.section(u' ', -4) : QString();
        describe(f, sentence, numberEnd + unit->length,
                 f.kind == Kind::Count && unit->scale == 1.0 ? counted : QString());
        figures.append(f);
    }
    appendFractions(sentence, figures);
    std::stable_sort(
        figures.begin(), figures.end(),
        [](const FigureProposal &a, const FigureProposal &b) { return a.start < b.start; });
    return figures;
}
