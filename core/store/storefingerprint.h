// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// What a SQLite store looks like from outside, read by stat(2) alone: the identity (device,
// inode), size, modification and status-change times of the store and of its WAL. Any write by
// any program changes it: a write moves the modification time, and even one that puts the time
// back moves the status-change time, which no program can set. The file is never opened: a
// process that closes any descriptor of a file loses every POSIX lock it holds on it, SQLite's
// included, and another process would then take itself for the last reader and delete the WAL.
struct StoreFingerprint
{
    struct File
    {
        bool exists = false;
        qint64 device = 0;
        qint64 inode = 0;
        qint64 size = 0;
        qint64 modifiedNs = 0;
        qint64 changedNs = 0;
        bool operator==(const File &other) const = default;
    };

    File store;
    File wal;

    // The fingerprint of the store at PATH; std::nullopt when it cannot be read.
    static std::optional<StoreFingerprint> of(const QString &path);

    QJsonObject toJson() const;
    static StoreFingerprint fromJson(const QJsonObject &json);
    bool operator==(const StoreFingerprint &other) const = default;
};
