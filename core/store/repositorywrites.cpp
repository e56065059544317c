// SPDX-License-Identifier: MIT
// Repository's writes: the transaction an import or a removal runs in, with the sort indexes
// dropped and rebuilt around a large import, and the sources as the store lists and removes
// them. repository.cpp opens and reads; repositoryuserstore.cpp attaches the user store.
#include "repository.h"

#include "search/searchdocument.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

bool Repository::beginTransaction()
{
    // Takes the user store's write lock first, waiting out another process's import: a
    // transaction that reads first gets SQLITE_BUSY at once when another process commits
    // meanwhile. BEGIN IMMEDIATE cannot be used, because it would also lock the read-only
    // built-in dataset.
    m_ownWrite = std::make_unique<OwnWrites::Scope>(m_userPath);
    if (!exec(QStringLiteral("BEGIN"))) {
        m_ownWrite.reset();
        return false;
    }
    if (!exec(QStringLiteral("UPDATE user.meta SET value = value WHERE key = 'origin'"))) {
        rollback();
        return false;
    }
    if (!verifyBeforeWrite()) {
        const QString why = m_error;
        rollback();
        return fail(why);
    }
    QSqlQuery last(connection());
    if (!last.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM user.observation")) ||
        !last.next()) {
        fail(last.lastError().text());
        rollback();
        return false;
    }
    m_lastIndexedId = last.value(0).toLongLong();
    last.finish(); // no statement may read while the indexes are dropped
    m_searchDeferred = 1;
    // A large import touches every page of four indexes: with SQLite's 2 MB default, pages
    // spill to the WAL and are written again and again before the commit.
    exec(QStringLiteral("PRAGMA user.cache_size = -131072"));
    if (!deferSortIndexes()) {
        const QString why = m_error;
        rollback();
        return fail(why);
    }
    return true;
}

// Into a store of few rows, the sort indexes are dropped for the writes and built again by
// commit(), in the same transaction, each in one sorted pass: cheaper than keeping them in
// step row by row. A store of many rows keeps them, so a small import never rebuilds a large
// index. A rollback brings them back with the rows.
bool Repository::deferSortIndexes()
{
    m_deferredIndexes.clear();
    if (m_storeOnly)
        return true;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM user.observation LIMIT %1)")
                    .arg(kBulkIndexRows)) ||
        !q.next())
        return fail(q.lastError().databaseText());
    if (q.value(0).toLongLong() >= kBulkIndexRows)
        return true;
    if (!q.exec(QStringLiteral("SELECT name, sql FROM user.sqlite_master WHERE type = 'index'"
                               " AND tbl_name = 'observation' AND name IN ('observation_by_value',"
                               " 'observation_by_entity', 'observation_by_period')")))
        return fail(q.lastError().databaseText());
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
        // As SQLite keeps it, so the rebuilt index reads word for word as schema.sql says.
        m_deferredIndexes << q.value(1).toString().replace(
            QRegularExpression(QStringLiteral("^CREATE INDEX ")),
            QStringLiteral("CREATE INDEX user."));
    }
    q.finish();
    for (const QString &name : std::as_const(names)) {
        if (!exec(QStringLiteral("DROP INDEX user.%1").arg(name)))
            return false;
    }
    return true;
}

bool Repository::restoreSortIndexes()
{
    for (const QString &sql : std::as_const(m_deferredIndexes)) {
        if (!exec(sql))
            return false;
    }
    m_deferredIndexes.clear();
    return true;
}

bool Repository::commit()
{
    const auto ended = qScopeGuard([this] { m_ownWrite.reset(); });
    m_searchDeferred = 0;
    if (m_storeOnly) // the build's dataset has no search index
        return exec(QStringLiteral("COMMIT"));
    QSqlQuery index(connection());
    index.prepare(QString::fromUtf8(SearchDocument::indexAddedSql(QStringLiteral("user"))));
    index.addBindValue(m_lastIndexedId);
    index.addBindValue(m_lastIndexedId);
    if (!index.exec()) {
        fail(index.lastError().text());
        rollback();
        return false;
    }
    if (!restoreSortIndexes()) {
        rollback();
        return false;
    }
    if (!exec(QStringLiteral("COMMIT")))
        return false;
    rememberOwnWrite();
    return true;
}

