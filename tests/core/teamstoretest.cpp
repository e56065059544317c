// SPDX-License-Identifier: MIT
// A team store under the faults a shared server brings, on a server each test starts and stops
// itself (ThrowawayPostgres): a colleague's commit reaches a watching window as a summary read
// from the server; a server stopped mid-import commits nothing and the rows are as before; a
// watch says when the server is gone and when it is back, and hears commits again; two editors
// importing at once both succeed. Skips visibly where the server binaries are missing.
#include "store/postgres/postgresconnection.h"
#include "store/postgres/postgresschema.h"
#include "store/postgres/postgresstorewriter.h"
#include "store/postgres/teamstorewatch.h"
#include "store/storefactory.h"
#include "throwawaypostgres.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {

class TeamStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!m_server.available())
            GTEST_SKIP() << "no PostgreSQL server: " << m_server.why().toStdString();
        ASSERT_TRUE(m_server.psql(QStringLiteral("CREATE DATABASE team")));
        m_location = m_server.location(QStringLiteral("team"));
        ASSERT_TRUE(open()) << "the first open makes the team store";
    }

    std::unique_ptr<Store> open()
    {
        StoreOptions options;
        options.access = StoreOptions::Access::CreateIfAbsent;
        QString error;
        std::unique_ptr<Store> store = StoreFactory::open(m_location, options, &error);
        EXPECT_TRUE(store && store->isWritable())
            << error.toStdString() << (store ? store->problem().toStdString() : std::string());
        return store;
    }

    // Writes SERIES series of SOURCEKEY, each with YEARS yearly rows for Kazakhstan.
    static bool write(StoreWriter &writer, const QString &sourceKey, int series, int years)
    {
        Data::Source source;
        source.key = sourceKey;
        source.publisher = QStringLiteral("Test Publisher");
        source.title = QStringLiteral("Team test ") + sourceKey;
        const std::optional<qint64> sourceId = writer.putSource(source);
        for (int s = 0; sourceId && s < series; ++s) {
            Data::Series one;
            one.key = sourceKey + QStringLiteral("/s%1").arg(s);
            one.label = QStringLiteral("Broadband %1").arg(s);
            one.unit = QStringLiteral("per 100 people");
            const std::optional<qint64> seriesId = writer.putSeries(*sourceId, one);
            if (!seriesId)
                return false;
            for (int year = 2000; year < 2000 + years; ++year) {
                Data::Observation o;
                o.seriesKey = one.key;
                o.entity = QStringLiteral("Kazakhstan");
                o.entityCode = QStringLiteral("KAZ");
                o.periodStart = QDate(year, 1, 1);
                o.periodEnd = QDate(year, 12, 31);
                o.periodLabel = QString::number(year);
                o.value = year - 1999;
                if (!writer.putObservation(*seriesId, o))
                    return false;
            }
        }
        return sourceId.has_value();
    }

    QString rows()
    {
        return m_server
            .psql(QStringLiteral("SELECT count(*) FROM sco.observation"), QStringLiteral("team"))
            .value_or(m_server.why());
    }

    ThrowawayPostgres m_server;
    QString m_location;
};

TEST_F(TeamStoreTest, AColleaguesCommitReachesAWatchAsWhatTheServerSays)
{
    TeamStoreWatch watch(m_location);
    ASSERT_TRUE(watch.start()) << watch.errorString().toStdString();
    QSignalSpy changed(&watch, &TeamStoreWatch::changed);
    const std::unique_ptr<Store> colleague = open();
    std::unique_ptr<StoreWriter> writer = colleague->beginWrite();
    ASSERT_TRUE(writer && write(*writer, QStringLiteral("owid:users"), 3, 2));
    EXPECT_FALSE(changed.wait(300)) << "nothing before the commit";
    ASSERT_TRUE(writer->commit()) << writer->errorString().toStdString();
    ASSERT_TRUE(changed.wait(1000)) << "within a second";
    EXPECT_EQ(changed.first().first().toString(), QStringLiteral("3 series added by postgres"));

    ASSERT_TRUE(colleague->removeSource(QStringLiteral("owid:users")));
    ASSERT_TRUE(changed.wait(1000));
    EXPECT_EQ(changed.last().first().toString(), QStringLiteral("owid:users removed"));
}

