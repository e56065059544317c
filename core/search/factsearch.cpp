// SPDX-License-Identifier: MIT
#include "factsearch.h"

#include "format/factformatter.h"
#include "format/observationfields.h"
#include "searchfolding.h"

namespace {

// The units FactFormatter names in words; any other is shown as stored, which the search
// document holds.
const QStringList kNamedUnits{QStringLiteral("%"), QStringLiteral("pp"), QStringLiteral("people")};

} // namespace

FactSearch::FactSearch(const QList<Data::Source> &sources)
{
    for (const Data::Source &s : sources)
        m_citations.append({s.key, SearchFolding::fold(FactFormatter::shortCitation(s))});
}

QList<FactTerm> FactSearch::terms(const QStringList &words) const
{
    QList<FactTerm> terms;
    for (const QString &word : words) {
        FactTerm term;
        term.text = word;
        for (const QString &unit : kNamedUnits) {
            if (SearchFolding::fold(FactFormatter::unitName(unit)).contains(word))
                term.units << unit;
        }
        for (const auto &[key, citation] : m_citations) {
            if (citation.contains(word))
                term.sourceKeys << key;
        }
        term.stated = SearchFolding::fold(ObservationFields::kind(false)).contains(word);
        term.derived = SearchFolding::fold(ObservationFields::kind(true)).contains(word);
        terms << term;
    }
    return terms;
}

QString FactSearch::shownText(const Data::Fact &fact)
{
    const QStringList parts{fact.label,
                            fact.category,
                            FactFormatter::number(fact.value, fact.decimals),
                            FactFormatter::unitName(fact.unit),
                            fact.periodLabel,
                            fact.basis,
                            fact.qualifier,
                            ObservationFields::kind(fact.derived),
                            fact.quote,
                            FactFormatter::shortCitation(fact.source),
                            fact.unit,
                            fact.asWritten,
                            fact.key,
                            SearchFolding::valueToken(
                                QLocale::c().toString(fact.value, 'f', fact.decimals), fact.unit)};
    return SearchFolding::fold(parts.join(u'\n'));
}

bool FactSearch::matches(const QString &shownText, const QStringList &words)
{
    return std::all_of(words.cbegin(), words.cend(),
                       [&](const QString &word) { return shownText.contains(word); });
}
