// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include "data/dataset.h"

#include <QString>

#include <optional>

// Opens one dashboard database file read-only and reads it into a Data::Dataset. The program
// itself reads through Repository; this reads a single file as it is (the tests, a build's
// dataset).
//
// A damaged or foreign file is reported, never repaired, replaced or deleted. Errors are values:
// every failing call returns false or std::nullopt and sets errorString() to a sentence that names
// the file.
class FactStore
{
    Q_DECLARE_TR_FUNCTIONS(FactStore)

public:
    static constexpr int kSchemaVersion = 2;

    FactStore();
    ~FactStore();
    FactStore(const FactStore &) = delete;
    FactStore &operator=(const FactStore &) = delete;

    // The dataset compiled into the binary (a Qt resource path).
    static QString embeddedDatabasePath();
    // The fingerprint of the embedded dataset's SQL, as recorded in meta.dataset_revision.
    static QString embeddedRevision();
    // Opens PATH, which must exist and hold a schema this program reads.
    bool open(const QString &path);

    std::optional<Data::Dataset> load();

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
