// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

class PostgresConnection;

// The team store's schema on a PostgreSQL server, and who may do what with it. init() creates
// the three roles (sco_owner, which owns the tables and alone migrates; sco_editor, which can
// import and remove; sco_reader, which can only select), then brings the schema to the version
// this client knows, one migration (resources/data/postgres/*.sql) at a time, in one
// transaction, under an advisory lock so two clients never migrate at once. The server enforces
// the roles with GRANTs. A schema newer than this client knows is refused before any statement
// changes it; the schema keeps the oldest client version it still serves, and a client older
// than that is refused too. Errors are values: false and errorString().
class PostgresSchema
{
    Q_DECLARE_TR_FUNCTIONS(PostgresSchema)

public:
    static constexpr int kVersion = 2;      // the schema this client writes
    static constexpr int kOldestServed = 1; // the oldest client the schema it writes still serves
    enum class Role { Reader, Editor };

    explicit PostgresSchema(PostgresConnection &connection)
        : m_connection(connection)
    {
    }

    // Creates the roles and migrates; run by a role that may create roles (the first time) or
    // by a member of sco_owner.
    bool init();
    // Whether this client can use the store: a schema it knows, and one that still serves it.
    // Reads meta only.
    bool check();
    // Gives the login role USER the rights of ROLE (and takes the other's away).
    bool grant(const QString &user, Role role);
    // The version the store's meta gives; 0 when it has no schema yet, -1 on an error.
    int version();
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &why);
    bool createRoles();
    bool migrate(int from);

    PostgresConnection &m_connection;
    QString m_error;
};
