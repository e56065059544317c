// SPDX-License-Identifier: MIT
#pragma once

#include "postgreslocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

// One QPSQL connection to a team store, closed and removed with this object. Every statement
// is parameterised; errors are values (false or nullopt, and errorString() naming the
// location). A statement that runs longer than the timeout is ended by the server.
class PostgresConnection
{
    Q_DECLARE_TR_FUNCTIONS(PostgresConnection)

public:
    static constexpr int kStatementTimeoutMs = 30000;
    static constexpr int kConnectTimeoutS = 10;

    // Unacknowledged data and a silent peer are given up on after these, not the system's
    // minutes: a network that hangs blocks a call (the window's liveness check) this long.
    static constexpr int kTcpUserTimeoutMs = 10000;
    static constexpr int kKeepalivesIdleS = 10;

    explicit PostgresConnection(const PostgresLocation &location);
    // LOCATION with the timeouts above and the connect timeout where it gives none of its own
    // (libpq ignores the TCP ones on a Unix socket).
    static PostgresLocation withTimeouts(PostgresLocation location);
    ~PostgresConnection();
    PostgresConnection(const PostgresConnection &) = delete;
    PostgresConnection &operator=(const PostgresConnection &) = delete;

    // Connects; a location without a password takes one PostgresPasswords holds for it.
    bool open();
    // Whether the connection is encrypted (TLS), as the server reports it; nullopt on an error.
    std::optional<bool> isEncrypted();
    // Runs SQL with BINDS; false with errorString() when the server refuses it.
    bool exec(const QString &sql, const QVariantList &binds = {});
    // The first column of the first row SQL gives; nullopt on an error, an invalid QVariant
    // when there is no row.
    std::optional<QVariant> scalar(const QString &sql, const QVariantList &binds = {});
    // Each statement of SCRIPT (separated by ";" at a line's end), in order; stops at the first
    // error.
    bool run(const QString &script);
    // SQL as one statement, unprepared: a DO block, whose body holds its own ";".
    bool statement(const QString &sql);
    bool begin();
    bool commit();
    void rollback();
    // NAME as an SQL identifier, quoted by the driver: a role or user never reaches SQL as SQL.
    static QString identifier(const QString &name);
    QSqlDatabase database() const;
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &why);

    PostgresLocation m_location;
    QString m_name;
    QString m_error;
};
