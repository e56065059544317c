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
    // The fingerprint of the embedded dataset's SQL, as recorded in meta.dataset_revision.
    static QString embeddedRevision();
    // The user's working copy in QStandardPaths::AppDataLocation.
    static QString workingCopyPath();

    // Opens the working copy, creating it from the embedded dataset on first run. A copy of an
    // older embedded dataset (meta origin 'embedded', another revision) is replaced by the
    // current one and kept beside it as <name>.rev-<old revision>; a copy of any other origin,
    // or one that cannot be read, is left exactly as it is.
    bool openWorkingCopy();
    // Opens PATH, which must exist and hold a schema this program reads.
    bool open(const QString &path);

    std::optional<Data::Dataset> load();
    // Opens PATH, or the working copy when PATH is empty, and loads it.
    std::optional<Data::Dataset> openAndLoad(const QString &path);

    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

private:
    bool writeEmbeddedCopy(const QString &target);
    bool refreshIfOutdated(const QString &target);
    bool validateSchema();
    bool fail(const QString &message);
    void close();

    QString m_connectionName;
    QString m_path;
    QString m_error;
};
