// SPDX-License-Identifier: MIT
// The import layer against real files: the OWID file in shared/data, a World Bank file built
// from the same figures, the dashboard's own facts CSV, and table-driven malformed inputs.
#include "export/factlistwriter.h"
#include "import/importer.h"
#include "store/repository.h"
#include "store/sqlite/sqlitestore.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QString sharedOwidFile()
{
    const QString article = TestSupport::articlePath();
    if (article.isEmpty())
        return {};
    return article.section(u'/', 0, -3) +
           QStringLiteral("/data/owid-share-of-individuals-using-the-internet.csv");
}

// Expected per member, read off the file with awk, not with the code under test:
// observations, first year, last year.
struct MemberRows
{
    int observations;
    int first;
    int last;
};
const QMap<QString, MemberRows> kSharedFileMembers{
    {QStringLiteral("BLR"), {31, 1990, 2023}}, {QStringLiteral("CHN"), {34, 1990, 2023}},
    {QStringLiteral("IND"), {31, 1990, 2020}}, {QStringLiteral("IRN"), {33, 1990, 2022}},
    {QStringLiteral("KAZ"), {34, 1990, 2023}}, {QStringLiteral("KGZ"), {31, 1990, 2022}},
    {QStringLiteral("PAK"), {32, 1990, 2022}}, {QStringLiteral("RUS"), {34, 1990, 2023}},
    {QStringLiteral("TJK"), {28, 1990, 2022}}, {QStringLiteral("UZB"), {34, 1990, 2023}}};

class ImportTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString storePath() const { return m_dir.filePath(QStringLiteral("user.sqlite")); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        return path;
    }

    // Imports PATH into the test's store; returns the report (problems included).
    ImportReport import(const QString &path, ImportOptions options = {}, bool *ok = nullptr)
    {
        Repository store;
        const std::optional<Data::Dataset> builtIn =
            store.open(storePath(), Repository::UserStore::CreateIfAbsent) ? store.loadBuiltIn()
                                                                           : std::nullopt;
        EXPECT_TRUE(builtIn) << store.errorString().toStdString();
        SqliteStore sqlite(store);
        Importer importer(sqlite, builtIn.value_or(Data::Dataset{}));
        const bool done = importer.run(path, options);
        if (ok)
            *ok = done;
        else
            EXPECT_TRUE(done) << importer.errorString().toStdString()
                              << importer.report().problems.text().toStdString();
        return importer.report();
    }

    Data::Dataset userData()
    {
        Repository store;
        EXPECT_TRUE(store.open(storePath(), Repository::UserStore::OpenIfPresent));
        return store.loadUserStore().value_or(Data::Dataset{});
    }

    QByteArray checksum() const
    {
        return QCryptographicHash::hash(TestSupport::readAll(storePath()),
                                        QCryptographicHash::Sha256);
    }

    QTemporaryDir m_dir;
};

TEST_F(ImportTest, RealOwidFileKeepsExactlyTheMembersRows)
{
    const QString file = sharedOwidFile();
    if (file.isEmpty())
        GTEST_SKIP() << "../shared/data is absent (a user's clone)";
    ImportOptions options;
    options.scoOnly = true;
    const ImportReport report = import(file, options);
    EXPECT_EQ(report.format, ImportOptions::Format::Owid);
    EXPECT_EQ(report.valuesRead(), 6845);
    EXPECT_EQ(report.added, 322);
    EXPECT_EQ(report.skippedNotMember, 6845 - 322);
    EXPECT_EQ(report.skippedMissing, 0);

    const Data::Dataset data = userData();
    ASSERT_EQ(data.series.size(), 1);
    const Data::Series &series = data.series.first();
    EXPECT_EQ(series.label, QStringLiteral("Individuals using the Internet (% of population)"));
    EXPECT_EQ(series.unit, QStringLiteral("%"));
    QMap<QString, MemberRows> seen;
    for (const Data::Observation &o : series.observations) {
        MemberRows &rows = seen[o.entityCode];
        const int year = o.periodStart.year();
        rows.first = rows.observations == 0 ? year : std::min(rows.first, year);
        rows.last = std::max(rows.last, year);
        ++rows.observations;
    }
    ASSERT_EQ(seen.keys(), kSharedFileMembers.keys());
    for (auto it = kSharedFileMembers.cbegin(); it != kSharedFileMembers.cend(); ++it) {
        EXPECT_EQ(seen[it.key()].observations, it->observations) << it.key().toStdString();
        EXPECT_EQ(seen[it.key()].first, it->first) << it.key().toStdString();
        EXPECT_EQ(seen[it.key()].last, it->last) << it.key().toStdString();
    }
}

