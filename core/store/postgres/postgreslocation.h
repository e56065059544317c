// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// Where a team store is: anything libpq's PQconninfoParse accepts, a URI
// ("postgresql://analyst@db.example.org/sco", "postgresql:///sco?host=/run/sco") or a keyword
// string ("host=db dbname=sco", "service=team"), read by libpq itself, never by hand. A host
// that is not this machine gets sslmode=verify-full unless the location names another mode.
// The password, when the location holds one, is never shown (display()).
class PostgresLocation
{
    Q_DECLARE_TR_FUNCTIONS(PostgresLocation)

public:
    // Whether TEXT names a server rather than a file: a URI of another scheme than file:, or a
    // keyword string.
    static bool namesAServer(const QString &text);
    // TEXT read by libpq; nullopt with ERROR naming it when libpq refuses it.
    static std::optional<PostgresLocation> parse(const QString &text, QString *error);

    QString value(const QString &keyword) const;
    // Sets KEYWORD to VALUE, replacing a value it had.
    void setValue(const QString &keyword, const QString &value);
    // The keywords as QPSQL's connect options take them: key='value', space-separated.
    QString connectOptions() const;
    // The location as a person reads it, without its password: "analyst@db.example.org/sco".
    QString display() const;
    // Whether the connection stays on this machine: a socket folder, localhost or no host.
    bool isLocal() const;

private:
    QList<QPair<QString, QString>> m_keywords; // in libpq's order, set ones only
};
