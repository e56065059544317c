// SPDX-License-Identifier: MIT
#include "factstore.h"

#include "datasetreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

Q_LOGGING_CATEGORY(lcStore, "sco.store")

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("sco-store-%1").arg(++counter);
}

} // namespace

FactStore::FactStore()
    : m_connectionName(nextConnectionName())
{
}

FactStore::~FactStore()
{
    close();
}

QString FactStore::embeddedDatabasePath()
{
    return QStringLiteral(":/data/sco-dashboard.sqlite");
}

QString FactStore::embeddedRevision()
{
    QFile file(QStringLiteral(":/data/sco-dashboard.revision"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).trimmed()
                                          : QString();
}

bool FactStore::open(const QString &path)
{
    close();
    m_path = path;
    m_error.clear();
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("Database file not found: %1").arg(path));
    if (!info.isFile() || !info.isReadable())
        return fail(tr("Database file is not readable: %1").arg(path));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return fail(tr("Cannot open %1: %2").arg(path, db.lastError().text()));
    return validateSchema();
}

// QSqlDatabase::open() succeeds on any file; the first real query is what rejects a file that
// is not SQLite (SQLITE_NOTADB), so the schema check doubles as the format check.
bool FactStore::validateSchema()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return fail(
            tr("%1 is not an SQLite database (%2).").arg(m_path, query.lastError().databaseText()));
    const int version = query.value(0).toInt();
    if (version > kSchemaVersion)
        return fail(tr("%1 uses schema version %2, but this program reads up to version %3. "
                       "Update the program to open it.")
                        .arg(m_path)
                        .arg(version)
                        .arg(kSchemaVersion));
    if (version < 1)
        return fail(tr("%1 is an SQLite database, but not a dashboard database "
                       "(it has no schema version).")
                        .arg(m_path));
    return true;
}

std::optional<Data::Dataset> FactStore::load()
{
    if (!QSqlDatabase::contains(m_connectionName)) {
        fail(tr("No database is open."));
        return std::nullopt;
    }
    DatasetReader reader(QSqlDatabase::database(m_connectionName, false));
    std::optional<Data::Dataset> dataset = reader.read();
    if (!dataset)
        fail(tr("Cannot read %1: %2").arg(m_path, reader.errorString()));
    return dataset;
}

bool FactStore::fail(const QString &message)
{
    m_error = message;
    qCDebug(lcStore).noquote() << message;
    return false;
}

void FactStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}