TEST_F(ImportTest, WorldBankFileOfTheSameFiguresGivesTheSameObservations)
{
    const QString file = sharedOwidFile();
    if (file.isEmpty())
        GTEST_SKIP() << "../shared/data is absent (a user's clone)";
    // Build the wide file from the OWID file's member rows, as the World Bank writes it.
    QFile owid(file);
    ASSERT_TRUE(owid.open(QIODevice::ReadOnly));
    QMap<QString, QMap<int, QByteArray>> values; // code -> year -> value text
    QMap<QString, QByteArray> names;
    owid.readLine();
    while (!owid.atEnd()) {
        const QList<QByteArray> f = owid.readLine().trimmed().split(',');
        if (kSharedFileMembers.contains(QString::fromLatin1(f.at(1)))) {
            values[QString::fromLatin1(f.at(1))][f.at(2).toInt()] = f.at(3);
            names[QString::fromLatin1(f.at(1))] = f.at(0);
        }
    }
    QByteArray wb = "\xEF\xBB\xBF\"Data Source\",\"World Development Indicators\",\r\n\r\n"
                    "\"Last Updated Date\",\"2025-07-01\",\r\n\r\n"
                    "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",";
    for (int year = 1960; year <= 2024; ++year)
        wb += '"' + QByteArray::number(year) + "\",";
    wb += "\r\n";
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        wb += '"' + names[it.key()] + "\",\"" + it.key().toLatin1() +
              "\",\"Individuals using the Internet (% of population)\",\"IT.NET.USER.ZS\",";
        for (int year = 1960; year <= 2024; ++year)
            wb += '"' + it->value(year) + "\",";
        wb += "\r\n";
    }
    const ImportReport report = import(write(QStringLiteral("API_IT.NET.USER.ZS.csv"), wb));
    EXPECT_EQ(report.format, ImportOptions::Format::WorldBank);
    EXPECT_EQ(report.added, 322);
    EXPECT_EQ(report.skippedMissing, 10 * 65 - 322);
    const Data::Dataset data = userData();
    ASSERT_EQ(data.series.size(), 1);
    EXPECT_EQ(data.series.first().indicatorCode, QStringLiteral("IT.NET.USER.ZS"));
    for (const Data::Observation &o : data.series.first().observations) {
        EXPECT_EQ(
            QLocale::c().toDouble(QString::fromLatin1(values[o.entityCode][o.periodStart.year()])),
            o.value)
            << o.entityCode.toStdString() << ' ' << o.periodStart.year();
    }
}

TEST_F(ImportTest, OwidWithoutCodeColumnAndWithAggregates)
{
    const QString path = write(QStringLiteral("old.csv"), "Entity,Year,Share (%),Users\n"
                                                          "Russian Federation,2020,85,\"120,000\"\n"
                                                          "\"Iran, Islamic Rep.\",2020,7.92E-5,..\n"
                                                          "France,2020,80,1\n"
                                                          "\n");
    ImportOptions options;
    options.scoOnly = true;
    bool ok = false;
    const ImportReport report = import(path, options, &ok);
    EXPECT_FALSE(ok); // "120,000" is no number
    ASSERT_EQ(report.problems.count(), 1);
    EXPECT_EQ(report.problems.first().first(),
              QStringLiteral("line 2, column 4: '120,000' is not a number"));

    write(QStringLiteral("old.csv"), "Entity,Year,Share (%)\n"
                                     "Russian Federation,2020,85\n"
                                     "\"Iran, Islamic Rep.\",2020,7.92E-5\n"
                                     "France,2020,80\n");
    const ImportReport kept = import(path, options);
    EXPECT_EQ(kept.added, 2);
    EXPECT_EQ(kept.skippedNotMember, 1);
    QStringList codes;
    const Data::Dataset data = userData();
    for (const Data::Observation &o : data.series.first().observations)
        codes << o.entityCode;
    codes.sort();
    EXPECT_EQ(codes, (QStringList{QStringLiteral("IRN"), QStringLiteral("RUS")}));

    write(QStringLiteral("regions.csv"), "Entity,Code,Year,Users (%)\n"
                                         "World,OWID_WRL,2020,60\n"
                                         "Arab World,,2020,50\n"
                                         "China,CHN,2020,70\n");
    import(m_dir.filePath(QStringLiteral("regions.csv")));
    int aggregates = 0;
    const Data::Dataset regions = userData();
    for (const Data::Series &s : regions.series) {
        for (const Data::Observation &o : s.observations)
            aggregates += o.aggregate ? 1 : 0;
    }
    EXPECT_EQ(aggregates, 2);
}

