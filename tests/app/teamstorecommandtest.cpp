// SPDX-License-Identifier: MIT
// `store init` and `store grant` as a team's administrator runs them, against a PostgreSQL
// server of the test's own: the store made, made again without change, a reader and an editor
// given their rights, and one line for each thing that cannot be done. Skips visibly where the
// server binaries are missing.
#include "dashboardbinary.h"
#include "store/postgres/postgresschema.h"
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
    EXPECT_TRUE(
        r.out.contains(QStringLiteral("is ready (schema %1)").arg(PostgresSchema::kVersion)))
        << r.out.toStdString();
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

// The commands on a team store, as two analysts run them: an editor imports and removes, a
// reader reads the same rows and is refused every write with one line, and the server's rows
// stay as they were.
TEST_F(TeamStoreCommandTest, EveryCommandReadsATeamStoreAndAReaderCannotWriteThroughAny)
{
    ASSERT_TRUE(m_server.psql(QStringLiteral("CREATE ROLE wang LOGIN")));
    const QString owner = m_server.location(QStringLiteral("team"));
    for (const QStringList &setUp :
         {QStringList{QStringLiteral("init")},
          QStringList{QStringLiteral("grant"), QStringLiteral("ana"), QStringLiteral("reader")},
          QStringList{QStringLiteral("grant"), QStringLiteral("wang"), QStringLiteral("editor")}}) {
        const Result r = run(QStringList{QStringLiteral("store")} + setUp +
                             QStringList{QStringLiteral("--database"), owner});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    const QString csv = writeFile(QStringLiteral("users.csv"),
                                  "Entity,Code,Year,Users (%)\nChina,CHN,2020,70\nFrance,FRA,"
                                  "2020,80\n");
    const QString editor = m_server.location(QStringLiteral("team"), QStringLiteral("wang"));
    const QString reader = m_server.location(QStringLiteral("team"), QStringLiteral("ana"));
    Result r = run({QStringLiteral("import"), csv, QStringLiteral("--database"), editor});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out,
              QStringLiteral("Imported into %1: 2 added, 0 updated, 0 unchanged, 0 skipped\n")
                  .arg(editor));
    EXPECT_EQ(m_server
                  .psql(QStringLiteral("SELECT DISTINCT imported_by FROM sco.source"),
                        QStringLiteral("team"))
                  .value_or(m_server.why()),
              QStringLiteral("wang"));

    r = run({QStringLiteral("series"), QStringLiteral("--search"), QStringLiteral("fra 2020"),
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--database"),
             reader});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("series,indicator,entity,iso3,period,value,unit,source,"
                                    "series_key,source_id\r\n"
                                    "Users (%),,France,FRA,2020,80,%,Source: Our World in Data · "
                                    "Users (%) · CC BY 4.0,owid:users/users,owid:users\r\n"));
    r = run({QStringLiteral("sources"), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--database"), reader});
    EXPECT_TRUE(r.out.contains(QStringLiteral("\"rows\": \"2\""))) << r.out.toStdString();

    const QString rows = QStringLiteral("SELECT count(*) FROM sco.observation");
    for (const QStringList &write :
         {QStringList{QStringLiteral("import"), csv},
          QStringList{QStringLiteral("remove-source"), QStringLiteral("owid:users")}}) {
        r = run(write + QStringList{QStringLiteral("--database"), reader});
        EXPECT_EQ(r.exitCode, 1) << write.first().toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("read-only"))) << r.err.toStdString();
        EXPECT_EQ(r.err.count(u'\n'), 1) << "one line: " << r.err.toStdString();
        EXPECT_EQ(m_server.psql(rows, QStringLiteral("team")).value_or(m_server.why()),
                  QStringLiteral("2"));
    }

    r = run({QStringLiteral("remove-source"), QStringLiteral("owid:users"),
             QStringLiteral("--database"), editor});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(m_server.psql(rows, QStringLiteral("team")).value_or(m_server.why()),
              QStringLiteral("0"));
}

} // namespace
