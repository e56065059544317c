// SPDX-License-Identifier: MIT
#include "postgrescopy.h"

#include <QLocale>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace {

PGconn *connectionOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // QPSQL's handle is a PGconn *, whose type Qt names by libpq's struct, pg_conn.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.data());
}

QString lastError(PGconn *connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).simplified();
}

} // namespace

PostgresCopy::PostgresCopy(const QSqlDatabase &db)
    : m_db(db)
{
}

void PostgresCopy::separate()
{
    if (m_rowStarted)
        m_data += '\t';
    m_rowStarted = true;
}

// COPY's text format: a backslash, a tab and a line break in a value are escaped.
void PostgresCopy::add(const QString &text)
{
    separate();
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '\\':
            m_data += "\\\\";
            break;
        case '\t':
            m_data += "\\t";
            break;
        case '\n':
            m_data += "\\n";
            break;
        case '\r':
            m_data += "\\r";
            break;
        default:
            m_data += c;
        }
    }
}

void PostgresCopy::add(double value)
{
    separate();
    m_data += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

void PostgresCopy::add(qint64 value)
{
    separate();
    m_data += QByteArray::number(value);
}

void PostgresCopy::add(bool value)
{
    separate();
    m_data += value ? 't' : 'f';
}

void PostgresCopy::add(const QDate &date)
{
    separate();
    m_data += date.isValid() ? date.toString(Qt::ISODate).toLatin1() : QByteArray("\\N");
}

void PostgresCopy::endRow()
{
    m_data += '\n';
    m_rowStarted = false;
    ++m_rows;
}

bool PostgresCopy::send(const QString &target)
{
    PGconn *connection = connectionOf(m_db);
    if (!connection) {
        m_error = QStringLiteral("not a PostgreSQL connection");
        return false;
    }
    const QByteArray statement = QStringLiteral("COPY %1 FROM STDIN").arg(target).toUtf8();
    PGresult *started = PQexec(connection, statement.constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (!copying) {
        m_error = lastError(connection);
        return false;
    }
    const bool sent = PQputCopyData(connection, m_data.constData(), int(m_data.size())) == 1;
    const bool ended = PQputCopyEnd(connection, sent ? nullptr : "the rows could not be sent") == 1;
    bool ok = sent && ended;
    while (PGresult *result = PQgetResult(connection)) {
        ok = ok && PQresultStatus(result) == PGRES_COMMAND_OK;
        PQclear(result);
    }
    if (!ok)
        m_error = lastError(connection);
    m_data.clear();
    m_rows = 0;
    return ok;
}
