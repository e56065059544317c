// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <optional>

// A PostgreSQL 15 server of the test's own: initdb into a temporary folder (as the postgres
// user, since initdb refuses root), listening on a socket in that folder only (no TCP), with
// fsync off and a UTF-8 LC_CTYPE so pg_trgm indexes Chinese; stopped and removed with this
// object. available() is false, and why() says so, where the server binaries are missing:
// the test then skips visibly.
class ThrowawayPostgres
{
public:
    ThrowawayPostgres();
    ~ThrowawayPostgres();
    ThrowawayPostgres(const ThrowawayPostgres &) = delete;
    ThrowawayPostgres &operator=(const ThrowawayPostgres &) = delete;

    bool available() const { return m_running; }
    // Stops the server at once, as a crash or a pulled cable would (pg_ctl -m immediate): no
    // client is told. start() brings it back on the same socket and data.
    bool stop();
    bool start();
    // From now on every role but postgres signs in with its password (scram-sha-256).
    bool requirePasswords();
    // Restarts the server listening on 127.0.0.1 as well, with TLS by a certificate of its
    // own made for COMMONNAME (certificate() is its path, for sslrootcert); the port.
    std::optional<int> listenWithTls(const QString &commonName);
    QString certificate() const;
    QString why() const { return m_why; }
    // A location for USER on DATABASE: "host=/tmp/… dbname=… user=…".
    QString location(const QString &database = QStringLiteral("postgres"),
                     const QString &user = QStringLiteral("postgres")) const;
    // Runs SQL (one statement: psql runs several in one transaction) through psql as the
    // superuser; its output, or nullopt and why() on an error.
    std::optional<QString> psql(const QString &sql,
                                const QString &database = QStringLiteral("postgres"));

private:
    bool run(const QString &program, const QStringList &arguments, QString *output = nullptr);

    QTemporaryDir m_dir;
    QString m_listen; // listen_addresses: none but the socket unless listenWithTls()
    int m_port = 5432;
    QString m_bin;
    bool m_running = false;
    QString m_why;
};