TEST_F(TeamStoreTest, AServerStoppedMidImportCommitsNothing)
{
    {
        const std::unique_ptr<Store> store = open();
        std::unique_ptr<StoreWriter> writer = store->beginWrite();
        ASSERT_TRUE(writer && write(*writer, QStringLiteral("t/before"), 1, 10));
        ASSERT_TRUE(writer->commit());
    }
    ASSERT_EQ(rows(), QStringLiteral("10"));
    {
        const std::unique_ptr<Store> store = open();
        std::unique_ptr<StoreWriter> writer = store->beginWrite();
        ASSERT_TRUE(writer && write(*writer, QStringLiteral("t/during"), 4, 50));
        ASSERT_TRUE(m_server.stop()) << m_server.why().toStdString();
        Data::Observation late;
        late.entity = QStringLiteral("Pakistan");
        late.periodStart = QDate(2024, 1, 1);
        late.periodEnd = QDate(2024, 12, 31);
        EXPECT_FALSE(writer->putObservation(1, late)) << "the server is gone";
        EXPECT_FALSE(writer->commit());
        EXPECT_FALSE(writer->errorString().isEmpty());
    }
    ASSERT_TRUE(m_server.start()) << m_server.why().toStdString();
    EXPECT_EQ(rows(), QStringLiteral("10")) << "exactly the rows before the import";
    const std::unique_ptr<Store> after = open();
    ASSERT_TRUE(after);
    const std::optional<QList<SourceSummary>> sources = after->sources();
    ASSERT_TRUE(sources);
    EXPECT_EQ(std::count_if(sources->cbegin(), sources->cend(),
                            [](const SourceSummary &s) { return s.key == u"t/during"; }),
              0);
}

TEST_F(TeamStoreTest, AWatchSaysTheServerIsGoneAndBackAndHearsCommitsAgain)
{
    TeamStoreWatch watch(m_location);
    ASSERT_TRUE(watch.start());
    QSignalSpy lost(&watch, &TeamStoreWatch::connectionLost);
    QSignalSpy back(&watch, &TeamStoreWatch::reconnected);
    QSignalSpy changed(&watch, &TeamStoreWatch::changed);
    ASSERT_TRUE(m_server.stop());
    ASSERT_TRUE(lost.wait(3 * TeamStoreWatch::kCheckMs)) << "a lost connection is noticed";
    EXPECT_FALSE(watch.isConnected());
    EXPECT_FALSE(lost.first().first().toString().isEmpty());
    ASSERT_TRUE(m_server.start());
    ASSERT_TRUE(back.wait(TeamStoreWatch::kLongestWaitMs + 2000)) << "and its return";
    EXPECT_TRUE(watch.isConnected());
    EXPECT_EQ(lost.size(), 1) << "said once";

    const std::unique_ptr<Store> colleague = open();
    std::unique_ptr<StoreWriter> writer = colleague->beginWrite();
    ASSERT_TRUE(writer && write(*writer, QStringLiteral("owid:mobile"), 1, 3));
    ASSERT_TRUE(writer->commit());
    ASSERT_TRUE(changed.wait(1000)) << "subscribed again";
    EXPECT_EQ(changed.first().first().toString(), QStringLiteral("1 series added by postgres"));
}

TEST_F(TeamStoreTest, TwoEditorsImportingAtOnceBothSucceed)
{
    const std::unique_ptr<Store> first = open();
    const std::unique_ptr<Store> second = open();
    std::unique_ptr<StoreWriter> a = first->beginWrite();
    std::unique_ptr<StoreWriter> b = second->beginWrite();
    ASSERT_TRUE(a && b);
    ASSERT_TRUE(write(*a, QStringLiteral("t/a"), 2, 20));
    ASSERT_TRUE(write(*b, QStringLiteral("t/b"), 2, 20));
    EXPECT_TRUE(a->commit()) << a->errorString().toStdString();
    EXPECT_TRUE(b->commit()) << b->errorString().toStdString();
    EXPECT_EQ(rows(), QStringLiteral("80"));
}

