// SPDX-License-Identifier: MIT
#pragma once

#include "importformat.h"

// The World Bank's "wide" API CSV (API_<indicator>_DS2_en_csv_v2_*.csv): a byte order mark, a
// preamble ("Data Source", "Last Updated Date") with blank lines, then "Country Name",
// "Country Code","Indicator Name","Indicator Code" and one column per year. Each non-empty
// cell is one observation; the indicator code is kept.
class WorldBankCsvFormat : public ImportFormat
{
public:
    ImportOptions::Format format() const override { return ImportOptions::Format::WorldBank; }
    int probe(const QStringList &firstRecord) const override;
    bool read(const QStringList &firstRecord, CsvReader &reader, const ImportContext &context,
              ImportSink &sink, ImportProblems &problems) override;

private:
    static bool isHeader(const QStringList &record);
};
