// SPDX-License-Identifier: MIT
// libFuzzer target, structure-aware: a valid user store given a schema of its own. The input
// chooses CREATE TABLE / VIEW / TRIGGER / INDEX, DROP and ALTER statements over the program's
// own table and object names; they run on a copy of a store the program made. The opener must
// then leave the store out whenever its schema differs from the program's, and never change
// the file's bytes (a command opens it read-only first, and OpenIfPresent never migrates a
// current store). Either failure aborts, so libFuzzer keeps the input.
#include "fuzzsupport.h"
#include "store/repository.h"

#include <QByteArray>
#include <QFile>
#include <QSqlQuery>
#include <QStringList>

#include <sqlite3.h>

#include <cstdlib>

namespace {

const char *const kTables[] = {
    "source", "fact", "series", "observation", "member_state", "meta", "observation_search",
    "extra"};
const char *const kNames[] = {"extra",
                              "observation_by_value",
                              "observation_search_insert",
                              "observation_search_delete",
                              "observation_search_data",
                              "v",
                              "member_state",
                              "sqlite_stat1"};
const char *const kBodies[] = {"DELETE FROM observation", "UPDATE source SET title = 'x'",
                               "INSERT INTO meta (key, value) VALUES ('k', 'v')", "SELECT 1"};
const char *const kSelects[] = {
    "SELECT 1", "SELECT * FROM observation",
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n",
    "SELECT zeroblob(100000000)", "SELECT id FROM source"};

// Reads the input a byte at a time; zeros once it runs out.
class Choices
{
public:
    Choices(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    {
    }
    bool more() const { return m_at < m_size; }
    template <typename T, size_t N> const char *pick(T (&list)[N])
    {
        return list[(m_at < m_size ? m_data[m_at++] : 0) % N];
    }
    int byte() { return m_at < m_size ? m_data[m_at++] : 0; }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_at = 0;
};

QByteArray statement(Choices &c)
{
    const QByteArray name = c.pick(kNames);
    const QByteArray table = c.pick(kTables);
    switch (c.byte() % 7) {
    case 0:
        return "CREATE TABLE " + name + " (a, b TEXT NOT NULL DEFAULT '')";
    case 1:
        return "CREATE VIEW " + name + " AS " + c.pick(kSelects);
    case 2:
        return "CREATE TRIGGER " + name + " AFTER INSERT ON " + table + " BEGIN " +
               c.pick(kBodies) + "; END";
    case 3:
        return "CREATE INDEX " + name + " ON " + table + " (id)";
    case 4:
        return "DROP TRIGGER " + name;
    case 5:
        return "DROP INDEX " + name;
    default:
        return "ALTER TABLE " + table + " ADD COLUMN c" + QByteArray::number(c.byte()) + " TEXT";
    }
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray schemaOf(sqlite3 *db)
{
    QByteArray schema;
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(db, "SELECT type, name, sql FROM sqlite_schema ORDER BY name", -1, &s,
                       nullptr);
    while (s && sqlite3_step(s) == SQLITE_ROW) {
        for (int i = 0; i < 3; ++i) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, i));
            schema += QByteArray(text ? text : "") + '|';
        }
        schema += '\n';
    }
    sqlite3_finalize(s);
    return schema;
}

// A store the program made, once per process.
const QByteArray &templateStore()
{
    static const QByteArray bytes = [] {
        const QString path = FuzzSupport::scratchPath(QStringLiteral("template.sqlite"));
        FuzzSupport::removeStore(path);
        {
            Repository repository;
            repository.open(path, Repository::UserStore::CreateIfAbsent);
            QSqlQuery(repository.connection())
                .exec(QStringLiteral("PRAGMA user.journal_mode = DELETE"));
        }
        return readAll(path);
    }();
    return bytes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::application();
    const QString file = FuzzSupport::scratchPath(QStringLiteral("store.sqlite"));
    FuzzSupport::removeStore(file);
    FuzzSupport::writeFile(file, reinterpret_cast<const uint8_t *>(templateStore().constData()),
                           size_t(templateStore().size()));
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(file).constData(), &db) != SQLITE_OK)
        std::abort();
    const QByteArray before = schemaOf(db);
    Choices choices(data, size);
    for (int i = 0; i < 8 && choices.more(); ++i)
        sqlite3_exec(db, statement(choices).constData(), nullptr, nullptr, nullptr);
    const bool changed = schemaOf(db) != before;
    sqlite3_close(db);
    const QByteArray bytes = readAll(file);
    {
        Repository repository;
        repository.openAndLoad(file, Repository::UserStore::OpenIfPresent);
        if (changed && repository.hasUserStore())
            std::abort(); // a schema of the store's own was accepted
    }
    if (readAll(file) != bytes)
        std::abort(); // opening wrote to an untrusted store
    FuzzSupport::removeStore(file);
    return 0;
}
