// SPDX-License-Identifier: MIT
#include "postgresschema.h"

#include "postgresconnection.h"

#include <QFile>

namespace {

// The advisory lock every client takes to migrate: one at a time, across the server.
constexpr qint64 kMigrationLock = 0x5C0DA5B0;

// The data tables an editor writes; meta is the owner's.
const char *const kDataTables = "sco.source, sco.fact, sco.fact_input, sco.series, "
                                "sco.observation";

QString migrationScript(int version)
{
    QFile file(QStringLiteral(":/data/postgres/%1.sql").arg(version));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

bool PostgresSchema::fail(const QString &why)
{
    m_error = why;
    return false;
}

int PostgresSchema::version()
{
    const std::optional<QVariant> exists =
        m_connection.scalar(QStringLiteral("SELECT to_regclass('sco.meta') IS NOT NULL"));
    if (!exists)
        return fail(m_connection.errorString()), -1;
    if (!exists->toBool())
        return 0;
    const std::optional<QVariant> value = m_connection.scalar(
        QStringLiteral("SELECT value FROM sco.meta WHERE key = 'schema_version'"));
    if (!value)
        return fail(m_connection.errorString()), -1;
    return value->toInt();
}

bool PostgresSchema::check()
{
    const int found = version();
    if (found < 0)
        return false;
    if (found == 0)
        return fail(tr("This database holds no team store yet; create it with: sco-dashboard "
                       "store init --database LOCATION"));
    if (found > kVersion)
        return fail(tr("The team store's schema is version %1, newer than this program knows "
                       "(%2); update the program.")
                        .arg(found)
                        .arg(kVersion));
    const std::optional<QVariant> oldest = m_connection.scalar(
        QStringLiteral("SELECT value FROM sco.meta WHERE key = 'oldest_client'"));
    if (!oldest)
        return fail(m_connection.errorString());
    if (oldest->toInt() > kVersion)
        return fail(tr("The team store no longer serves programs of schema %1 (the oldest it "
                       "serves is %2); update the program.")
                        .arg(kVersion)
                        .arg(oldest->toInt()));
    return true;
}

bool PostgresSchema::createRoles()
{
    // Roles belong to the server, not the database: made once, kept by every later init.
    const QString roles =
        QStringLiteral("DO $$ BEGIN\n"
                       "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sco_reader') THEN\n"
                       "  CREATE ROLE sco_reader NOLOGIN; END IF;\n"
                       "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sco_editor') THEN\n"
                       "  CREATE ROLE sco_editor NOLOGIN; END IF;\n"
                       "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sco_owner') THEN\n"
                       "  CREATE ROLE sco_owner NOLOGIN; END IF;\n"
                       "IF NOT pg_has_role(current_user, 'sco_owner', 'MEMBER') THEN\n"
                       "  GRANT sco_owner TO CURRENT_USER; END IF;\n"
                       "END $$;\n");
    return m_connection.statement(roles) || fail(m_connection.errorString());
}

bool PostgresSchema::migrate(int from)
{
    for (int next = from + 1; next <= kVersion; ++next) {
        const QString script = migrationScript(next);
        if (script.isEmpty())
            return fail(tr("This program lacks migration %1 of the team store.").arg(next));
        if (!m_connection.run(script))
            return fail(m_connection.errorString());
    }
    const QString upsert = QStringLiteral("INSERT INTO sco.meta (key, value) VALUES (?, ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value");
    return (m_connection.exec(upsert,
                              {QStringLiteral("schema_version"), QString::number(kVersion)}) &&
            m_connection.exec(upsert,
                              {QStringLiteral("oldest_client"), QString::number(kOldestServed)})) ||
           fail(m_connection.errorString());
}

bool PostgresSchema::init()
{
    m_error.clear();
    if (!createRoles())
        return false;
    if (!m_connection.begin())
        return fail(m_connection.errorString());
    const bool ok = [&] {
        // pg_trgm is a trusted extension: whoever may create in the database may add it.
        if (!m_connection.exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"),
                               {kMigrationLock}) ||
            !m_connection.run(
                QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm;\n"
                               "CREATE SCHEMA IF NOT EXISTS sco AUTHORIZATION sco_owner;\n"
                               "SET LOCAL ROLE sco_owner;\n"
                               "SET LOCAL search_path = sco, public;\n")))
            return fail(m_connection.errorString());
        const int found = version();
        if (found < 0)
            return false;
        if (found > kVersion)
            return check(); // refused, before any statement changes it
        if (found < kVersion && !migrate(found))
            return false;
        const QString grants =
            QStringLiteral("GRANT USAGE ON SCHEMA sco TO sco_reader, sco_editor;\n"
                           "GRANT SELECT ON ALL TABLES IN SCHEMA sco TO sco_reader;\n"
                           "GRANT SELECT ON ALL TABLES IN SCHEMA sco TO sco_editor;\n"
                           "GRANT INSERT, UPDATE, DELETE ON %1 TO sco_editor;\n"
                           "GRANT USAGE ON ALL SEQUENCES IN SCHEMA sco TO sco_editor;\n")
                .arg(QLatin1String(kDataTables));
        return m_connection.run(grants) || fail(m_connection.errorString());
    }();
    if (!ok) {
        m_connection.rollback();
        return false;
    }
    return m_connection.commit() || fail(m_connection.errorString());
}

bool PostgresSchema::grant(const QString &user, Role role)
{
    m_error.clear();
    const std::optional<QVariant> exists = m_connection.scalar(
        QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ? AND rolcanlogin"), {user});
    if (!exists)
        return fail(m_connection.errorString());
    if (exists->toInt() == 0)
        return fail(tr("The server has no login role '%1'; create it first (CREATE ROLE … LOGIN).")
                        .arg(user));
    const QString who = PostgresConnection::identifier(user);
    const QString given =
        role == Role::Editor ? QStringLiteral("sco_editor") : QStringLiteral("sco_reader");
    const QString taken =
        role == Role::Editor ? QStringLiteral("sco_reader") : QStringLiteral("sco_editor");
    return m_connection.run(
               QStringLiteral("REVOKE %1 FROM %2;\nGRANT %3 TO %2;\n").arg(taken, who, given)) ||
           fail(m_connection.errorString());
}
