// SPDX-License-Identifier: MIT
// The window on a team store, on a server the test starts itself: File › Connect to Team
// Store… asks for a password only when the server wants one, says what the analyst may do
// there, and remembers the store but never its password; an open window names its team
// store, shows a colleague's commit keeping the selected figure, and keeps what it shows with
// a banner when the server goes away. Skips visibly without the server binaries.
#include "import/teamstoredialog.h"
#include "import/teamstorelink.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "store/postgres/postgresconnection.h"
#include "store/postgres/postgrespasswords.h"
#include "store/postgres/postgresschema.h"
#include "store/postgres/teamstorewatch.h"
#include "store/storefactory.h"
#include "testsupport.h"
#include "throwawaypostgres.h"
#include "widgets/facttablepanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace {

QPushButton *button(const QWidget &parent, const QString &text)
{
    for (QPushButton *b : parent.findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

class TeamStoreWindowTest : public MainWindowFixture
{
protected:
    void SetUp() override
    {
        if (!m_server.available())
            GTEST_SKIP() << "no PostgreSQL server: " << m_server.why().toStdString();
        ASSERT_TRUE(m_server.psql(QStringLiteral("CREATE DATABASE team")));
        QString error;
        PostgresConnection owner(*PostgresLocation::parse(m_server.location(u"team"_qs), &error));
        ASSERT_TRUE(owner.open()) << owner.errorString().toStdString();
        PostgresSchema schema(owner);
        ASSERT_TRUE(schema.init()) << schema.errorString().toStdString();
        ASSERT_TRUE(m_server.psql(QStringLiteral("CREATE ROLE ana LOGIN PASSWORD 'pa ss'")));
        ASSERT_TRUE(schema.grant(QStringLiteral("ana"), PostgresSchema::Role::Reader));
        MainWindowFixture::SetUp();
    }

    // Adds a figure to the team store as a colleague would, from another connection.
    void colleagueAdds(const QString &key)
    {
        StoreOptions options;
        options.access = StoreOptions::Access::CreateIfAbsent;
        QString error;
        const std::unique_ptr<Store> store =
            StoreFactory::open(m_server.location(u"team"_qs), options, &error);
        ASSERT_TRUE(store) << error.toStdString();
        std::unique_ptr<StoreWriter> writer = store->beginWrite();
        ASSERT_TRUE(writer) << store->errorString().toStdString();
        Data::Source source;
        source.key = QStringLiteral("t/colleague");
        source.publisher = QStringLiteral("Xinhua");
        source.title = QStringLiteral("Trade rose");
        source.published = QDate(2025, 9, 1);
        Data::Fact f;
        f.key = key;
        f.label = QStringLiteral("SCO trade");
        f.category = QStringLiteral("Trade");
        f.value = 2.7;
        f.decimals = 1;
        f.unit = QStringLiteral("%");
        f.periodStart = QDate(2024, 1, 1);
        f.periodEnd = QDate(2024, 12, 31);
        f.periodLabel = QStringLiteral("2024");
        f.basis = QStringLiteral("year-on-year");
        f.asWritten = QStringLiteral("2.7 percent");
        f.quote = QStringLiteral("Trade rose 2.7 percent in 2024.");
        const std::optional<qint64> id = writer->putSource(source);
        ASSERT_TRUE(id && writer->putFact(*id, f) && writer->finish() && writer->commit())
            << writer->errorString().toStdString();
    }

    ThrowawayPostgres m_server;
};

TEST_F(TeamStoreWindowTest, ConnectAsksForAPasswordOnlyWhenTheServerWantsOneAndNeverKeepsIt)
{
    ASSERT_TRUE(m_server.requirePasswords()) << m_server.why().toStdString();
    const QString ana = m_server.location(u"team"_qs, u"ana"_qs);
    TeamStoreDialog dialog{QString()};
    dialog.show();
    auto *location = dialog.findChild<QComboBox *>();
    ASSERT_TRUE(location);
    location->setCurrentText(ana);
    QLineEdit *password = nullptr;
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->echoMode() == QLineEdit::Password)
            password = edit;
    }
    ASSERT_TRUE(password);
    EXPECT_FALSE(password->isVisible()) << "not asked before the server wants it";
    QTest::mouseClick(button(dialog, u"&Test"_qs), Qt::LeftButton);
    EXPECT_TRUE(dialog.resultText().contains(u"asks for the password"_qs))
        << dialog.resultText().toStdString();
    EXPECT_TRUE(password->isVisible());

    password->setText(QStringLiteral("pa ss"));
    dialog.findChild<QCheckBox *>()->setChecked(false); // no keyring in a test
    QTest::mouseClick(button(dialog, u"&Test"_qs), Qt::LeftButton);
    EXPECT_TRUE(dialog.resultText().contains(u"read-only"_qs)) << dialog.resultText().toStdString();

    QSignalSpy chosen(&dialog, &TeamStoreDialog::chosen);
    QTest::mouseClick(button(dialog, u"&Connect"_qs), Qt::LeftButton);
    ASSERT_EQ(chosen.size(), 1);
    EXPECT_EQ(chosen.first().first().toString(), ana);
    EXPECT_EQ(QSettings().value(u"teamStore/recent"_qs).toStringList(), QStringList{ana});
    EXPECT_FALSE(QSettings().allKeys().join(u' ').contains(u"pa ss"_qs));
    for (const QString &key : QSettings().allKeys())
        EXPECT_FALSE(QSettings().value(key).toString().contains(u"pa ss"_qs)) << key.toStdString();
    PostgresPasswords::forget(PostgresLocation::parse(ana, nullptr)->display());

    TeamStoreDialog again{QString()};
    again.findChild<QComboBox *>()->setCurrentText(QStringLiteral("/tmp/own.sqlite"));
    QTest::mouseClick(button(again, u"&Test"_qs), Qt::LeftButton);
    EXPECT_TRUE(again.resultText().contains(u"PostgreSQL server"_qs));
}

