// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// A private copy of a store and its WAL, for a store that can only be read: SQLite cannot read
// a WAL without a -shm file beside it, which read-only media cannot hold, and opening the file
// as immutable would ignore the WAL's committed rows. The copy lives in a temporary folder
// until the process ends, and every connection of the process that reads PATH shares it.
class ReadOnlyStoreCopy
{
public:
    // True when PATH has a WAL with frames in it, which only a copy can show.
    static bool needsCopy(const QString &path);
    // The copy of PATH (made on the first call), or an empty string with ERROR set.
    static QString of(const QString &path, QString *error);
    // True when PATH is such a copy.
    static bool isCopy(const QString &path);
};
