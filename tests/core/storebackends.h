// SPDX-License-Identifier: MIT
#pragma once

// The backends StoreConformanceTest runs on, and what it needs of each beyond the Store
// interface.
#include "store/postgres/postgreslocation.h"
#include "throwawaypostgres.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <functional>

namespace StoreBackends {

// Where a backend keeps its stores: a temporary folder, and a server of the test's own for a
// backend on a server.
struct Place
{
    const QTemporaryDir &dir;
    ThrowawayPostgres *server;
};

// What the suite needs of a backend beyond the Store interface: where a new store goes, how
// the program names it, and how to damage one behind the program's back.
struct Backend
{
    const char *name;
    bool onServer;
    std::function<QString(Place place)> newLocation;
    std::function<QString(const QString &location)> shown; // as problem() names it
    std::function<bool(Place place, const QString &location)> exists;
    std::function<bool(Place place, const QString &location)> damage;
    std::function<QByteArray(Place place, const QString &location)> fingerprint; // every byte
};

// The SHA-256 of PATH's bytes; a missing file counts as empty, as a WAL with nothing in it.
inline QByteArray fileSha(const QString &path)
{
    QFile file(path);
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

inline const Backend kSqlite{
    "sqlite",
    false,
    [](Place place) { return place.dir.filePath(QStringLiteral("store.sqlite")); },
    [](const QString &location) { return location; },
    [](Place, const QString &location) { return QFile::exists(location); },
    [](Place, const QString &location) {
        // Page 2 onwards overwritten: the header still says SQLite, the tables are gone.
        QFile file(location);
        if (!file.open(QIODevice::ReadWrite) || file.size() < 8192 || !file.seek(4096))
            return false;
        return file.write(QByteArray(4096, '\x5a')) == 4096;
    },
    [](Place, const QString &location) -> QByteArray { // not a QStringBuilder of temporaries
        return fileSha(location) + fileSha(location + QStringLiteral("-wal"));
    },
};

// Every row of every table of the team store, and its columns, as the superuser reads them.
inline const QString kTeamStoreContents = QStringLiteral(
    "SELECT md5(concat_ws('|',"
    " (SELECT string_agg(table_name || '.' || column_name, ',' ORDER BY table_name, column_name)"
    "  FROM information_schema.columns WHERE table_schema = 'sco'),"
    " (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM sco.meta x),"
    " (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM sco.source x),"
    " (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM sco.fact x),"
    " (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM sco.series x),"
    " (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM sco.observation x)))");

inline const Backend kPostgres{
    "postgres",
    true,
    [](Place place) {
        place.server->psql(QStringLiteral("CREATE DATABASE store"));
        return place.server->location(QStringLiteral("store"));
    },
    [](const QString &location) {
        QString error;
        return PostgresLocation::parse(location, &error)->display();
    },
    [](Place place, const QString &) {
        return place.server
                   ->psql(QStringLiteral("SELECT to_regclass('sco.meta') IS NOT NULL"),
                          QStringLiteral("store"))
                   .value_or(QString())
                   .trimmed() == u"t";
    },
    [](Place place, const QString &) {
        // A column another tool dropped: the schema's version still says the store is fine.
        return place.server
            ->psql(QStringLiteral("ALTER TABLE sco.observation DROP COLUMN period_label"),
                   QStringLiteral("store"))
            .has_value();
    },
    [](Place place, const QString &) {
        return place.server->psql(kTeamStoreContents, QStringLiteral("store"))
            .value_or(QString())
            .toUtf8();
    },
};

} // namespace StoreBackends
