// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// What the user asked of one import (the import command's options, or the import dialog).
struct ImportOptions
{
    enum class Format { Auto, Facts, Owid, WorldBank };

    Format format = Format::Auto;
    bool scoOnly = false;  // keep only the SCO member states
    QString sourceName;    // overrides the publisher the format names
    QString sourceUrl;     // where the file came from; empty when not given
    QString sourceLicence; // overrides the licence the format names
    bool dryRun = false;   // validate and count, write nothing
    // Replace the values of a source already in the store. Without it a source key the store
    // has is a problem: two files, or two publishers, never overwrite each other silently.
    bool updateSource = false;
    // The label and unit of the one series a file holds, over what the file says; a file of
    // several series with either set is a problem.
    QString seriesLabel;
    QString seriesUnit;

    static bool parseFormat(const QString &name, Format *format);
    static QString formatName(Format format);
};
