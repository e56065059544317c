// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

// Rows sent to the server by libpq's COPY … FROM STDIN on a QPSQL connection (QPSQL has no
// COPY and no batch binds: 200,000 rows take 17 s by execBatch and well under a second by
// COPY). Rows are built in COPY's text format, then sent in one go; the connection must have no
// query with rows still to read. Errors are values: false and errorString().
class PostgresCopy
{
public:
    explicit PostgresCopy(const QSqlDatabase &db);

    // A field of the row being built; the last of a row ends it.
    void add(const QString &text);
    void add(double value);
    void add(qint64 value);
    void add(bool value);
    void add(const QDate &date); // an invalid date is NULL
    void endRow();
    qsizetype rows() const { return m_rows; }

    // COPY TARGET (a table and its columns) FROM STDIN with the rows built; clears them.
    bool send(const QString &target);
    QString errorString() const { return m_error; }

private:
    void separate();

    QSqlDatabase m_db;
    QByteArray m_data;
    qsizetype m_rows = 0;
    bool m_rowStarted = false;
    QString m_error;
};