TEST_F(ImportTest, ReimportAddsNoDuplicatesAndCountsChanges)
{
    const QString path = write(QStringLiteral("a.csv"), "Entity,Code,Year,Users (%)\n"
                                                        "China,CHN,2020,70\n"
                                                        "China,CHN,2021,73\n");
    EXPECT_EQ(import(path).added, 2);
    ImportOptions update;
    update.updateSource = true;
    const ImportReport again = import(path, update);
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.unchanged, 2);
    EXPECT_EQ(again.summary(), QStringLiteral("0 added, 0 updated, 2 unchanged, 0 skipped"));
    write(QStringLiteral("a.csv"), "Entity,Code,Year,Users (%)\n"
                                   "China,CHN,2020,70\n"
                                   "China,CHN,2021,73.5\n"
                                   "China,CHN,2022,75\n");
    const ImportReport changed = import(path, update);
    EXPECT_EQ(changed.summary(), QStringLiteral("1 added, 1 updated, 1 unchanged, 0 skipped"));
    EXPECT_EQ(userData().series.first().observations.size(), 3);
}

// A second file of the same name, from another folder or publisher, would replace the first's
// values: refused at its header unless an update is asked for, and nothing is written.
TEST_F(ImportTest, ASourceTheStoreHasIsNeverReplacedWithoutBeingAsked)
{
    const QString path = write(QStringLiteral("report.csv"), "Entity,Code,Year,Users (%)\n"
                                                             "China,CHN,2020,70\n");
    EXPECT_EQ(import(path).added, 1);
    const QByteArray before = checksum();
    write(QStringLiteral("report.csv"), "Entity,Code,Year,Users (%)\nChina,CHN,2020,12\n");
    ImportOptions other;
    other.sourceName = QStringLiteral("Another publisher");
    bool ok = true;
    const ImportReport refused = import(path, other, &ok);
    EXPECT_FALSE(ok);
    ASSERT_FALSE(refused.problems.isEmpty());
    EXPECT_EQ(refused.problems.first().first(),
              QStringLiteral("line 1: your store already has the source 'owid:report'; importing "
                             "it again replaces its values, so choose to update it "
                             "(--update-source), or give this file another name"));
    EXPECT_FALSE(refused.written);
    EXPECT_EQ(checksum(), before);
    EXPECT_DOUBLE_EQ(userData().series.first().observations.first().value, 70);
}

TEST_F(ImportTest, DryRunWritesNothing)
{
    import(write(QStringLiteral("a.csv"), "Entity,Code,Year,Users (%)\nChina,CHN,2020,70\n"));
    const QByteArray before = checksum();
    ImportOptions options;
    options.dryRun = true;
    const ImportReport report = import(
        write(QStringLiteral("b.csv"), "Entity,Code,Year,Users (%)\nIndia,IND,2020,40\n"), options);
    EXPECT_EQ(report.added, 1);
    EXPECT_FALSE(report.written);
    EXPECT_EQ(checksum(), before);
}