// Observations go by COPY in batches: text with COPY's own characters comes back as written,
// a batch boundary loses nothing, and a re-import of the same rows changes none.
TEST_F(TeamStoreTest, RowsSentByCopyComeBackAsWrittenAcrossBatches)
{
    const std::unique_ptr<Store> store = open();
    const QString awkward = QStringLiteral("Tab\there, back\\slash,\nnew line, 中国");
    const auto writeAll = [&](QList<StoreWriter::Change> *changes) {
        std::unique_ptr<StoreWriter> writer = store->beginWrite();
        ASSERT_TRUE(writer);
        Data::Source source;
        source.key = QStringLiteral("t/copy");
        source.publisher = QStringLiteral("Test Publisher");
        source.title = QStringLiteral("Copy");
        const std::optional<qint64> sourceId = writer->putSource(source);
        Data::Series series;
        series.key = QStringLiteral("t/copy/s");
        series.label = QStringLiteral("Rows");
        series.unit = QStringLiteral("count");
        const std::optional<qint64> seriesId = writer->putSeries(*sourceId, series);
        ASSERT_TRUE(seriesId);
        for (int i = 0; i <= PostgresStoreWriter::kFlushRows; ++i) {
            Data::Observation o;
            o.entity = i == 0 ? awkward : QStringLiteral("E%1").arg(i);
            o.periodStart = QDate(2020, 1, 1);
            o.periodEnd = QDate(2020, 12, 31);
            o.periodLabel = QStringLiteral("2020");
            o.value = i + 0.1;
            const std::optional<StoreWriter::Change> change = writer->putObservation(*seriesId, o);
            ASSERT_TRUE(change) << writer->errorString().toStdString();
            changes->append(*change);
        }
        ASSERT_TRUE(writer->commit()) << writer->errorString().toStdString();
    };
    QList<StoreWriter::Change> first;
    writeAll(&first);
    EXPECT_EQ(first.count(StoreWriter::Change::Added), PostgresStoreWriter::kFlushRows + 1);
    EXPECT_EQ(rows(), QString::number(PostgresStoreWriter::kFlushRows + 1));
    EXPECT_EQ(m_server
                  .psql(QStringLiteral("SELECT value FROM sco.observation WHERE entity = "
                                       "E'Tab\\there, back\\\\slash,\\nnew line, 中国'"),
                        QStringLiteral("team"))
                  .value_or(m_server.why()),
              QStringLiteral("0.1"));
    QList<StoreWriter::Change> again;
    writeAll(&again);
    EXPECT_EQ(again.count(StoreWriter::Change::Unchanged), PostgresStoreWriter::kFlushRows + 1);
}

// A store of an older schema is not read as if it were this program's: a command says who
// brings it forward, and nothing changes.
TEST_F(TeamStoreTest, AnOlderSchemaIsLeftOutWithWhoBringsItForward)
{
    const QString meta = QStringLiteral("UPDATE sco.meta SET value = '%1' WHERE key = "
                                        "'schema_version'");
    ASSERT_TRUE(m_server.psql(meta.arg(PostgresSchema::kVersion - 1), QStringLiteral("team")));
    QString error;
    const std::unique_ptr<Store> store = StoreFactory::open(m_location, {}, &error);
    ASSERT_TRUE(store) << error.toStdString();
    EXPECT_TRUE(store->isLeftOut());
    EXPECT_TRUE(store->problem().contains(QStringLiteral("store init")))
        << store->problem().toStdString();
    EXPECT_EQ(m_server
                  .psql(QStringLiteral("SELECT value FROM sco.meta WHERE key = "
                                       "'schema_version'"),
                        QStringLiteral("team"))
                  .value_or(m_server.why()),
              QString::number(PostgresSchema::kVersion - 1));
}

