// SPDX-License-Identifier: MIT
#include "postgresconnection.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

QString uniqueName()
{
    static QAtomicInteger<quint64> next;
    return QStringLiteral("sco-postgres-%1").arg(next.fetchAndAddRelaxed(1));
}

} // namespace

PostgresConnection::PostgresConnection(const PostgresLocation &location)
    : m_location(location)
    , m_name(uniqueName())
{
}

PostgresConnection::~PostgresConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase PostgresConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool PostgresConnection::fail(const QString &why)
{
    m_error = m_location.display() + QStringLiteral(": ") + why.simplified(); // one line
    return false;
}

bool PostgresConnection::open()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(tr("this build has no PostgreSQL driver (Debian: libqt6sql6-psql)."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.setConnectOptions(
        m_location.connectOptions() +
        QStringLiteral(" options='-c statement_timeout=%1'").arg(kStatementTimeoutMs) +
        QStringLiteral(" application_name='sco-dashboard'"));
    if (!db.open()) // the server's words, without the driver's "Unable to connect"
        return fail(db.lastError().databaseText().isEmpty() ? db.lastError().text()
                                                            : db.lastError().databaseText());
    return true;
}

bool PostgresConnection::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(database());
    if (!query.prepare(sql))
        return fail(query.lastError().text());
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    return query.exec() || fail(query.lastError().text());
}

std::optional<QVariant> PostgresConnection::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(database());
    if (!query.prepare(sql)) {
        fail(query.lastError().text());
        return std::nullopt;
    }
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec()) {
        fail(query.lastError().text());
        return std::nullopt;
    }
    return query.next() ? query.value(0) : QVariant();
}

bool PostgresConnection::run(const QString &script)
{
    QString statement;
    for (const QString &line : script.split(u'\n')) {
        if (line.trimmed().startsWith(QStringLiteral("--")))
            continue;
        statement += line + u'\n';
        if (!line.trimmed().endsWith(u';'))
            continue;
        QSqlQuery query(database());
        if (!query.exec(statement))
            return fail(query.lastError().text());
        statement.clear();
    }
    return true;
}

bool PostgresConnection::statement(const QString &sql)
{
    QSqlQuery query(database());
    return query.exec(sql) || fail(query.lastError().text());
}

bool PostgresConnection::begin()
{
    return database().transaction() || fail(database().lastError().text());
}

bool PostgresConnection::commit()
{
    return database().commit() || fail(database().lastError().text());
}

void PostgresConnection::rollback()
{
    database().rollback();
}

// Not QSqlDriver::escapeIdentifier, which reads "wang.li" as a schema and a table.
QString PostgresConnection::identifier(const QString &name)
{
    QString quoted = name;
    quoted.remove(QChar(0));
    return u'"' + quoted.replace(u'"', QStringLiteral("\"\"")) + u'"';
}