// The preview lists the first rows the import writes, as the file gives them; unchanged rows
// are not among them, and an update says so.
TEST_F(ImportTest, ThePreviewListsTheFirstRowsWritten)
{
    QByteArray csv = "Entity,Code,Year,Individuals using the Internet (% of population)\n";
    for (int year = 2000; year < 2012; ++year)
        csv += "China,CHN," + QByteArray::number(year) + "," + QByteArray::number(year - 1999) +
               ".25\n";
    ImportOptions options;
    options.dryRun = true;
    const ImportReport preview = import(write(QStringLiteral("net.csv"), csv), options);
    ASSERT_EQ(preview.added, 12);
    ASSERT_EQ(preview.firstRows.size(), ImportReport::kPreviewRows);
    const ImportReport::Row &first = preview.firstRows.first();
    EXPECT_EQ(first.series, QStringLiteral("Individuals using the Internet (% of population)"));
    EXPECT_EQ(first.entity, QStringLiteral("China"));
    EXPECT_EQ(first.period, QStringLiteral("2000"));
    EXPECT_DOUBLE_EQ(first.value, 1.25);
    EXPECT_EQ(first.unit, QStringLiteral("%"));
    EXPECT_TRUE(first.added);
    EXPECT_EQ(preview.firstRows.last().period, QStringLiteral("2009"));
    EXPECT_DOUBLE_EQ(preview.firstRows.last().value, 10.25);

    import(write(QStringLiteral("net.csv"), csv));
    csv.replace("China,CHN,2005,6.25", "China,CHN,2005,6.5");
    options.updateSource = true;
    const ImportReport update = import(write(QStringLiteral("net.csv"), csv), options);
    ASSERT_EQ(update.firstRows.size(), 1) << "the eleven unchanged rows are not listed";
    EXPECT_EQ(update.firstRows.first().period, QStringLiteral("2005"));
    EXPECT_DOUBLE_EQ(update.firstRows.first().value, 6.5);
    EXPECT_FALSE(update.firstRows.first().added);
}

TEST_F(ImportTest, FactsCsvRoundTripsThroughAnEmptyStore)
{
    Data::Dataset original = TestSupport::embeddedDataset();
    // Another article's figures: the built-in article's own rows are never imported.
    QList<Data::Fact> facts;
    for (Data::Fact f : original.facts) {
        f.key += QStringLiteral("_copy");
        for (QString &input : f.inputKeys)
            input += QStringLiteral("_copy");
        f.formula.replace(QStringLiteral("}"), QStringLiteral("_copy}"));
        f.source.key = QStringLiteral("another-article");
        f.source.url = QStringLiteral("https://example.org/a?b=1,2");
        facts.append(f);
    }
    const QString path = write(QStringLiteral("facts.csv"),
                               FactListWriter::write(facts, FactListWriter::Format::Csv));
    EXPECT_EQ(import(path).added, facts.size());
    const Data::Dataset back = userData();
    ASSERT_EQ(back.facts.size(), facts.size());
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const Data::Fact &a = facts.at(i);
        const Data::Fact *b = back.factByKey(a.key);
        ASSERT_NE(b, nullptr) << a.key.toStdString();
        EXPECT_EQ(b->label, a.label);
        EXPECT_EQ(b->category, a.category);
        EXPECT_EQ(b->value, a.value);
        EXPECT_EQ(b->decimals, a.decimals);
        EXPECT_EQ(b->unit, a.unit);
        EXPECT_EQ(b->periodStart, a.periodStart);
        EXPECT_EQ(b->periodEnd, a.periodEnd);
        EXPECT_EQ(b->periodLabel, a.periodLabel);
        EXPECT_EQ(b->basis, a.basis);
        EXPECT_EQ(b->qualifier, a.qualifier);
        EXPECT_EQ(b->asWritten, a.asWritten);
        EXPECT_EQ(b->quote, a.quote);
        EXPECT_EQ(b->derived, a.derived);
        EXPECT_EQ(b->formula, a.formula);
        EXPECT_EQ(b->inputKeys, a.inputKeys);
        EXPECT_EQ(b->source.publisher, a.source.publisher);
        EXPECT_EQ(b->source.title, a.source.title);
        EXPECT_EQ(b->source.author, a.source.author);
        EXPECT_EQ(b->source.published, a.source.published);
        EXPECT_EQ(b->source.url, a.source.url);
    }
}

TEST_F(ImportTest, TheArticlesOwnFactsAreSkippedNotChanged)
{
    const Data::Dataset article = TestSupport::embeddedDataset();
    const QString path = write(QStringLiteral("facts.csv"),
                               FactListWriter::write(article.facts, FactListWriter::Format::Csv));
    const ImportReport report = import(path);
    EXPECT_EQ(report.added, 0);
    EXPECT_EQ(report.skippedBuiltIn, article.facts.size());
    EXPECT_TRUE(userData().facts.isEmpty());
}