void Repository::rollback()
{
    m_searchDeferred = 0;
    m_deferredIndexes.clear(); // the rollback brings them back
    QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
    m_ownWrite.reset();
}

std::optional<QList<SourceSummary>> Repository::sources()
{
    QList<SourceSummary> list;
    for (const QString &schema : {QStringLiteral("main"), QStringLiteral("user")}) {
        if (schema == u"user" && !m_userAttached)
            continue;
        QSqlQuery q(connection());
        const QString sql = QStringLiteral(
            "SELECT s.id, s.key, s.publisher, s.title, s.url, s.licence, s.imported_at,"
            " (SELECT COUNT(*) FROM @.fact f WHERE f.source_id = s.id)"
            " + (SELECT COUNT(*) FROM @.observation o JOIN @.series r ON r.id = o.series_id"
            "    WHERE r.source_id = s.id)"
            " FROM @.source s ORDER BY s.id");
        if (!q.exec(QString(sql).replace(QStringLiteral("@."), schema + u'.'))) {
            fail(q.lastError().databaseText());
            return std::nullopt;
        }
        while (q.next()) {
            list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                         QDateTime::fromString(q.value(6).toString(), Qt::ISODate),
                         q.value(7).toLongLong(), schema == u"main"});
        }
    }
    return list;
}

bool Repository::removeSource(const QString &idOrKey)
{
    const std::optional<QList<SourceSummary>> all = sources();
    if (!all)
        return false;
    QString why;
    const SourceSummary *s = SourceSummary::removable(*all, idOrKey, &why);
    if (!s)
        return fail(why);
    if (!beginTransaction())
        return false;
    const QString id = QString::number(s->id);
    const QStringList statements{
        QStringLiteral("DELETE FROM user.observation WHERE series_id IN"
                       " (SELECT id FROM user.series WHERE source_id = %1)"),
        QStringLiteral("DELETE FROM user.series WHERE source_id = %1"),
        QStringLiteral("DELETE FROM user.fact_input WHERE fact_id IN"
                       " (SELECT id FROM user.fact WHERE source_id = %1)"),
        QStringLiteral("DELETE FROM user.fact WHERE source_id = %1"),
        QStringLiteral("DELETE FROM user.member_state WHERE source_id = %1"),
        QStringLiteral("DELETE FROM user.source WHERE id = %1")};
    for (const QString &statement : statements) {
        if (!exec(statement.arg(id))) {
            rollback();
            return false;
        }
    }
    return commit();
}

bool Repository::removeFact(const QString &key)
{
    // The one row's fate, asked of both files: (built in, in the store, read by a formula).
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM main.fact WHERE key = ?)") +
              (m_userAttached ? QStringLiteral(", EXISTS (SELECT 1 FROM user.fact WHERE key = ?),"
                                               " (SELECT f.key FROM user.fact_input i"
                                               " JOIN user.fact f ON f.id = i.fact_id"
                                               " JOIN user.fact u ON u.id = i.input_fact_id"
                                               " WHERE u.key = ? LIMIT 1)")
                              : QStringLiteral(", 0, NULL")));
    for (int i = 0; i < (m_userAttached ? 3 : 1); ++i)
        q.addBindValue(key);
    if (!q.exec() || !q.next())
        return fail(q.lastError().text());
    if (q.value(0).toBool())
        return fail(QCoreApplication::translate("Repository",
                                                "'%1' is a figure of the built-in dataset and "
                                                "cannot be removed.")
                        .arg(key));
    if (!q.value(1).toBool())
        return fail(
            QCoreApplication::translate("Repository", "Your store has no figure '%1'.").arg(key));
    if (!q.value(2).isNull())
        return fail(QCoreApplication::translate("Repository",
                                                "'%1' is read by the formula of '%2'; remove "
                                                "that figure first.")
                        .arg(key, q.value(2).toString()));
    q.finish();
    if (!beginTransaction())
        return false;
    for (const char *sql : {"DELETE FROM user.fact_input WHERE fact_id ="
                            " (SELECT id FROM user.fact WHERE key = ?)",
                            "DELETE FROM user.fact WHERE key = ?"}) {
        QSqlQuery remove(connection());
        remove.prepare(QString::fromLatin1(sql));
        remove.addBindValue(key);
        if (!remove.exec()) {
            const QString why = remove.lastError().databaseText();
            rollback();
            return fail(why);
        }
    }
    return commit();
}
