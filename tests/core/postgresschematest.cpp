// SPDX-License-Identifier: MIT
// The team store's setup on a real PostgreSQL server of the test's own (ThrowawayPostgres):
// a location read by libpq, TLS required off this machine; `init` makes the schema and the
// three roles, and again changes nothing; the server, not the program, keeps a reader from
// writing; an editor's rows carry who added them; a schema newer than this program, or one that
// no longer serves it, is refused before anything changes. Skips visibly where the server
// binaries are missing (scripts/setup.sh installs them).
#include "store/postgres/postgresschema.h"
#include "store/postgres/postgresconnection.h"
#include "store/postgres/postgreslocation.h"
#include "throwawaypostgres.h"

#include <gtest/gtest.h>

namespace {

TEST(PostgresLocationTest, LibpqReadsTheLocationAndTlsIsRequiredOffThisMachine)
{
    QString error;
    std::optional<PostgresLocation> uri = PostgresLocation::parse(
        QStringLiteral("postgresql://analyst:secret@db.example.org:6432/sco"), &error);
    ASSERT_TRUE(uri) << error.toStdString();
    EXPECT_EQ(uri->value(QStringLiteral("host")), QStringLiteral("db.example.org"));
    EXPECT_EQ(uri->value(QStringLiteral("dbname")), QStringLiteral("sco"));
    EXPECT_EQ(uri->value(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
    EXPECT_EQ(uri->display(), QStringLiteral("analyst@db.example.org:6432/sco"));
    EXPECT_FALSE(uri->display().contains(QStringLiteral("secret")));

    const auto socket = PostgresLocation::parse(
        QStringLiteral("postgresql:///sco?host=/run/sco&user=wang.li"), &error);
    ASSERT_TRUE(socket) << error.toStdString();
    EXPECT_TRUE(socket->isLocal());
    EXPECT_EQ(socket->value(QStringLiteral("sslmode")), QString()) << "a socket needs no TLS";
    EXPECT_EQ(socket->value(QStringLiteral("user")), QStringLiteral("wang.li"));

    const auto asked = PostgresLocation::parse(
        QStringLiteral("host=db.example.org dbname=sco sslmode=require"), &error);
    ASSERT_TRUE(asked);
    EXPECT_EQ(asked->value(QStringLiteral("sslmode")), QStringLiteral("require"));
    const auto service = PostgresLocation::parse(QStringLiteral("service=team"), &error);
    ASSERT_TRUE(service);
    EXPECT_EQ(service->display(), QStringLiteral("service=team"));
    EXPECT_EQ(service->value(QStringLiteral("sslmode")), QString()) << "the service file says";

    EXPECT_FALSE(PostgresLocation::parse(QStringLiteral("host=db dbname"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("host=db dbname"))) << error.toStdString();
    EXPECT_TRUE(PostgresLocation::namesAServer(QStringLiteral("service=team")));
    EXPECT_FALSE(PostgresLocation::namesAServer(QStringLiteral("/home/a/store.sqlite")));
    EXPECT_FALSE(PostgresLocation::namesAServer(QStringLiteral("file:store.sqlite")));
}

class PostgresSchemaTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!m_server.available())
            GTEST_SKIP() << "no PostgreSQL server: " << m_server.why().toStdString();
        ASSERT_TRUE(m_server.psql(QStringLiteral("CREATE DATABASE team")))
            << m_server.why().toStdString();
    }

    std::unique_ptr<PostgresConnection> connect(const QString &user)
    {
        QString error;
        const auto location =
            PostgresLocation::parse(m_server.location(QStringLiteral("team"), user), &error);
        EXPECT_TRUE(location) << error.toStdString();
        auto connection = std::make_unique<PostgresConnection>(*location);
        EXPECT_TRUE(connection->open()) << connection->errorString().toStdString();
        return connection;
    }

    QString team(const QString &sql)
    {
        return m_server.psql(sql, QStringLiteral("team")).value_or(m_server.why());
    }

    ThrowawayPostgres m_server;
};

TEST_F(PostgresSchemaTest, InitMakesTheSchemaAndRolesAndTheServerKeepsReadersFromWriting)
{
    auto owner = connect(QStringLiteral("postgres"));
    PostgresSchema schema(*owner);
    EXPECT_EQ(schema.version(), 0);
    ASSERT_TRUE(schema.init()) << schema.errorString().toStdString();
    EXPECT_EQ(schema.version(), PostgresSchema::kVersion);
    EXPECT_TRUE(schema.check()) << schema.errorString().toStdString();
    const QString tables = QStringLiteral("SELECT string_agg(table_name, ',' ORDER BY table_name) "
                                          "FROM information_schema.tables WHERE table_schema = "
                                          "'sco'");
    EXPECT_EQ(team(tables), QStringLiteral("fact,fact_input,meta,observation,series,source"));
    EXPECT_EQ(team(QStringLiteral("SELECT tableowner FROM pg_tables WHERE tablename = 'fact'")),
              QStringLiteral("sco_owner"));
    EXPECT_EQ(team(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexdef LIKE "
                                  "'%gin_trgm_ops%'")),
              QStringLiteral("2"));
    ASSERT_TRUE(schema.init()) << "a second init changes nothing: "
                               << schema.errorString().toStdString();
    EXPECT_EQ(team(tables), QStringLiteral("fact,fact_input,meta,observation,series,source"));

