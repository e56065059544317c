// SPDX-License-Identifier: MIT
#include "verifiedstores.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace {

// A store is known by its absolute path with links resolved: two spellings are one store.
QString keyOf(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

// The record is small and written whole; one that is not ours or not JSON counts as empty.
QJsonObject read(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly) || in.size() > 1024 * 1024)
        return {};
    return QJsonDocument::fromJson(in.readAll()).object();
}

void write(const QString &file, QJsonObject stores)
{
    while (stores.size() > VerifiedStores::kMaxStores) {
        auto oldest = std::min_element(stores.begin(), stores.end(), [](auto a, auto b) {
            return a.toObject().value(QStringLiteral("checkedAt")).toString() <
                   b.toObject().value(QStringLiteral("checkedAt")).toString();
        });
        stores.erase(oldest);
    }
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(QJsonDocument(stores).toJson(QJsonDocument::Compact));
        out.commit();
    }
}

} // namespace

VerifiedStores::VerifiedStores(const QString &file)
    : m_file(file.isEmpty() ? defaultFile() : file)
{
}

QString VerifiedStores::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/verified-stores.json");
}

bool VerifiedStores::isVerified(const QString &path, const StoreFingerprint &fingerprint,
                                int version) const
{
    const QJsonObject entry = read(m_file).value(keyOf(path)).toObject();
    return !entry.isEmpty() && entry.value(QStringLiteral("version")).toInt() == version &&
           StoreFingerprint::fromJson(entry.value(QStringLiteral("fingerprint")).toObject()) ==
               fingerprint;
}

bool VerifiedStores::isVerifiedNow(const QString &path, int version) const
{
    const std::optional<StoreFingerprint> now = StoreFingerprint::of(path);
    return now && isVerified(path, *now, version);
}

void VerifiedStores::remember(const QString &path, const StoreFingerprint &fingerprint, int version)
{
    QJsonObject stores = read(m_file);
    const QJsonObject known = stores.value(keyOf(path)).toObject();
    if (known.value(QStringLiteral("version")).toInt() == version &&
        known.value(QStringLiteral("fingerprint")).toObject() == fingerprint.toJson())
        return; // every open and close asks; only a change is written
    stores.insert(keyOf(path),
                  QJsonObject{{QStringLiteral("version"), version},
                              {QStringLiteral("fingerprint"), fingerprint.toJson()},
                              {QStringLiteral("checkedAt"),
                               QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
    write(m_file, stores);
}

void VerifiedStores::rememberNow(const QString &path, int version)
{
    if (const std::optional<StoreFingerprint> now = StoreFingerprint::of(path))
        remember(path, *now, version);
    else
        forget(path);
}

void VerifiedStores::forget(const QString &path)
{
    QJsonObject stores = read(m_file);
    if (stores.contains(keyOf(path)))
        write(m_file, (stores.remove(keyOf(path)), stores));
}