TEST_F(ImportTest, RemoveSourceTakesEverythingItBrought)
{
    import(write(QStringLiteral("a.csv"), "Entity,Code,Year,Users (%)\nChina,CHN,2020,70\n"));
    import(write(QStringLiteral("b.csv"), "Entity,Code,Year,Users (%)\nIndia,IND,2020,40\n"));
    Repository store;
    ASSERT_TRUE(store.open(storePath(), Repository::UserStore::OpenIfPresent));
    EXPECT_FALSE(store.removeSource(QStringLiteral("chinadaily-2025-08-29")));
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("cannot be removed")));
    ASSERT_TRUE(store.removeSource(QStringLiteral("owid:a"))) << store.errorString().toStdString();
    const Data::Dataset left = store.loadUserStore().value();
    ASSERT_EQ(left.series.size(), 1);
    EXPECT_EQ(left.series.first().source.key, QStringLiteral("owid:b"));
    EXPECT_EQ(left.series.first().observations.first().entityCode, QStringLiteral("IND"));
    QStringList keys;
    const QList<SourceSummary> sources = store.sources().value();
    for (const SourceSummary &s : sources)
        keys << s.key;
    EXPECT_FALSE(keys.contains(QStringLiteral("owid:a")));
    EXPECT_TRUE(keys.contains(QStringLiteral("chinadaily-2025-08-29")));
}

// OWID's "short column names" download: the header is a short name, and the metadata JSON
// beside it gives the title, unit, citation and chart address (fields as OWID names them).
TEST_F(ImportTest, OwidMetadataBesideTheFileNamesTheSeriesAndItsSource)
{
    const QString csv = write(QStringLiteral("mobile-cellular-subscriptions-per-100-people.csv"),
                              "Entity,Code,Year,it_cel_sets_p2\nChina,CHN,2022,124.3\n");
    write(QStringLiteral("mobile-cellular-subscriptions-per-100-people.metadata.json"),
          R"json({"chart": {"title": "Mobile phone subscriptions per 100 people",
                        "citation": "International Telecommunication Union (via World Bank)",
                        "originalChartUrl":
                          "https://ourworldindata.org/grapher/mobile-cellular-subscriptions-per-100-people"},
              "columns": {"it_cel_sets_p2": {
                  "titleShort": "Mobile cellular subscriptions",
                  "unit": "subscriptions per 100 people", "shortUnit": "",
                  "citationShort": "International Telecommunication Union (via World Bank) – processed by Our World in Data"}}})json");
    import(csv);
    const Data::Dataset data = userData();
    ASSERT_EQ(data.series.size(), 1);
    const Data::Series &series = data.series.first();
    EXPECT_EQ(series.label, QStringLiteral("Mobile cellular subscriptions"));
    EXPECT_EQ(series.unit, QStringLiteral("subscriptions per 100 people"));
    EXPECT_EQ(series.source.publisher,
              QStringLiteral("International Telecommunication Union (via World Bank) – processed "
                             "by Our World in Data"));
    EXPECT_EQ(series.source.url, QStringLiteral("https://ourworldindata.org/grapher/"
                                                "mobile-cellular-subscriptions-per-100-people"));
    EXPECT_EQ(series.source.title, QStringLiteral("Mobile cellular subscriptions"));
}

TEST_F(ImportTest, WithoutMetadataAShortNameIsMadeReadableWithItsUnit)
{
    import(write(QStringLiteral("fixed.csv"),
                 "Entity,Code,Year,fixed_broadband_subscriptions_per_100_people\n"
                 "China,CHN,2022,42.2\n"));
    const Data::Dataset data = userData();
    ASSERT_EQ(data.series.size(), 1);
    EXPECT_EQ(data.series.first().label,
              QStringLiteral("Fixed broadband subscriptions per 100 people"));
    EXPECT_EQ(data.series.first().unit, QStringLiteral("per 100 people"));
    EXPECT_EQ(data.series.first().source.publisher, QStringLiteral("Our World in Data"));
}

TEST_F(ImportTest, LabelAndUnitGivenByTheAnalystWin)
{
    ImportOptions options;
    options.seriesLabel = QStringLiteral("Mobile subscriptions");
    options.seriesUnit = QStringLiteral("per 100 people");
    import(write(QStringLiteral("m.csv"), "Entity,Code,Year,x1\nChina,CHN,2022,124.3\n"), options);
    const Data::Dataset data = userData();
    ASSERT_EQ(data.series.size(), 1);
    EXPECT_EQ(data.series.first().label, QStringLiteral("Mobile subscriptions"));
    EXPECT_EQ(data.series.first().unit, QStringLiteral("per 100 people"));
}

