// SPDX-License-Identifier: MIT
#include "storeschema.h"

#include "search/searchdocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>

namespace {

struct SchemaObject
{
    QString type;
    QString sql;         // whitespace folded; empty for automatic indexes
    QStringList columns; // "name type notnull pk" of a table, in order
};
using Catalogue = QHash<QString, SchemaObject>;

QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString folded(const char *sql)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString::fromUtf8(sql ? sql : "").replace(space, QStringLiteral(" ")).trimmed();
}

QStringList columnsOf(sqlite3 *db, const char *schema, const QString &table)
{
    QStringList columns;
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql =
        "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?1, ?2) ORDER BY cid";
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
        return columns;
    const QByteArray name = table.toUtf8();
    sqlite3_bind_text(statement, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(statement, 2, schema, -1, SQLITE_TRANSIENT);
    while (sqlite3_step(statement) == SQLITE_ROW) {
        QStringList parts;
        for (int i = 0; i < 4; ++i)
            parts << QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, i)));
        columns << parts.join(u' ').toLower();
    }
    sqlite3_finalize(statement);
    return columns;
}

// Reads SCHEMA's objects; false when sqlite_schema itself cannot be read.
bool readCatalogue(sqlite3 *db, const char *schema, Catalogue *catalogue, QString *error)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql =
        "SELECT type, name, sql FROM \"" + QByteArray(schema) + "\".sqlite_schema";
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        SchemaObject object;
        object.type =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        const QString name =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 1)));
        object.sql = folded(reinterpret_cast<const char *>(sqlite3_column_text(statement, 2)));
        catalogue->insert(name, object);
    }
    if (rc != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return false;
    for (auto it = catalogue->begin(); it != catalogue->end(); ++it) {
        if (it->type == u"table")
            it->columns = columnsOf(db, schema, it.key());
    }
    return true;
}

// The schema a new store gets, read back from one made in memory once per process.
const Catalogue &expectedCatalogue()
{
    static QMutex mutex;
    static Catalogue catalogue;
    const QMutexLocker lock(&mutex);
    if (!catalogue.isEmpty())
        return catalogue;
    sqlite3 *db = nullptr;
    QString error;
    if (sqlite3_open(":memory:", &db) == SQLITE_OK && SearchDocument::registerSqlFunction(db) &&
        sqlite3_exec(db, StoreSchema::creationScript().constData(), nullptr, nullptr, nullptr) ==
            SQLITE_OK)
        readCatalogue(db, "main", &catalogue, &error);
    sqlite3_close(db);
    return catalogue;
}

// Tables SQLite itself makes when asked to (AUTOINCREMENT, ANALYZE).
bool isSqliteInternal(const QString &name, const SchemaObject &object)
{
    static const QStringList internal{QStringLiteral("sqlite_sequence"),
                                      QStringLiteral("sqlite_stat1"),
                                      QStringLiteral("sqlite_stat4")};
    return object.type == u"table" && internal.contains(name);
}

QString objectProblem(const QString &name, const SchemaObject &found, const SchemaObject *expected,
                      bool current)
{
    if (!expected || expected->type != found.type)
        return QCoreApplication::translate("StoreSchema",
                                           "it holds the %1 '%2', which this program does not make")
            .arg(found.type, name);
    if (found.type != u"table")
        return found.sql == expected->sql
                   ? QString()
                   : QCoreApplication::translate("StoreSchema",
                                                 "its %1 '%2' is not the one this program makes")
                         .arg(found.type, name);
    if (expected->sql.startsWith(u"CREATE VIRTUAL TABLE", Qt::CaseInsensitive) &&
        found.sql != expected->sql)
        return QCoreApplication::translate("StoreSchema",
                                           "its table '%1' is not the one this program makes")
            .arg(name);
    const bool sameColumns =
        current ? found.columns == expected->columns
                : found.columns.size() <= expected->columns.size() &&
                      std::all_of(found.columns.cbegin(), found.columns.cend(),
                                  [&](const QString &c) { return expected->columns.contains(c); });
    return sameColumns ? QString()
                       : QCoreApplication::translate(
                             "StoreSchema", "its table '%1' has columns this program does not make")
                             .arg(name);
}

} // namespace

QByteArray StoreSchema::creationScript()
{
    return resource(QStringLiteral(":/data/schema.sql")) + searchScript({}) + factSearchScript({});
}

QByteArray StoreSchema::factSearchScript(const QByteArray &schema)
{
    return searchScript(schema, resource(QStringLiteral(":/data/factsearch.sql")));
}

QByteArray StoreSchema::searchScript(const QByteArray &schema)
{
    return searchScript(schema, resource(QStringLiteral(":/data/search.sql")));
}

QByteArray StoreSchema::searchScript(const QByteArray &schema, const QByteArray &script)
{
    if (script.isEmpty())
        return "SELECT RAISE(ABORT, 'a search script is missing from this build');";
    return QByteArray(script).replace('@', schema.isEmpty() ? QByteArray() : schema + '.');
}

QString StoreSchema::problem(sqlite3 *db, const char *schema, int version, int currentVersion)
{
    const Catalogue &expected = expectedCatalogue();
    if (expected.isEmpty())
        return QCoreApplication::translate("StoreSchema",
                                           "the program's own schema cannot be built");
    Catalogue found;
    QString error;
    if (!readCatalogue(db, schema, &found, &error))
        return QCoreApplication::translate("StoreSchema", "its schema cannot be read (%1)")
            .arg(error);
    const bool current = version == currentVersion;
    QStringList names = found.keys();
    names.sort();
    for (const QString &name : std::as_const(names)) {
        const SchemaObject &object = found[name];
        if (isSqliteInternal(name, object))
            continue;
        const auto it = expected.constFind(name);
        const QString why =
            objectProblem(name, object, it == expected.cend() ? nullptr : &*it, current);
        if (!why.isEmpty())
            return why;
    }
    if (current) {
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (!found.contains(it.key()))
                return QCoreApplication::translate("StoreSchema", "its %1 '%2' is missing")
                    .arg(it->type, it.key());
        }
    }
    return {};
}
