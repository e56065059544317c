// SPDX-License-Identifier: MIT
#pragma once

#include "data/fact.h"
#include "store/factquery.h"

#include <QList>
#include <QString>
#include <QStringList>

// What the fact search finds, defined once for both of its paths. A fact matches when every
// folded word of the query (SearchFolding::terms) occurs in its shown text: each column of the
// fact table as shown in the interface language, with the unit, the figure as written, the key
// and the value glued to its unit ("9.3%").
// - terms() turns the words into FactTerms for FactQuery, which finds candidates through the
//   stores' indexes;
// - matches() over shownText() is the plain scan, the definition: FactSource checks every
//   candidate with it, and tests prove the indexed path returns exactly what it returns.
class FactSearch
{
public:
    FactSearch() = default;
    // SOURCES: every source a fact can cite (FactQuery::sources()).
    explicit FactSearch(const QList<Data::Source> &sources);

    QList<FactTerm> terms(const QStringList &words) const;

    static QString shownText(const Data::Fact &fact);
    static bool matches(const QString &shownText, const QStringList &words);

private:
    QList<std::pair<QString, QString>> m_citations; // source key → folded short citation
};
