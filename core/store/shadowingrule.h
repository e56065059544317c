// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"

#include <QSet>
#include <QString>
#include <QStringList>

// The one rule by which the built-in dataset shadows a store: a store never changes the
// article. A store's source whose key is built in is left out, with everything it brought; so
// is a store's fact or series whose own key is built in. The built-in figure is shown.
class ShadowingRule
{
public:
    ShadowingRule() = default; // shadows nothing: no built-in dataset could be read
    // The keys of BUILTIN's sources, facts and series.
    explicit ShadowingRule(const Data::Dataset &builtIn);

    bool shadowsSource(const QString &sourceKey) const { return m_sources.contains(sourceKey); }
    bool shadows(const Data::Fact &fact) const
    {
        return m_sources.contains(fact.source.key) || m_facts.contains(fact.key);
    }
    bool shadows(const Data::Series &series) const
    {
        return m_sources.contains(series.source.key) || m_series.contains(series.key);
    }
    // For a query that leaves shadowed rows out by their series' or source's key.
    QStringList seriesKeys() const { return {m_series.cbegin(), m_series.cend()}; }
    QStringList sourceKeys() const { return {m_sources.cbegin(), m_sources.cend()}; }
    QStringList factKeys() const { return {m_facts.cbegin(), m_facts.cend()}; }

    // The store's rows of USER that are not shadowed, appended to INTO, the built-in dataset.
    void appendUnshadowed(Data::Dataset &into, const Data::Dataset &user) const;

private:
    QSet<QString> m_sources;
    QSet<QString> m_facts;
    QSet<QString> m_series;
};
