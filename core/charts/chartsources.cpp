// SPDX-License-Identifier: MIT
#include "chartsources.h"

#include "format/factformatter.h"

#include <algorithm>

void ChartSources::add(const Data::Source &source)
{
    const bool listed = std::any_of(m_sources.cbegin(), m_sources.cend(), [&](const auto &s) {
        return source.key.isEmpty() ? s.key.isEmpty() && s.id == source.id : s.key == source.key;
    });
    if (!listed)
        m_sources.append(source);
}

QString ChartSources::line(const QLocale &locale) const
{
    if (m_sources.size() == 1)
        return FactFormatter::sourceLine(m_sources.first(), locale);
    if (m_sources.isEmpty())
        return {};
    return FactFormatter::tr("Sources: %1", "several sources of one chart, separated by ; ")
        .arg(citations(locale).join(QStringLiteral("; ")));
}

QStringList ChartSources::citations(const QLocale &locale) const
{
    QStringList result;
    for (const Data::Source &source : m_sources)
        result << FactFormatter::citationLine(source, locale);
    return result;
}
