// SPDX-License-Identifier: MIT
#pragma once

#include "storefingerprint.h"

#include <QString>

#include <optional>

// This process's own writes to SQLite stores, for every thread: a watch for other programs'
// writes tells this window's from theirs by it. A write under way changes the files before it
// commits (its pages go to the WAL), so a write is marked from its start; its end records the
// fingerprint it left. Opening a store (which may create, migrate or switch its journal) and
// closing the last connection (which checkpoints) count as writes.
class OwnWrites
{
public:
    // Marks a write to the store at PATH for its lifetime.
    class Scope
    {
    public:
        explicit Scope(const QString &path);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        QString m_path;
    };

    static bool inProgress(const QString &path);
    // The fingerprint this process's last write to PATH left; std::nullopt when it wrote none.
    static std::optional<StoreFingerprint> lastLeft(const QString &path);
};
