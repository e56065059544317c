// SPDX-License-Identifier: MIT
#include "store/factstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

class FactStoreTest : public ::testing::Test
{
protected:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    // An SQLite file with the given user_version and no dashboard tables.
    QString sqliteWithVersion(const QString &name, int version)
    {
        const QString path = m_dir.filePath(name);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            EXPECT_TRUE(db.open());
            QSqlQuery q(db);
            EXPECT_TRUE(q.exec(QStringLiteral("CREATE TABLE t (x)")));
            EXPECT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return path;
    }

    QTemporaryDir m_dir;
};

TEST_F(FactStoreTest, LoadsTheEmbeddedDatasetFromACopyOfItsBytes)
{
    const QString path = m_dir.filePath(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(QFile::copy(FactStore::embeddedDatabasePath(), path));
    FactStore store;
    ASSERT_TRUE(store.open(path)) << store.errorString().toStdString();
    const std::optional<Data::Dataset> dataset = store.load();
    ASSERT_TRUE(dataset);
    const Data::Fact *revenue =
        dataset->factByKey(QStringLiteral("digital_industry_revenue_growth_2025"));
    ASSERT_NE(revenue, nullptr);
    EXPECT_DOUBLE_EQ(revenue->value, 9.3);
    EXPECT_EQ(revenue->unit, QStringLiteral("%"));
    EXPECT_EQ(revenue->periodStart, QDate(2025, 1, 1));
    EXPECT_EQ(revenue->periodEnd, QDate(2025, 5, 31));
    EXPECT_EQ(revenue->source.title, QStringLiteral("Digital tech boom offers opportunities"));
    EXPECT_EQ(revenue->source.published, QDate(2025, 8, 29));
    const Data::Fact *trained =
        dataset->factByKey(QStringLiteral("sco_digital_professionals_trained"));
    ASSERT_NE(trained, nullptr);
    EXPECT_EQ(trained->qualifier, QStringLiteral("more than"));
    EXPECT_DOUBLE_EQ(trained->value, 830.0);
}

TEST_F(FactStoreTest, MissingFileIsAnErrorNamingThePath)
{
    FactStore store;
    const QString path = m_dir.filePath(QStringLiteral("nope.sqlite"));
    EXPECT_FALSE(store.open(path));
    EXPECT_TRUE(store.errorString().contains(path)) << store.errorString().toStdString();
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("not found")));
    EXPECT_FALSE(QFile::exists(path)) << "opening must not create the file";
    EXPECT_FALSE(store.load());
}

TEST_F(FactStoreTest, FileThatIsNotSQLiteIsReportedAndLeftUntouched)
{
    const QByteArray junk = QByteArrayLiteral("this is not a database\n\x01\x02\x03");
    const QString path = write(QStringLiteral("junk.sqlite"), junk);
    FactStore store;
    EXPECT_FALSE(store.open(path));
    EXPECT_TRUE(store.errorString().contains(path));
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("not an SQLite database")))
        << store.errorString().toStdString();
    EXPECT_EQ(TestSupport::readAll(path), junk);
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("junk.sqlite")})
        << "no journal or side file may appear";
}

TEST_F(FactStoreTest, SchemaTooNewIsRefusedWithBothVersions)
{
    const QString path = sqliteWithVersion(QStringLiteral("new.sqlite"), 99);
    const QByteArray before = TestSupport::readAll(path);
    FactStore store;
    EXPECT_FALSE(store.open(path));
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("version 99")))
        << store.errorString().toStdString();
    EXPECT_TRUE(store.errorString().contains(
        QStringLiteral("up to version %1").arg(FactStore::kSchemaVersion)));
    EXPECT_EQ(TestSupport::readAll(path), before);
}

TEST_F(FactStoreTest, SQLiteWithoutDashboardSchemaIsRefused)
{
    const QString path = sqliteWithVersion(QStringLiteral("other.sqlite"), 0);
    FactStore store;
    EXPECT_FALSE(store.open(path));
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("not a dashboard database")))
        << store.errorString().toStdString();
}