    ASSERT_TRUE(m_server.psql(QStringLiteral("CREATE ROLE ana LOGIN")) &&
                m_server.psql(QStringLiteral("CREATE ROLE \"wang.li\" LOGIN")))
        << m_server.why().toStdString();
    ASSERT_TRUE(schema.grant(QStringLiteral("ana"), PostgresSchema::Role::Reader))
        << schema.errorString().toStdString();
    ASSERT_TRUE(schema.grant(QStringLiteral("wang.li"), PostgresSchema::Role::Editor))
        << schema.errorString().toStdString();
    EXPECT_FALSE(schema.grant(QStringLiteral("nobody"), PostgresSchema::Role::Reader));
    EXPECT_TRUE(schema.errorString().contains(QStringLiteral("'nobody'")));

    const QString insert = QStringLiteral("INSERT INTO sco.source (key, publisher, title, "
                                          "published) VALUES (?, ?, ?, ?)");
    const QVariantList row{QStringLiteral("xinhua-2025"), QStringLiteral("Xinhua"),
                           QStringLiteral("Trade"), QDate(2025, 8, 28)};
    auto reader = connect(QStringLiteral("ana"));
    EXPECT_FALSE(reader->exec(insert, row)) << "the server refuses a reader's write";
    EXPECT_TRUE(reader->errorString().contains(QStringLiteral("permission denied")))
        << reader->errorString().toStdString();
    EXPECT_TRUE(reader->scalar(QStringLiteral("SELECT count(*) FROM sco.source")));
    auto editor = connect(QStringLiteral("wang.li"));
    ASSERT_TRUE(editor->exec(insert, row)) << editor->errorString().toStdString();
    EXPECT_EQ(team(QStringLiteral("SELECT imported_by FROM sco.source")),
              QStringLiteral("wang.li"));
    EXPECT_FALSE(editor->exec(QStringLiteral("UPDATE sco.meta SET value = '9'")))
        << "the schema's version is the owner's";
    ASSERT_TRUE(schema.grant(QStringLiteral("wang.li"), PostgresSchema::Role::Reader));
    EXPECT_FALSE(connect(QStringLiteral("wang.li"))->exec(insert, row)) << "editor no more";
}

TEST_F(PostgresSchemaTest, ANewerSchemaOrOneThatNoLongerServesThisProgramIsRefused)
{
    auto owner = connect(QStringLiteral("postgres"));
    PostgresSchema schema(*owner);
    EXPECT_FALSE(schema.check());
    EXPECT_TRUE(schema.errorString().contains(QStringLiteral("store init")))
        << schema.errorString().toStdString();
    ASSERT_TRUE(schema.init()) << schema.errorString().toStdString();

    const QString newer = QString::number(PostgresSchema::kVersion + 1);
    team(
        QStringLiteral("UPDATE sco.meta SET value = '%1' WHERE key = 'schema_version'").arg(newer));
    const QString meta =
        QStringLiteral("SELECT string_agg(key || '=' || value, ',' ORDER BY key) FROM sco.meta");
    const QString before = team(meta);
    EXPECT_FALSE(schema.check());
    EXPECT_TRUE(schema.errorString().contains(QStringLiteral("newer")))
        << schema.errorString().toStdString();
    EXPECT_FALSE(schema.init()) << "a newer schema is never migrated back";
    EXPECT_TRUE(schema.errorString().contains(QStringLiteral("newer")));
    EXPECT_EQ(team(meta), before);

    team(QStringLiteral("UPDATE sco.meta SET value = '%1' WHERE key = 'schema_version'")
             .arg(PostgresSchema::kVersion));
    team(QStringLiteral("UPDATE sco.meta SET value = '%1' WHERE key = 'oldest_client'").arg(newer));
    EXPECT_FALSE(schema.check());
    EXPECT_TRUE(schema.errorString().contains(QStringLiteral("no longer serves")))
        << schema.errorString().toStdString();
}

} // namespace