TEST_F(ImportTest, LabelForAFileOfSeveralSeriesIsAProblemAndWritesNothing)
{
    import(write(QStringLiteral("good.csv"), "Entity,Code,Year,Users (%)\nChina,CHN,2020,70\n"));
    const QByteArray before = checksum();
    ImportOptions options;
    options.seriesLabel = QStringLiteral("One name");
    bool ok = true;
    ImportReport report = import(
        write(QStringLiteral("two.csv"), "Entity,Code,Year,A (%),B (%)\nChina,CHN,2020,1,2\n"),
        options, &ok);
    EXPECT_FALSE(ok);
    ASSERT_FALSE(report.problems.isEmpty());
    EXPECT_EQ(report.problems.first().first(),
              QStringLiteral("line 1: --label and --unit name one series, and the header has 2 "
                             "indicator columns"));
    report = import(write(QStringLiteral("f.csv"), TestSupport::factsCsvHeader()), options, &ok);
    EXPECT_FALSE(ok);
    ASSERT_FALSE(report.problems.isEmpty());
    EXPECT_TRUE(report.problems.first().first().startsWith(
        QStringLiteral("line 1: --label and --unit name a series of an OWID or World Bank file")))
        << report.problems.first().first().toStdString();
    EXPECT_EQ(checksum(), before);
}

TEST_F(ImportTest, MetadataThatIsNotJsonIsNamedAndNothingIsWritten)
{
    import(write(QStringLiteral("good.csv"), "Entity,Code,Year,Users (%)\nChina,CHN,2020,70\n"));
    const QByteArray before = checksum();
    const QString csv = write(QStringLiteral("bad.csv"), "Entity,Code,Year,x\nChina,CHN,2020,1\n");
    const QString json = write(QStringLiteral("bad.metadata.json"), "{\"columns\": [1, 2");
    bool ok = true;
    const ImportReport report = import(csv, {}, &ok);
    EXPECT_FALSE(ok);
    ASSERT_FALSE(report.problems.isEmpty());
    const QString problem = report.problems.first().first();
    EXPECT_TRUE(problem.startsWith(json + QStringLiteral(" beside the file is not a JSON object")))
        << problem.toStdString();
    EXPECT_EQ(checksum(), before);
}

struct BadInput
{
    const char *name;
    QByteArray bytes;
    const char *message; // the first problem, exactly
};

void PrintTo(const BadInput &input, std::ostream *os)
{
    *os << input.name;
}

class MalformedImportTest : public ImportTest, public ::testing::WithParamInterface<BadInput>
{
};

TEST_P(MalformedImportTest, IsRejectedWholeWithItsLineAndTheStoreUnchanged)
{
    import(write(QStringLiteral("good.csv"), "Entity,Code,Year,Users (%)\nChina,CHN,2020,70\n"));
    const QByteArray before = checksum();
    bool ok = true;
    const ImportReport report = import(write(QStringLiteral("bad.csv"), GetParam().bytes), {}, &ok);
    EXPECT_FALSE(ok);
    ASSERT_FALSE(report.problems.isEmpty());
    EXPECT_EQ(report.problems.first().first(), QString::fromUtf8(GetParam().message));
    EXPECT_FALSE(report.written);
    EXPECT_EQ(checksum(), before);
}