TEST_F(TeamStoreWindowTest, AWindowShowsAColleaguesCommitAndKeepsItsDataWhenTheServerIsAway)
{
    const QString team = m_server.location(u"team"_qs);
    m_window->setUserStorePath(team);
    m_window->reloadStore();
    EXPECT_TRUE(m_window->teamStoreLink()->noteText().startsWith(u"Team store: postgres@"_qs))
        << m_window->teamStoreLink()->noteText().toStdString();
    FactTablePanel *facts = m_window->factTable();
    const QString selected = TestSupport::embeddedDataset().facts.at(2).key;
    facts->selectFact(selected);
    ASSERT_EQ(facts->currentFactKey(), selected);
    const int before = facts->tableView()->model()->rowCount();

    colleagueAdds(QStringLiteral("t/sco-trade-2024"));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return facts->tableView()->model()->rowCount() == before + 1; }, 2000))
        << "the colleague's figure within a second or two";
    EXPECT_EQ(facts->currentFactKey(), selected) << "the selection is kept";
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(u"added by postgres"_qs))
        << m_window->statusBar()->currentMessage().toStdString();

    ASSERT_TRUE(m_server.stop());
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return m_window->storeProblem().contains(u"cannot be reached"_qs); }, 4000));
    m_window->reloadStore(); // as an import or a language switch would
    EXPECT_EQ(facts->tableView()->model()->rowCount(), before + 1) << "what it showed stays";
    EXPECT_TRUE(m_window->teamStoreLink()->noteText().contains(u"offline"_qs));
    ASSERT_TRUE(m_server.start());
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_window->storeProblem().isEmpty(); },
                                TeamStoreWatch::kLongestWaitMs + 3000));

    // Another team store that cannot be read is never shown with this one's rows.
    m_window->setUserStorePath(m_server.location(u"no_such_db"_qs));
    m_window->reloadStore();
    EXPECT_EQ(facts->tableView()->model()->rowCount(), before) << "the built-in figures alone";
    EXPECT_TRUE(m_window->storeProblem().contains(u"no_such_db"_qs))
        << m_window->storeProblem().toStdString();
}

} // namespace
