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
