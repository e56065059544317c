// SPDX-License-Identifier: MIT
#pragma once

#include "importoptions.h"
#include "memberstatematcher.h"

#include <QString>
#include <QStringList>

class CsvReader;
class ImportProblems;
class ImportSink;

// What a format needs besides the file: the user's options, the file's name (for the source
// it names) and who the members are (for --sco-only).
struct ImportContext
{
    ImportOptions options;
    QString fileName; // without the folder
    const MemberStateMatcher *members = nullptr;
    QString filePath; // the file itself, for what a publisher ships beside it
};

// One file format, as Tiled's MapFormat: probe() says how sure it is that a file is its own
// from the first record; read() streams the rest into the sink and reports every problem with
// its line and column.
class ImportFormat
{
public:
    virtual ~ImportFormat() = default;

    virtual ImportOptions::Format format() const = 0;
    // 0 (not this format) to 100 (certainly this format).
    virtual int probe(const QStringList &firstRecord) const = 0;
    // Reads from just after FIRSTRECORD to the end. Returns false when the sink stopped it.
    virtual bool read(const QStringList &firstRecord, CsvReader &reader,
                      const ImportContext &context, ImportSink &sink, ImportProblems &problems) = 0;
};
