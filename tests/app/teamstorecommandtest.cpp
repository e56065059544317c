// SPDX-License-Identifier: MIT
// `store init` and `store grant` as a team's administrator runs them, against a PostgreSQL
// server of the test's own: the store made, made again without change, a reader and an editor
// given their rights, and one line for each thing that cannot be done. Skips visibly where the
// server binaries are missing.
#include "dashboardbinary.h"
#include "throwawaypostgres.h"

namespace {

class TeamStoreCommandTest : public DashboardBinary
{
protected:
    void SetUp() override
    {
        if (!m_server.available())
            GTEST_SKIP() << "no PostgreSQL server: " << m_server.why().toStdString();
        ASSERT_TRUE(m_server.psql(QStringLiteral("CREATE DATABASE team")) &&
                    m_server.psql(QStringLiteral("CREATE ROLE ana LOGIN")))
            << m_server.why().toStdString();
    }

    ThrowawayPostgres m_server;
};

TEST_F(TeamStoreCommandTest, InitAndGrantSetUpATeamStoreAndSayWhatTheyCannotDo)
{
    const QString team = m_server.location(QStringLiteral("team"));
    Result r =
        run({QStringLiteral("store"), QStringLiteral("init"), QStringLiteral("--database"), team});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("is ready (schema 1)"))) << r.out.toStdString();
    r = run({QStringLiteral("store"), QStringLiteral("init"), QStringLiteral("--database"), team});
    ASSERT_EQ(r.exitCode, 0) << "again: " << r.err.toStdString();
    EXPECT_EQ(m_server.psql(QStringLiteral("SELECT count(*) FROM sco.meta"), QStringLiteral("team"))
                  .value_or(m_server.why()),
              QStringLiteral("2"));

    r = run({QStringLiteral("store"), QStringLiteral("grant"), QStringLiteral("ana"),
             QStringLiteral("reader"), QStringLiteral("--database"), team});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("ana can now read the team store")))
        << r.out.toStdString();
    EXPECT_EQ(m_server.psql(QStringLiteral("SELECT pg_has_role('ana', 'sco_reader', 'MEMBER')"))
                  .value_or(m_server.why()),
              QStringLiteral("t"));

    r = run({QStringLiteral("store"), QStringLiteral("grant"), QStringLiteral("nobody"),
             QStringLiteral("editor"), QStringLiteral("--database"), team});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no login role 'nobody'"))) << r.err.toStdString();
    EXPECT_EQ(r.err.count(u'\n'), 1) << "one line";

    r = run({QStringLiteral("store"), QStringLiteral("grant"), QStringLiteral("ana"),
             QStringLiteral("owner"), QStringLiteral("--database"), team});
    EXPECT_EQ(r.exitCode, 2) << "a command line that is not one";
    EXPECT_TRUE(r.err.contains(QStringLiteral("reader|editor"))) << r.err.toStdString();
    r = run({QStringLiteral("store"), QStringLiteral("init"), QStringLiteral("--database"),
             m_home.filePath(QStringLiteral("store.sqlite"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("PostgreSQL server"))) << r.err.toStdString();
    r = run({QStringLiteral("store"), QStringLiteral("init"), QStringLiteral("--database"),
             m_server.location(QStringLiteral("no_such_db"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("database \"no_such_db\" does not exist")))
        << r.err.toStdString();
    EXPECT_EQ(r.err.count(u'\n'), 1) << "one line: " << r.err.toStdString();
}

} // namespace
