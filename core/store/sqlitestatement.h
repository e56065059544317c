// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// One prepared statement through SQLite's own API, for the rows of a large import: binding
// through QSqlQuery (a QVariant per value, converted again by the driver) took a sixth of an
// import's time. Bind, step(), and reset() before the next row. Errors are values: step()
// returns false and errorString() says why.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // The connection under a QSQLITE database; nullptr for any other driver.
    static sqlite3 *handleOf(const QSqlDatabase &db);
    // Runs a script of several statements, which QSqlQuery cannot; false with ERROR set when
    // one fails.
    static bool execScript(sqlite3 *db, const QByteArray &script, QString *error);

    bool prepare(sqlite3 *db, const QByteArray &sql);
    bool isPrepared() const { return m_statement != nullptr; }

    // Parameters are numbered from 1, as in SQLite.
    void bind(int index, double value);
    void bind(int index, qint64 value);
    void bind(int index, const QString &text); // a null text binds as '' (NOT NULL columns)
    void bind(int index, const QDate &date);   // ISO 8601, as QDate::toString(Qt::ISODate)

    // Runs the statement; true when it is done or has a row (hasRow()).
    bool step();
    bool hasRow() const { return m_hasRow; }
    qint64 int64At(int column) const;
    double doubleAt(int column) const;
    QString textAt(int column) const; // NULL reads as an empty text
    // Clears the bindings for the next row.
    void reset();
    // Rows the last step() changed.
    int changes() const;
    QString errorString() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_hasRow = false;
    QString m_error;
};
