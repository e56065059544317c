// SPDX-License-Identifier: MIT
#pragma once

#include "importformat.h"

// Our World in Data's grapher CSV: Entity,Code,Year,<indicator>… with one series per indicator
// column and one observation per entity and year. Older files have no Code column. OWID_*
// codes and empty codes (regions such as "World") are kept and marked as aggregates.
class OwidCsvFormat : public ImportFormat
{
public:
    ImportOptions::Format format() const override { return ImportOptions::Format::Owid; }
    int probe(const QStringList &firstRecord) const override;
    bool read(const QStringList &header, CsvReader &reader, const ImportContext &context,
              ImportSink &sink, ImportProblems &problems) override;
};
