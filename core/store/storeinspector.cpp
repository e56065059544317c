// SPDX-License-Identifier: MIT
#include "storeinspector.h"

#include "storeschema.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>

#include <sqlite3.h>

namespace {

QString errorOf(sqlite3 *db)
{
    return QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
}

bool isCannotOpen(int code)
{
    const int primary = code & 0xff;
    return primary == SQLITE_CANTOPEN || primary == SQLITE_IOERR ||
           code == SQLITE_READONLY_CANTINIT;
}

// One value from SQL on DB; std::nullopt with the error's code in CODE.
std::optional<QString> scalar(sqlite3 *db, const char *sql, int *code)
{
    sqlite3_stmt *statement = nullptr;
    *code = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    if (*code != SQLITE_OK)
        return std::nullopt;
    std::optional<QString> value;
    *code = sqlite3_step(statement);
    if (*code == SQLITE_ROW) {
        value =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        *code = SQLITE_OK;
    } else {
        *code = sqlite3_extended_errcode(db);
    }
    sqlite3_finalize(statement);
    return value;
}

QString versionProblem(int version, int currentVersion)
{
    if (version > currentVersion)
        return QCoreApplication::translate(
                   "StoreInspector",
                   "it uses schema version %1, but this program reads up to version %2")
            .arg(version)
            .arg(currentVersion);
    if (version < 1)
        return QCoreApplication::translate("StoreInspector", "it is not a dashboard database");
    return {};
}

} // namespace

QString StoreInspector::integrityProblem(sqlite3 *db, const char *schema)
{
    int code = SQLITE_OK;
    const QByteArray sql = QByteArray("PRAGMA \"") + schema + "\".quick_check(1)";
    std::optional<QString> result = scalar(db, sql.constData(), &code);
    if (!result)
        return QCoreApplication::translate("StoreInspector", "it cannot be checked (%1)")
            .arg(errorOf(db));
    if (*result == u"ok")
        return {};
    result->remove(QRegularExpression(QStringLiteral("^\\*\\*\\*[^\n]*\\*\\*\\*\n")));
    return QCoreApplication::translate("StoreInspector", "it is damaged (%1)").arg(*result);
}

void StoreInspector::harden(sqlite3 *db)
{
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, nullptr);
    // No text or blob in a store is near this; a view that builds gigabytes stops here.
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 64 * 1024 * 1024);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 4 * 1024 * 1024);
}

StoreInspector::Verdict StoreInspector::inspect(const QString &path, bool immutable,
                                                int currentVersion, Depth depth)
{
    Verdict verdict;
    // A read-only connection finds no -wal beside a WAL store that no one has open and reads
    // the file in rollback mode, unseen by another process's checkpoints: it would read torn
    // pages while a first import writes. So it opens read-write but never writes: query_only,
    // and no checkpoint on close, so a WAL, stray or not, is never applied or deleted. A hot
    // rollback journal would be rolled back by such a connection, so then it reads read-only.
    QUrl uri = QUrl::fromLocalFile(path);
    const bool hotJournal = QFile::exists(path + QStringLiteral("-journal"));
    if (immutable)
        uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
    else if (hotJournal)
        uri.setQuery(QStringLiteral("mode=ro"));
    const int flags = immutable || hotJournal ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    sqlite3 *db = nullptr;
    int code = sqlite3_open_v2(uri.toString(QUrl::FullyEncoded).toUtf8().constData(), &db,
                               flags | SQLITE_OPEN_URI, nullptr);
    if (code == SQLITE_OK) {
        // Waits out another process's write as the program's own connections do: a store in
        // rollback mode is locked to readers while another start migrates it.
        sqlite3_busy_timeout(db, kBusyMilliseconds);
        sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        sqlite3_exec(db, "PRAGMA query_only = 1", nullptr, nullptr, nullptr);
    }
    bool timedOut = false;
    const QDeadlineTimer deadline(kCheckSeconds * 1000);
    const auto context = std::make_pair(&deadline, &timedOut);
    if (code == SQLITE_OK) {
        harden(db);
        sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
        sqlite3_progress_handler(
            db, 10000,
            [](void *data) {
                auto *c = static_cast<decltype(context) *>(data);
                *c->second = c->first->hasExpired();
                return *c->second ? 1 : 0;
            },
            const_cast<void *>(static_cast<const void *>(&context)));
    }
    std::optional<QString> version;
    if (code == SQLITE_OK)
        version = scalar(db, "PRAGMA user_version", &code);
    if (!version) {
        verdict.cannotOpen = isCannotOpen(code);
        verdict.sqliteText = errorOf(db);
        verdict.problem = verdict.sqliteText;
        sqlite3_close(db);
        return verdict;
    }
    verdict.version = version->toInt();
    verdict.problem = versionProblem(*verdict.version, currentVersion);
    if (verdict.ok())
        verdict.problem = StoreSchema::problem(db, "main", *verdict.version, currentVersion);
    if (verdict.ok() && depth == Depth::Full) {
        verdict.problem = integrityProblem(db, "main");
        if (timedOut)
            verdict.problem = QCoreApplication::translate("StoreInspector",
                                                          "checking it took longer than %1 seconds")
                                  .arg(kCheckSeconds);
    }
    sqlite3_close(db);
    return verdict;
}
