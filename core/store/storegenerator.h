// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

struct sqlite3;

// Writes a user store of generated observations for benchmarks, shaped like OWID and World Bank
// data: every ISO 3166-1 country of Debian's iso-codes plus OWID-style aggregates, the years
// 1960-2023, and indicators labelled in English, Chinese and Russian (shares that rise along a
// logistic curve, counts spread over orders of magnitude). The same ROWS give the same file.
// It never replaces a file and never writes the user's own store.
class StoreGenerator
{
    Q_DECLARE_TR_FUNCTIONS(StoreGenerator)

public:
    static constexpr qint64 kMaxRows = 20'000'000;
    static constexpr qint64 kMaxFacts = 5'000'000;

    // ROWS observations (0 for none) and FACTS facts: each fact a figure of one of a hundred
    // generated articles, with its verbatim sentence, period, basis and source, in English,
    // Chinese or Russian in turn; the figure as written is a part of the sentence.
    bool generate(const QString &path, qint64 rows, qint64 facts = 0);
    QString errorString() const { return m_error; }
    // What the last generate() wrote.
    qint64 seriesWritten() const { return m_series; }
    qint64 entitiesUsed() const { return m_entities; }

private:
    bool fail(const QString &message);
    static bool writeFacts(sqlite3 *db, qint64 facts);
    static QString documentOf(const QByteArray (&texts)[8], double value);

    QString m_error;
    qint64 m_series = 0;
    qint64 m_entities = 0;
};