INSTANTIATE_TEST_SUITE_P(
    Files, MalformedImportTest,
    ::testing::Values(
        BadInput{"not_a_number",
                 "Entity,Code,Year,Users (%)\nChina,CHN,2020,70\nIndia,IND,2020,n/a\n",
                 "line 3, column 4: 'n/a' is not a number"},
        BadInput{"nan", "Entity,Code,Year,Users (%)\nChina,CHN,2020,NaN\n",
                 "line 2, column 4: 'NaN' is not a number"},
        BadInput{"bad_year", "Entity,Code,Year,Users (%)\nChina,CHN,20x0,70\n",
                 "line 2, column 3: '20x0' is not a year"},
        BadInput{"short_row", "Entity,Code,Year,Users (%)\nChina,CHN\n",
                 "line 2: 2 fields where the header has 4"},
        BadInput{"invalid_utf8",
                 "Entity,Code,Year,Users (%)\nChina,CHN,2020,70\nC\xFFte,CIV,2020,3\n",
                 "line 3, column 1: the text is not valid UTF-8"},
        BadInput{"unclosed_quote", "Entity,Code,Year,Users (%)\n\"China,CHN,2020,70\n",
                 "line 2, column 1: a quoted field is not closed before the end of the file"},
        BadInput{"no_indicator", "Entity,Code,Year\nChina,CHN,2020\n",
                 "line 1: the header names no indicator column after Entity, Code and Year"},
        BadInput{"facts_missing_column", "key,label,value,quote\nk,l,1,q\n",
                 "line 1: the header has no 'unit' column"},
        BadInput{"folded_columns", "Entity,Code,Year,GDP (%),gdp %,GDP\nChina,CHN,2020,1,2,3\n",
                 "line 1, column 5: the header 'gdp %' names the same series (owid:bad/gdp) as "
                 "column 4, 'GDP (%)'; rename one of them"},
        BadInput{"repeated_row",
                 "Entity,Code,Year,Users (%)\nChina,CHN,2020,70\nIndia,IND,2020,40\n"
                 "China,CHN,2020,71\n",
                 "line 4: China, 2020 of series owid:bad/users is given again; an earlier line "
                 "of the file has it"},
        BadInput{"field_too_long",
                 "Entity,Code,Year,Users (%)\nChina,CHN,2020," + QByteArray(2 << 20, '7') + "\n",
                 "line 2, column 4: the field is longer than 1048576 bytes"},
        BadInput{"too_many_fields",
                 "Entity,Code,Year,Users (%)\nChina,CHN,2020,7" + QByteArray(20000, ',') + "\n",
                 "line 2: the record has more than 10000 fields"},
        BadInput{"worldbank_bad_cell",
                 "\"Data Source\",\"WDI\",\n\n\"Country Name\",\"Country Code\",\"Indicator Name\","
                 "\"Indicator Code\",\"2020\",\"2021\",\n\"China\",\"CHN\",\"Users (%)\",\"U\","
                 "\"70\",\"x\",\n",
                 "line 4, column 6: 'x' is not a number"}),
    [](const ::testing::TestParamInfo<BadInput> &param) { return std::string(param.param.name); });

TEST_F(ImportTest, UnknownFormatAndMissingFileAreNamed)
{
    bool ok = true;
    import(write(QStringLiteral("x.csv"), "a,b,c\n1,2,3\n"), {}, &ok);
    EXPECT_FALSE(ok);
    Repository store;
    ASSERT_TRUE(store.openAndLoad(storePath(), Repository::UserStore::CreateIfAbsent));
    SqliteStore sqlite(store);
    Importer importer(sqlite, {});
    EXPECT_FALSE(importer.run(m_dir.filePath(QStringLiteral("x.csv")), {}));
    EXPECT_TRUE(importer.errorString().contains(QStringLiteral("its first line starts 'a,b,c'")))
        << importer.errorString().toStdString();
    EXPECT_FALSE(importer.run(m_dir.filePath(QStringLiteral("absent.csv")), {}));
    EXPECT_TRUE(importer.errorString().contains(QStringLiteral("absent.csv")));
}

// Found by the import fuzzer: both read past the end of a row.
TEST_F(ImportTest, OwidHeadersTheFuzzerFoundAreProblemsNotCrashes)
{
    bool ok = true;
    ImportOptions owid;
    owid.format = ImportOptions::Format::Owid;
    ImportReport report =
        import(write(QStringLiteral("noyear.csv"), "Entity,Users (%)\nChina,70\n"), owid, &ok);
    EXPECT_FALSE(ok);
    EXPECT_TRUE(report.problems.text().contains(QStringLiteral("the header has no Year column")))
        << report.problems.text().toStdString();

    // Code after the indicator, and a row that stops before it.
    report = import(write(QStringLiteral("late-code.csv"),
                          "Entity,Year,Users (%),Code\nChina,2020,70\nIndia,2020,40,IND\n"),
                    {}, &ok);
    EXPECT_FALSE(ok);
    EXPECT_TRUE(report.problems.text().contains(QStringLiteral("line 2: 3 fields where the header "
                                                               "has 4")))
        << report.problems.text().toStdString();
}

} // namespace
