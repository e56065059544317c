// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

struct sqlite3;

// Looks at a user store as untrusted before anything opens it for writing. It reads through a
// connection of its own that never writes (query_only, no checkpoint on close), in defensive mode
// with trusted_schema off and bounded lengths and time, so it never checkpoints a WAL, changes the
// journal mode or deletes a file, and no view or trigger of the store's can run. A stray WAL from
// another store shows here as damage, while deleting it would still recover the store.
class StoreInspector
{
public:
    struct Verdict
    {
        std::optional<int> version; // the store's user_version, when it could be read
        QString problem;            // why the store is not to be used; empty when it is
        bool cannotOpen = false;    // SQLite could not open or read the file or its WAL files
        QString sqliteText;         // SQLite's own words for that
        bool ok() const { return problem.isEmpty(); }
    };

    enum class Depth {
        Full,      // every page, through PRAGMA quick_check: O(store size)
        SchemaOnly // the version and the schema objects: for a store verified unchanged
    };

    // Reads PATH (as immutable with IMMUTABLE, which ignores a WAL): its version against
    // CURRENTVERSION, every schema object (StoreSchema::problem) and, in full, PRAGMA
    // quick_check.
    static Verdict inspect(const QString &path, bool immutable, int currentVersion,
                           Depth depth = Depth::Full);

    // PRAGMA quick_check of SCHEMA on DB: empty, or "it is damaged (…)" with SQLite's words.
    static QString integrityProblem(sqlite3 *db, const char *schema);

    // Defensive mode and bounded lengths, for every connection that reads a user store.
    static void harden(sqlite3 *db);

    // How long the checks may run before they give up: no store makes them loop.
    static constexpr int kCheckSeconds = 300;
    static constexpr int kBusyMilliseconds = 120'000; // as Repository's connections
};
