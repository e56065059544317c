// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

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

    bool generate(const QString &path, qint64 rows);
    QString errorString() const { return m_error; }
    // What the last generate() wrote.
    qint64 seriesWritten() const { return m_series; }
    qint64 entitiesUsed() const { return m_entities; }

private:
    bool fail(const QString &message);

    QString m_error;
    qint64 m_series = 0;
    qint64 m_entities = 0;
};