// Every connection carries the statement timeout; a runaway statement ends with one line.
TEST_F(TeamStoreTest, ARunawayStatementIsEndedByTheServerWithOneLine)
{
    QString error;
    PostgresConnection connection(*PostgresLocation::parse(m_location, &error));
    ASSERT_TRUE(connection.open()) << connection.errorString().toStdString();
    EXPECT_EQ(connection.scalar(QStringLiteral("SELECT current_setting('statement_timeout')"))
                  .value_or(QVariant()),
              QVariant(QStringLiteral("%1s").arg(PostgresConnection::kStatementTimeoutMs / 1000)));
    ASSERT_TRUE(connection.exec( // 0.2 s here, not 30
        QStringLiteral("SELECT set_config('statement_timeout', '200', false)")));
    EXPECT_FALSE(connection.scalar(QStringLiteral("SELECT pg_sleep(5)")));
    EXPECT_TRUE(connection.errorString().contains(QStringLiteral("statement timeout")))
        << connection.errorString().toStdString();
    EXPECT_EQ(connection.errorString().count(u'\n'), 0);
    EXPECT_TRUE(connection.scalar(QStringLiteral("SELECT 1"))) << "the connection goes on";
}

// TLS as the location asks for it: verify-full refuses a certificate made for another host
// before anything is read or made, and the same server's certificate, trusted as a CA without
// the name check, gives an encrypted connection.
TEST(TeamStoreTlsTest, VerifyFullRefusesACertificateForAnotherHost)
{
    ThrowawayPostgres server;
    if (!server.available())
        GTEST_SKIP() << "no PostgreSQL server: " << server.why().toStdString();
    const std::optional<int> port = server.listenWithTls(QStringLiteral("db.example.org"));
    ASSERT_TRUE(port) << server.why().toStdString();
    ASSERT_TRUE(server.psql(QStringLiteral("CREATE DATABASE team"))) << server.why().toStdString();
    const QString tcp = QStringLiteral("host=127.0.0.1 port=%1 dbname=team user=postgres "
                                       "sslrootcert=%2 sslmode=")
                            .arg(*port)
                            .arg(server.certificate());
    StoreOptions options;
    options.access = StoreOptions::Access::CreateIfAbsent;
    QString error;
    const std::unique_ptr<Store> refused =
        StoreFactory::open(tcp + QStringLiteral("verify-full"), options, &error);
    ASSERT_TRUE(refused) << error.toStdString();
    EXPECT_TRUE(refused->isLeftOut());
    EXPECT_TRUE(refused->problem().contains(QStringLiteral("does not match host name")))
        << refused->problem().toStdString();
    EXPECT_EQ(refused->problem().count(u'\n'), 0) << "one line";
    EXPECT_EQ(
        server
            .psql(QStringLiteral("SELECT to_regclass('sco.meta') IS NULL"), QStringLiteral("team"))
            .value_or(server.why()),
        QStringLiteral("t"))
        << "nothing was made";

    PostgresConnection trusted(*PostgresLocation::parse(tcp + QStringLiteral("verify-ca"), &error));
    ASSERT_TRUE(trusted.open()) << trusted.errorString().toStdString();
    EXPECT_EQ(trusted.isEncrypted(), std::optional<bool>(true));
}

// A network that drops every packet would hold a call for the system's minutes: every
// connection gives up after the TCP timeouts, unless the location sets its own.
TEST(PostgresConnectionTest, EveryConnectionGivesUpOnASilentNetworkUnlessTheLocationSaysOtherwise)
{
    QString error;
    const std::optional<PostgresLocation> given = PostgresLocation::parse(
        QStringLiteral("host=db.example.org dbname=team connect_timeout=3"), &error);
    ASSERT_TRUE(given) << error.toStdString();
    const PostgresLocation location = PostgresConnection::withTimeouts(*given);
    EXPECT_EQ(location.value(QStringLiteral("connect_timeout")), QStringLiteral("3"));
    EXPECT_EQ(location.value(QStringLiteral("tcp_user_timeout")), QStringLiteral("10000"));
    EXPECT_EQ(location.value(QStringLiteral("keepalives_idle")), QStringLiteral("10"));
    EXPECT_EQ(location.value(QStringLiteral("keepalives_interval")), QStringLiteral("2"));
    EXPECT_EQ(location.value(QStringLiteral("keepalives_count")), QStringLiteral("3"));
    EXPECT_TRUE(location.connectOptions().contains(QStringLiteral("tcp_user_timeout")))
        << location.connectOptions().toStdString();
}

} // namespace
