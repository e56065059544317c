// SPDX-License-Identifier: MIT
#pragma once

#include "importoptions.h"
#include "importproblems.h"
#include "seriesnaming.h"

#include <QList>

#include <QMetaType>
#include <QString>

// What one import did, or would do with --dry-run.
struct ImportReport
{
    // A row the import writes (adds or updates), as the preview lists it.
    struct Row
    {
        QString series; // the series' label, or the fact's
        QString entity; // the country, or empty for a fact
        QString period;
        double value = 0;
        QString unit;
        bool added = true; // else an update of a stored row
    };
    static constexpr int kPreviewRows = 10;

    QString file;
    ImportOptions::Format format = ImportOptions::Format::Auto;
    QStringList sourceKeys;
    QList<SeriesNaming> series; // the label and unit of each series the file declares
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 skippedMissing = 0;   // empty cells and ".."
    qint64 skippedNotMember = 0; // --sco-only
    qint64 skippedBuiltIn = 0;   // rows of the built-in dataset
    QList<Row> firstRows;        // the first kPreviewRows rows written, in the file's order
    ImportProblems problems;
    bool dryRun = false;
    bool cancelled = false;
    bool written = false; // committed to the store

    qint64 skipped() const { return skippedMissing + skippedNotMember + skippedBuiltIn; }
    qint64 valuesRead() const { return added + updated + unchanged + skipped(); }
    // "12 added, 0 updated, 3 unchanged, 5 skipped (5 empty)"
    QString summary() const;
};

Q_DECLARE_METATYPE(ImportReport)
