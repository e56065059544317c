// SPDX-License-Identifier: MIT
#include "shadowingrule.h"

ShadowingRule::ShadowingRule(const Data::Dataset &builtIn)
{
    for (const Data::Source &s : builtIn.sources)
        m_sources.insert(s.key);
    for (const Data::Fact &f : builtIn.facts)
        m_facts.insert(f.key);
    for (const Data::Series &s : builtIn.series)
        m_series.insert(s.key);
}

void ShadowingRule::appendUnshadowed(Data::Dataset &into, const Data::Dataset &user) const
{
    for (const Data::Source &s : user.sources) {
        if (!shadowsSource(s.key))
            into.sources.append(s);
    }
    for (const Data::Fact &f : user.facts) {
        if (!shadows(f))
            into.facts.append(f);
    }
    for (const Data::Series &s : user.series) {
        if (!shadows(s))
            into.series.append(s);
    }
}
