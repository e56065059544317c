// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include "data/fact.h"
#include "importformat.h"

#include <QHash>

// The dashboard's own facts CSV, as Export Facts writes it: each figure with its label, unit,
// period, the sentence it comes from and its source. Columns are found by name. This is how an
// analyst adds the figures of another article, each with its own verbatim sentence.
class FactsCsvFormat : public ImportFormat
{
    Q_DECLARE_TR_FUNCTIONS(FactsCsvFormat)

public:
    ImportOptions::Format format() const override { return ImportOptions::Format::Facts; }
    int probe(const QStringList &firstRecord) const override;
    bool read(const QStringList &header, CsvReader &reader, const ImportContext &context,
              ImportSink &sink, ImportProblems &problems) override;

private:
    bool readFact(const QStringList &row, qint64 line, Data::Fact *fact,
                  ImportProblems &problems) const;
    QString cell(const QStringList &row, const char *column) const;
    int columnNumber(const char *column) const;

    QHash<QString, qsizetype> m_columns;
};
