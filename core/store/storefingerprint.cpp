// SPDX-License-Identifier: MIT
#include "storefingerprint.h"

#include <QFile>
#include <QJsonValue>

#include <sys/stat.h>

namespace {

constexpr qint64 kNsPerSecond = 1000000000;

StoreFingerprint::File statOf(const QString &path)
{
    struct stat status
    {
    };
    StoreFingerprint::File file;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return file;
    file.exists = true;
    file.device = qint64(status.st_dev);
    file.inode = qint64(status.st_ino);
    file.size = qint64(status.st_size);
    file.modifiedNs = qint64(status.st_mtim.tv_sec) * kNsPerSecond + status.st_mtim.tv_nsec;
    file.changedNs = qint64(status.st_ctim.tv_sec) * kNsPerSecond + status.st_ctim.tv_nsec;
    return file;
}

// Numbers as strings: JSON doubles lose nanoseconds.
QJsonObject fileToJson(const StoreFingerprint::File &file)
{
    if (!file.exists)
        return {};
    return {{QStringLiteral("device"), QString::number(file.device)},
            {QStringLiteral("inode"), QString::number(file.inode)},
            {QStringLiteral("size"), QString::number(file.size)},
            {QStringLiteral("modifiedNs"), QString::number(file.modifiedNs)},
            {QStringLiteral("changedNs"), QString::number(file.changedNs)}};
}

StoreFingerprint::File fileFromJson(const QJsonObject &json)
{
    StoreFingerprint::File file;
    file.exists = !json.isEmpty();
    file.device = json.value(QStringLiteral("device")).toString().toLongLong();
    file.inode = json.value(QStringLiteral("inode")).toString().toLongLong();
    file.size = json.value(QStringLiteral("size")).toString().toLongLong();
    file.modifiedNs = json.value(QStringLiteral("modifiedNs")).toString().toLongLong();
    file.changedNs = json.value(QStringLiteral("changedNs")).toString().toLongLong();
    return file;
}

} // namespace

std::optional<StoreFingerprint> StoreFingerprint::of(const QString &path)
{
    StoreFingerprint fingerprint;
    fingerprint.store = statOf(path);
    if (!fingerprint.store.exists)
        return std::nullopt;
    fingerprint.wal = statOf(path + QStringLiteral("-wal"));
    return fingerprint;
}

QJsonObject StoreFingerprint::toJson() const
{
    return {{QStringLiteral("store"), fileToJson(store)}, {QStringLiteral("wal"), fileToJson(wal)}};
}

StoreFingerprint StoreFingerprint::fromJson(const QJsonObject &json)
{
    StoreFingerprint fingerprint;
    fingerprint.store = fileFromJson(json.value(QStringLiteral("store")).toObject());
    fingerprint.wal = fileFromJson(json.value(QStringLiteral("wal")).toObject());
    return fingerprint;
}
