// SPDX-License-Identifier: MIT
#include "sqlitestorewatch.h"

#include "store/ownwrites.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

Q_LOGGING_CATEGORY(lcOwnStore, "sco.ownstore")

SqliteStoreWatch::SqliteStoreWatch(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    acknowledge();
    m_check.setInterval(kCheckMs);
    connect(&m_check, &QTimer::timeout, this, &SqliteStoreWatch::check);
    m_check.start();
}

void SqliteStoreWatch::acknowledge()
{
    const std::optional<StoreFingerprint> now = StoreFingerprint::of(m_path);
    m_pendingSeen = false;
    if (m_sourcesRead && now == m_shown)
        return; // read as the store is now: the window's re-read after the news
    m_shown = now;
    m_sources = readSources();
    m_sourcesRead = true;
}

void SqliteStoreWatch::check()
{
    const std::optional<StoreFingerprint> now = StoreFingerprint::of(m_path);
    if (now == m_shown || OwnWrites::inProgress(m_path)) {
        m_pendingSeen = false;
        return;
    }
    if (OwnWrites::lastLeft(m_path) == now) { // this window's own write, re-read by it
        m_shown = now;
        m_sourcesRead = false; // its sources are read when the window acknowledges them
        m_pendingSeen = false;
        return;
    }
    if (!m_pendingSeen || m_pending != now) { // still moving: an import under way
        m_pending = now;
        m_pendingSeen = true;
        return;
    }
    const Sources before = m_sources;
    acknowledge();
    const QString summary = summaryOf(before, m_sources);
    qCDebug(lcOwnStore).noquote() << "changed:" << summary;
    emit changed(summary);
}

// Each source of the store with when it was last imported and how many series and figures it
// gives; empty when the store is absent or cannot be read (the window says why when it reads).
SqliteStoreWatch::Sources SqliteStoreWatch::readSources() const
{
    Sources sources;
    if (!m_shown || !m_shown->store.exists)
        return sources;
    // Read-only, yet the last connection's close may touch the WAL: counted as this window's.
    const OwnWrites::Scope reading(m_path);
    const QString name = QStringLiteral("sco-watch-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=200"));
        QSqlQuery q(db);
        if (db.open() &&
            q.exec(QStringLiteral("SELECT s.key, COALESCE(s.imported_at, ''),"
                                  " (SELECT count(*) FROM series r WHERE r.source_id = s.id),"
                                  " (SELECT count(*) FROM fact f WHERE f.source_id = s.id)"
                                  " FROM source s"))) {
            while (q.next())
                sources.insert(
                    q.value(0).toString(),
                    Counts{q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt()});
        }
    }
    QSqlDatabase::removeDatabase(name);
    return sources;
}

QString SqliteStoreWatch::summaryOf(const Sources &before, const Sources &after) const
{
    QStringList parts;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.cend()) {
            if (it->series > 0)
                parts << tr("%n series added from %1", nullptr, it->series).arg(it.key());
            if (it->facts == 1) // English has no plural forms without a translation of its own
                parts << tr("1 figure added from %1").arg(it.key());
            else if (it->facts > 1)
                parts << tr("%n figures added from %1", nullptr, it->facts).arg(it.key());
        } else if (!(*old == *it)) {
            parts << tr("%1 updated").arg(it.key());
        }
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            parts << tr("%1 removed").arg(it.key());
    }
    parts.sort();
    return parts.isEmpty()
               ? tr("Your store was changed by another program")
               : tr("Changed by another program: %1").arg(parts.join(QStringLiteral("; ")));
}