TEST_F(FactStoreTest, DatabaseMissingATableNamesTheTable)
{
    const QString path = sqliteWithVersion(QStringLiteral("partial.sqlite"), 1);
    FactStore store;
    ASSERT_TRUE(store.open(path));
    EXPECT_FALSE(store.load());
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("table 'source'")))
        << store.errorString().toStdString();
}

struct BadValue
{
    const char *name;
    const char *sql;     // run on a copy of the built-in dataset
    const char *message; // the error after "Cannot read PATH: "
};

void PrintTo(const BadValue &value, std::ostream *os)
{
    *os << value.name;
}

class BadValueTest : public FactStoreTest, public ::testing::WithParamInterface<BadValue>
{
};

// Values the schema lets through are refused by name (table, row, column, value) when read,
// never shown as "0.0%" or "nan%", and the file is left as it is.
TEST_P(BadValueTest, IsNamedWithTableRowColumnAndValue)
{
    const QString path = m_dir.filePath(QStringLiteral("bad.sqlite"));
    ASSERT_TRUE(QFile::copy(FactStore::embeddedDatabasePath(), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bad"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
        ASSERT_TRUE(q.exec(QString::fromUtf8(GetParam().sql)))
            << q.lastError().text().toStdString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bad"));
    const QByteArray before = TestSupport::readAll(path);
    FactStore store;
    ASSERT_TRUE(store.open(path));
    EXPECT_FALSE(store.load());
    EXPECT_EQ(
        store.errorString(),
        QStringLiteral("Cannot read %1: %2").arg(path, QString::fromUtf8(GetParam().message)));
    EXPECT_EQ(TestSupport::readAll(path), before);
}

INSTANTIATE_TEST_SUITE_P(
    Values, BadValueTest,
    ::testing::Values(
        BadValue{"invalid_date",
                 "UPDATE fact SET period_end = '2025-13-40' WHERE key = "
                 "'manufacturing_share_of_gdp_2025_h1'",
                 "table 'fact', row 'manufacturing_share_of_gdp_2025_h1': period_end "
                 "'2025-13-40' is not a date (YYYY-MM-DD)"},
        BadValue{"text_value",
                 "UPDATE fact SET value = 'abc' WHERE key = 'manufacturing_share_of_gdp_2025_h1'",
                 "table 'fact', row 'manufacturing_share_of_gdp_2025_h1': value 'abc' is not a "
                 "finite number"},
        BadValue{"infinite_value",
                 "UPDATE fact SET value = 1e999 WHERE key = 'manufacturing_share_of_gdp_2025_h1'",
                 "table 'fact', row 'manufacturing_share_of_gdp_2025_h1': value 'inf' is not a "
                 "finite number"},
        BadValue{"end_before_start",
                 "UPDATE fact SET period_end = '2024-12-31' WHERE key = "
                 "'manufacturing_share_of_gdp_2025_h1'",
                 "table 'fact', row 'manufacturing_share_of_gdp_2025_h1': period_end "
                 "'2024-12-31' is before period_start"},
        BadValue{"formula_names_nothing",
                 "UPDATE fact SET formula = '{nowhere} - 1' WHERE key = "
                 "'digital_industry_revenue_growth_2024'",
                 "table 'fact', row 'digital_industry_revenue_growth_2024': formula 'nowhere' "
                 "names no fact"},
        BadValue{"formula_cycle",
                 "UPDATE fact SET formula = '{digital_industry_revenue_growth_2024} + 0' WHERE "
                 "key = 'digital_industry_revenue_growth_2024'",
                 "table 'fact', row 'digital_industry_revenue_growth_2024': formula "
                 "'{digital_industry_revenue_growth_2024} + 0' depends on itself"},
        BadValue{"observation_text", "UPDATE observation SET value = 'n/a' WHERE id = 1",
                 "table 'observation', row 'digital_industry_revenue_growth': value 'n/a' is not "
                 "a finite number"}),
    [](const ::testing::TestParamInfo<BadValue> &param) { return std::string(param.param.name); });

} // namespace
