// SPDX-License-Identifier: MIT
#pragma once

#include "data/source.h"

#include <QList>
#include <QLocale>
#include <QString>

// Every source a chart draws from, in the order they first appear, each once. The one place a
// chart, its footer, its slide and its exports take their credit from: two sources on a chart
// are credited as two, never the last one drawn alone.
class ChartSources
{
public:
    // Adds SOURCE unless it is already listed (same key, or same id when it has no key).
    void add(const Data::Source &source);
    void clear() { m_sources.clear(); }

    const QList<Data::Source> &list() const { return m_sources; }
    bool isEmpty() const { return m_sources.isEmpty(); }
    qsizetype size() const { return m_sources.size(); }

    // "Source: …" for one source, "Sources: …; …" for several, empty for none.
    QString line(const QLocale &locale = QLocale()) const;
    // One FactFormatter::citationLine per source (no "Source:" prefix): for metadata fields,
    // one SVG dc:source each, or joined in XMP's single dc:source.
    QStringList citations(const QLocale &locale = QLocale()) const;

private:
    QList<Data::Source> m_sources;
};
