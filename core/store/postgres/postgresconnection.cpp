// SPDX-License-Identifier: MIT
#include "postgresconnection.h"

#include "postgrespasswords.h"

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
    PostgresLocation location = m_location;
    if (location.value(QStringLiteral("password")).isEmpty()) {
        const QString given = PostgresPasswords::lookup(m_location.display());
        if (given.contains(u';')) // QPSQL turns every ';' of its options into a space
            return fail(tr("a password with a ';' cannot be passed to the server by this "
                           "driver; put it in ~/.pgpass instead."));
        if (!given.isEmpty())
            location.setValue(QStringLiteral("password"), given);
    }
    location = withTimeouts(location);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.setConnectOptions(
        location.connectOptions() +
        QStringLiteral(" options='-c statement_timeout=%1'").arg(kStatementTimeoutMs) +
        QStringLiteral(" application_name='sco-dashboard'"));
    if (!db.open()) // the server's words, without the driver's "Unable to connect"
        return fail(db.lastError().databaseText().isEmpty() ? db.lastError().text()
                                                            : db.lastError().databaseText());
    return true;
}

// A server that does not answer, or a network that drops every packet, is given up on, not
// waited for: the window stays usable.
PostgresLocation PostgresConnection::withTimeouts(PostgresLocation location)
{
    const std::pair<const char *, int> defaults[] = {
        {"connect_timeout", kConnectTimeoutS},
        {"tcp_user_timeout", kTcpUserTimeoutMs},
        {"keepalives_idle", kKeepalivesIdleS},
        {"keepalives_interval", 2},
        {"keepalives_count", 3},
    };
    for (const auto &[keyword, value] : defaults) {
        const QString key = QString::fromLatin1(keyword);
        if (location.value(key).isEmpty())
            location.setValue(key, QString::number(value));
    }
    return location;
}

std::optional<bool> PostgresConnection::isEncrypted()
{
    const std::optional<QVariant> ssl =
        scalar(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
    return ssl ? std::optional<bool>(ssl->toBool()) : std::nullopt;
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
