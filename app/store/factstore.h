// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"

#include <QString>

#include <optional>

// Opens a dashboard database and reads it into a Data::Dataset.
//
// The store only ever opens files read-only: a damaged or foreign file is reported, never
// repaired, replaced or deleted. Errors are values: every failing call returns false or
// std::nullopt and sets errorString() to a sentence that names the file.
class FactStore
{
public:
    static constexpr int kSchemaVersion = 1;

    FactStore();
    ~FactStore();
    FactStore(const FactStore &) = delete;
    FactStore &operator=(const FactStore &) = delete;

    // The dataset compiled into the binary (a Qt resource path).
    static QString embeddedDatabasePath();
    // The user's working copy in QStandardPaths::AppDataLocation.
    static QString workingCopyPath();

    // Opens the working copy, creating it from the embedded dataset on first run.
    bool openWorkingCopy();
    // Opens PATH, which must exist and hold a schema this program reads.
    bool open(const QString &path);

    std::optional<Data::Dataset> load();
    // Opens PATH, or the working copy when PATH is empty, and loads it.
    std::optional<Data::Dataset> openAndLoad(const QString &path);

    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

private:
    bool validateSchema();
    bool fail(const QString &message);
    void close();

    QString m_connectionName;
    QString m_path;
    QString m_error;
};
