// SPDX-License-Identifier: MIT
#include "factformatter.h"

#include "plaintext.h"

#include "data/formulaevaluator.h"

#include <QCoreApplication>

#include <algorithm>

QString FactFormatter::number(double value, int decimals, const QLocale &locale)
{
    return locale.toString(value, 'f', decimals);
}

QString FactFormatter::valueWithUnit(const Data::Fact &fact, const QLocale &locale)
{
    const QString n = number(fact.value, fact.decimals, locale);
    if (fact.unit == u"%")
        return percent(n);
    if (fact.unit == u"pp")
        return tr("%1 pp").arg(n);
    if (fact.unit == u"people")
        return tr("%1 people").arg(n);
    return fact.unit.isEmpty() ? n : n + u' ' + fact.unit;
}

QString FactFormatter::percent(const QString &number)
{
    // Where the sign goes, and the (non-breaking) space before it, is the language's.
    return tr("%1%", "a percentage: the number, then the percent sign").arg(number);
}

QString FactFormatter::signedValueWithUnit(const Data::Fact &fact, const QLocale &locale)
{
    // A value that rounds to zero at its decimals carries no sign: "0.0 pp", never "+-0.0 pp".
    const bool positive =
        number(fact.value, fact.decimals, locale) != number(0.0, fact.decimals, locale) &&
        fact.value > 0;
    const QString text = valueWithUnit(fact, locale);
    return positive ? locale.positiveSign() + text : text;
}

QString FactFormatter::qualifiedValue(const Data::Fact &fact, const QLocale &locale)
{
    const QString v = valueWithUnit(fact, locale);
    return fact.qualifier.isEmpty() ? v : fact.qualifier + u' ' + v;
}

QString FactFormatter::unitName(const QString &unit)
{
    if (unit == u"%")
        return tr("percent");
    if (unit == u"pp")
        return tr("percentage points");
    if (unit == u"people")
        return tr("people");
    return unit;
}

QString FactFormatter::unitSymbol(const QString &unit)
{
    return unit == u"people" ? tr("people") : unit;
}

QString FactFormatter::date(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, tr("d MMM yyyy", "a date, as QDate::toString() reads it"));
}

QString FactFormatter::shortCitation(const Data::Source &source, const QLocale &locale)
{
    // Each text from data is isolated, so a bidi override in it cannot reorder the line.
    const QString publisher = PlainText::isolated(source.publisher);
    if (!source.published.isValid())
        return publisher;
    return tr("%1, %2").arg(publisher, date(source.published, locale));
}

QString FactFormatter::citationLine(const Data::Source &source, const QLocale &locale)
{
    QString line = shortCitation(source, locale);
    if (!source.title.isEmpty())
        line += QStringLiteral(" · ") + PlainText::isolated(source.title);
    if (!source.licence.isEmpty())
        line += QStringLiteral(" · ") + PlainText::isolated(source.licence);
    return line;
}

QString FactFormatter::sourceLine(const Data::Source &source, const QLocale &locale)
{
    return tr("Source: %1").arg(citationLine(source, locale));
}

QString FactFormatter::fullCitation(const Data::Source &source, const QLocale &locale)
{
    QStringList parts;
    parts << PlainText::isolated(source.publisher);
    if (!source.author.isEmpty())
        parts << PlainText::isolated(source.author);
    if (source.published.isValid()) {
        QString when = date(source.published, locale);
        if (!source.publishedTime.isEmpty())
            when += u' ' + source.publishedTime;
        parts << when;
    }
    parts << QChar(0x201C) + PlainText::isolated(source.title) + QChar(0x201D);
    if (!source.url.isEmpty())
        parts << source.url;
    if (!source.licence.isEmpty())
        parts << tr("Licence: %1").arg(source.licence);
    return parts.join(QStringLiteral(", "));
}

QString FactFormatter::derivation(const Data::Fact &fact, const QList<Data::Fact> &facts,
                                  const QLocale &locale)
{
    if (!fact.derived)
        return {};
    QString text = fact.formula;
    for (const QString &key : FormulaEvaluator::references(fact.formula)) {
        const auto it = std::find_if(facts.cbegin(), facts.cend(),
                                     [&key](const Data::Fact &f) { return f.key == key; });
        const Data::Fact *input = it == facts.cend() ? nullptr : &*it;
        const QString spelled =
            input ? tr("%1 (%2, %3)")
                        .arg(valueWithUnit(*input, locale), input->label, input->periodLabel)
                  : tr("unknown fact %1").arg(key);
        text.replace(u'{' + key + u'}', spelled);
    }
    text.replace(QStringLiteral(" - "), QStringLiteral(" − "));
    return tr("Derived: %1 = %2").arg(text, valueWithUnit(fact, locale));
}
