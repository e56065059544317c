// SPDX-License-Identifier: MIT
#include "observationsearch.h"

#include "format/observationfields.h"
#include "search/searchdocument.h"
#include "search/searchfolding.h"

#include <algorithm>

namespace {

bool anyContains(const QStringList &texts, const QString &word)
{
    return std::any_of(texts.cbegin(), texts.cend(),
                       [&word](const QString &text) { return text.contains(word); });
}

} // namespace

ObservationSearch::ObservationSearch(const QList<Data::Series> &catalogue,
                                     const QList<Entity> &entities)
{
    for (const Data::Series &s : catalogue)
        m_series.append({s.key, ObservationFields::seriesTexts(s)});
    for (const Entity &e : entities)
        m_entities.append({e.stored, ObservationFields::entityTexts(e.shown, e.code)});
}

QList<ObservationTerm> ObservationSearch::terms(const QStringList &words) const
{
    const QString stated = SearchFolding::fold(ObservationFields::kind(false));
    const QString derived = SearchFolding::fold(ObservationFields::kind(true));
    QList<ObservationTerm> terms;
    for (const QString &word : words) {
        ObservationTerm term;
        term.text = word;
        for (const Texts &s : m_series) {
            if (anyContains(s.texts, word))
                term.seriesKeys.append(s.key);
        }
        for (const auto &[stored, texts] : m_entities) {
            if (anyContains(texts, word))
                term.entities.append(stored);
        }
        term.stated = stated.contains(word);
        term.derived = derived.contains(word);
        terms.append(term);
    }
    return terms;
}

QStringList ObservationSearch::rowTexts(const Data::Series &series, const Data::Observation &o)
{
    QStringList texts = ObservationFields::entityTexts(ObservationFields::entity(o), o.entityCode);
    texts << SearchFolding::fold(ObservationFields::kind(o.derived))
          << SearchDocument::observationText(o.periodLabel, o.value, series.unit);
    return texts;
}

bool ObservationSearch::matches(const QStringList &seriesTexts, const QStringList &rowTexts,
                                const QStringList &words)
{
    return std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
        return anyContains(seriesTexts, word) || anyContains(rowTexts, word);
    });
}
