// SPDX-License-Identifier: MIT
#include "cli/commandline.h"
#include "dashboardbinary.h"
#include "store/repository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct ParseCase
{
    QStringList arguments;
    bool ok;
    const char *errorPart;
};

class CommandLineParse : public ::testing::TestWithParam<ParseCase>
{
};

TEST_P(CommandLineParse, ValidatesArguments)
{
    CommandLine cli;
    QStringList arguments{QStringLiteral("sco-dashboard")};
    arguments += GetParam().arguments;
    const std::optional<Invocation> invocation = cli.parse(arguments);
    EXPECT_EQ(invocation.has_value(), GetParam().ok) << cli.errorString().toStdString();
    if (!GetParam().ok) {
        EXPECT_TRUE(cli.errorString().contains(QString::fromUtf8(GetParam().errorPart)))
            << cli.errorString().toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(
    Arguments, CommandLineParse,
    ::testing::Values(
        ParseCase{{}, true, ""}, ParseCase{{QStringLiteral("facts")}, true, ""},
        ParseCase{{QStringLiteral("facts"), QStringLiteral("--format"), QStringLiteral("json")},
                  true,
                  ""},
        ParseCase{{QStringLiteral("facts"), QStringLiteral("--search=ИИ")}, true, ""},
        ParseCase{{QStringLiteral("facts"), QStringLiteral("--format"), QStringLiteral("xml")},
                  false,
                  "Unknown format 'xml'"},
        ParseCase{{QStringLiteral("fact")}, false, "Unknown command 'fact'"},
        ParseCase{{QStringLiteral("facts"), QStringLiteral("extra")},
                  false,
                  "Unexpected argument 'extra'"},
        ParseCase{{QStringLiteral("--search"), QStringLiteral("x")},
                  false,
                  "go with the facts and series"},
        ParseCase{{QStringLiteral("import")}, false, "import needs a FILE"},
        ParseCase{{QStringLiteral("import"), QStringLiteral("a.csv"), QStringLiteral("--format"),
                   QStringLiteral("xls")},
                  false,
                  "Unknown import format 'xls'"},
        ParseCase{
            {QStringLiteral("facts"), QStringLiteral("--sco-only")}, false, "goes with the import"},
        ParseCase{{QStringLiteral("--nope")}, false, "nope"},
        ParseCase{{QStringLiteral("facts"), QStringLiteral("--database")}, false, "database"},
        ParseCase{{QString()}, false, "An empty argument is neither a command nor a file"}),
    [](const auto &param) { return "case" + std::to_string(param.index); });

TEST(CommandLineParse, CarriesValues)
{
    CommandLine cli;
    const std::optional<Invocation> invocation =
        cli.parse({QStringLiteral("x"), QStringLiteral("facts"), QStringLiteral("--database"),
                   QStringLiteral("/tmp/a.sqlite"), QStringLiteral("--search"),
                   QStringLiteral("9.3"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_TRUE(invocation);
    EXPECT_EQ(invocation->command, Invocation::Command::Facts);
    EXPECT_EQ(invocation->databasePath, QStringLiteral("/tmp/a.sqlite"));
    EXPECT_EQ(invocation->search, QStringLiteral("9.3"));
    EXPECT_EQ(invocation->format, QStringLiteral("csv"));
}

TEST(CommandLineDecode, RefusesBytesThatAreNotUtf8InsteadOfRenamingTheFile)
{
    CommandLine cli;
    const char *good[] = {"sco-dashboard", "export", "--out", "\xd0\xba\xd0\xb0.png"};
    const std::optional<QStringList> decoded = cli.decode(4, good);
    ASSERT_TRUE(decoded);
    EXPECT_EQ(decoded->at(3), QStringLiteral("ка.png"));

    const char *bad[] = {"sco-dashboard", "export", "--out", "/tmp/\xff.png"};
    EXPECT_FALSE(cli.decode(4, bad));
    EXPECT_EQ(
        cli.errorString(),
        QStringLiteral("Argument 3 ('/tmp/\\xff.png') is not valid UTF-8, so it cannot name a "
                       "file here; rename the file or choose another path."));
}

TEST_F(DashboardBinary, FactsCsvListsEveryFigureWithItsVerbatimQuote)
{
    const Result r =
        run({QStringLiteral("facts"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    const Data::Dataset dataset = TestSupport::embeddedDataset();
    EXPECT_EQ(r.out.count(QStringLiteral("\r\n")), dataset.facts.size() + 1);
    for (const Data::Fact &fact : dataset.facts) {
        EXPECT_TRUE(r.out.contains(fact.key));
        QString quoted = fact.quote;
        EXPECT_TRUE(r.out.contains(quoted.replace(u'"', QStringLiteral("\"\""))));
    }
    EXPECT_TRUE(r.out.contains(QStringLiteral(",25.7,%,H1 2025,")));
    EXPECT_TRUE(r.out.contains(QStringLiteral(",true,{digital_industry_revenue_growth_2025} - "
                                              "{digital_industry_revenue_growth_change},")));
}

TEST_F(DashboardBinary, FactsSearchUsesTheSameFilterAsTheWindow)
{
    const Result r = run({QStringLiteral("facts"), QStringLiteral("--search"),
                          QStringLiteral("professionals zzzz"), QStringLiteral("--format"),
                          QStringLiteral("json")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("[\n]")) << "every word must match";
    const Result one =
        run({QStringLiteral("facts"), QStringLiteral("--search"), QStringLiteral("professionals")});
    EXPECT_EQ(one.exitCode, 0);
    EXPECT_TRUE(one.out.startsWith(QStringLiteral("more than 830 people")))
        << one.out.toStdString();
    EXPECT_EQ(one.out.count(QStringLiteral("— China Daily")), 1);
}

TEST_F(DashboardBinary, BadArgumentsGiveOneMessageAndExitTwo)
{
    const Result r =
        run({QStringLiteral("facts"), QStringLiteral("--format"), QStringLiteral("xml")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("sco-dashboard: Unknown format 'xml'")))
        << r.err.toStdString();
}

// A pasted paragraph is refused with the bound, never searched for minutes.
TEST_F(DashboardBinary, HelpAndErrorsSpeakTheLanguageOfLang)
{
    const Result ru =
        run({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--help")});
    ASSERT_EQ(ru.exitCode, 0) << ru.err.toStdString();
    // The commands, the options Qt adds and the program's own options, all in Russian.
    EXPECT_TRUE(ru.out.contains(QStringLiteral("Команды:"))) << ru.out.toStdString();
    EXPECT_TRUE(ru.out.contains(QStringLiteral("вывести показатели с цитатами и источниками")));
    EXPECT_TRUE(ru.out.contains(QStringLiteral("Использовать базу данных панели по пути PATH.")))
        << ru.out.toStdString();
    EXPECT_FALSE(ru.out.contains(QStringLiteral("Use the dashboard database")));
    const Result zh = run({QStringLiteral("--help"), QStringLiteral("--lang=zh_CN")});
    ASSERT_EQ(zh.exitCode, 0);
    EXPECT_TRUE(zh.out.contains(QStringLiteral("使用 PATH 处的仪表板数据库。")))
        << zh.out.toStdString();
    const Result en =
        run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    EXPECT_TRUE(en.out.contains(QStringLiteral("Use the dashboard database at PATH.")));

    const Result bad = run({QStringLiteral("facts"), QStringLiteral("--format"),
                            QStringLiteral("xml"), QStringLiteral("--lang"), QStringLiteral("ru")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_EQ(bad.err, QStringLiteral("sco-dashboard: Неизвестный формат «xml». Используйте "
                                      "table, csv или json.\nСм. «sco-dashboard --help».\n"));
}

TEST_F(DashboardBinary, SearchPastTheWordBoundIsABadArgument)
{
    QStringList words;
    for (char c = 'a'; c <= 'q'; ++c)
        words << QString(QLatin1Char(c));
    const Result r = run({QStringLiteral("series"), QStringLiteral("--search"),
                          words.join(u' ') + QStringLiteral(" a b")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("sco-dashboard: --search has 17 different words; "
                                                "at most 16 are searched. Use fewer, longer "
                                                "words.\n")))
        << r.err.toStdString();
}

// Labels in the chosen language, quotes in the article's: a quote is evidence.
TEST_F(DashboardBinary, FactsCsvInRussianHasRussianLabelsAndEnglishQuotes)
{
    const Result r = run({QStringLiteral("facts"), QStringLiteral("--lang"), QStringLiteral("ru"),
                          QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral(
        "digital_industry_revenue_growth_2025,Рост выручки цифровой индустрии,Цифровая индустрия,"
        "9.3,%,янв.–май 2025,2025-01-01,2025-05-31,год к году,,false,,\"In the first five months "
        "of this year, the digital industry's revenue increased 9.3 percent year-on-year")))
        << r.out.toStdString();
}

// Search takes the numbers as the language writes them, and the labels in that language.
TEST_F(DashboardBinary, SearchAcceptsTheLanguagesOwnForms)
{
    Result r = run({QStringLiteral("facts"), QStringLiteral("--lang"), QStringLiteral("ru"),
                    QStringLiteral("--search"), QStringLiteral("9,3"), QStringLiteral("--format"),
                    QStringLiteral("csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("digital_industry_revenue_growth_2025,")));
    EXPECT_FALSE(r.out.contains(QStringLiteral("manufacturing_share_of_gdp_2025_h1,")));
    r = run({QStringLiteral("facts"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
             QStringLiteral("--search"), QStringLiteral("制造业"), QStringLiteral("--format"),
             QStringLiteral("csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.count(QStringLiteral("\r\n")), 3) << r.out.toStdString(); // header and two
}

// Country names follow the language, from iso-codes; the codes and the values stay as they are.
TEST_F(DashboardBinary, SeriesNamesCountriesInTheChosenLanguage)
{
    if (!QFile::exists(QStringLiteral("/usr/share/locale/ru/LC_MESSAGES/iso_3166-1.mo")))
        GTEST_SKIP() << "iso-codes' catalogues are not installed";
    const struct
    {
        const char *language, *china, *kazakhstan;
    } cases[] = {{"en", "China,CHN,", "Kazakhstan,KAZ,"},
                 {"ru", "Китай,CHN,", "Казахстан,KAZ,"},
                 {"zh_CN", "中国,CHN,", "哈萨克斯坦,KAZ,"}};
    for (const auto &c : cases) {
        const Result r = run({QStringLiteral("series"), QStringLiteral("--lang"),
                              QString::fromLatin1(c.language), QStringLiteral("--format"),
                              QStringLiteral("csv")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(QString::fromUtf8(c.china))) << c.language;
        EXPECT_TRUE(r.out.contains(QString::fromUtf8(c.kazakhstan))) << c.language;
        EXPECT_TRUE(r.out.contains(QStringLiteral(",CHN,2023,77.4827,"))) << c.language;
    }
}

// A store for benchmarks: exactly the rows asked for, labels in the three languages, a valid
// user store the program reads; never a file that exists, never the user's own store.
TEST_F(DashboardBinary, GenerateWritesANewStoreOfExactlyTheRowsAskedFor)
{
    const QString file = m_home.filePath(QStringLiteral("bench.sqlite"));
    Result r = run({QStringLiteral("generate"), QStringLiteral("--rows"), QStringLiteral("40000"),
                    QStringLiteral("--out"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Wrote %1: 40,000 observations").arg(file)))
        << r.out.toStdString();
    {
        Repository store;
        ASSERT_TRUE(store.open(file, Repository::UserStore::OpenIfPresent));
        EXPECT_TRUE(store.userStoreProblem().isEmpty()) << store.userStoreProblem().toStdString();
        const std::optional<Data::Dataset> generated = store.loadUserStore();
        ASSERT_TRUE(generated);
        qsizetype observations = 0;
        QString labels;
        for (const Data::Series &s : generated->series) {
            observations += s.observations.size();
            labels += s.label;
        }
        EXPECT_EQ(observations, 40000);
        EXPECT_TRUE(labels.contains(QStringLiteral("互联网用户")));
        EXPECT_TRUE(labels.contains(QStringLiteral("Пользователи интернета")));
    }
    const QByteArray before = TestSupport::readAll(file);
    r = run({QStringLiteral("generate"), QStringLiteral("--rows"), QStringLiteral("10"),
             QStringLiteral("--out"), file});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err,
              QStringLiteral("%1 already exists; generate never replaces a file.\n").arg(file));
    EXPECT_EQ(TestSupport::readAll(file), before);
    const QString own = m_home.filePath(QStringLiteral("data/sco-dashboard/sco-dashboard/"
                                                       "user-data.sqlite"));
    r = run({QStringLiteral("generate"), QStringLiteral("--rows"), QStringLiteral("10"),
             QStringLiteral("--out"), own});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("is your own store"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(own));
    // Past the bound is a bad argument: exit 2, like every other.
    const QString huge = m_home.filePath(QStringLiteral("huge.sqlite"));
    r = run({QStringLiteral("generate"), QStringLiteral("--rows"), QStringLiteral("1000000000000"),
             QStringLiteral("--out"), huge});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("sco-dashboard: --rows must be from 1 to "
                                                "20000000.\n")))
        << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(huge));
}

// generate --facts: exactly the facts asked for, each a figure of a generated article with its
// sentence, in English, Chinese and Russian in turn; the figure as written is in its sentence,
// and the store reads back as every other store does. The same N gives the same facts.
TEST_F(DashboardBinary, GenerateFactsWritesSourcedFactsInThreeLanguages)
{
    const QString file = m_home.filePath(QStringLiteral("facts.sqlite"));
    Result r = run({QStringLiteral("generate"), QStringLiteral("--facts"), QStringLiteral("300"),
                    QStringLiteral("--out"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("Wrote %1: 300 facts of 100 generated articles, in English, "
                                    "Chinese and Russian.\n")
                         .arg(file));
    Repository store;
    ASSERT_TRUE(store.open(file, Repository::UserStore::OpenIfPresent));
    EXPECT_TRUE(store.userStoreProblem().isEmpty()) << store.userStoreProblem().toStdString();
    const std::optional<Data::Dataset> generated = store.loadUserStore();
    ASSERT_TRUE(generated);
    ASSERT_EQ(generated->facts.size(), 300);
    EXPECT_TRUE(generated->series.isEmpty());
    QSet<QString> sources;
    int han = 0, cyrillic = 0, latin = 0;
    for (const Data::Fact &f : generated->facts) {
        EXPECT_TRUE(f.quote.contains(f.asWritten)) << f.key.toStdString();
        EXPECT_TRUE(f.quote.contains(f.label)) << f.key.toStdString();
        EXPECT_FALSE(f.derived);
        EXPECT_EQ(f.unit, QStringLiteral("%"));
        EXPECT_EQ(f.periodStart.year(), f.periodLabel.toInt());
        sources.insert(f.source.key);
        han += f.quote.contains(QStringLiteral("同比"));
        cyrillic += f.quote.contains(QStringLiteral("годовом"));
        latin += f.quote.contains(QStringLiteral("year-on-year"));
    }
    EXPECT_EQ(sources.size(), 100);
    EXPECT_EQ(han, 100);
    EXPECT_EQ(cyrillic, 100);
    EXPECT_EQ(latin, 100);
    // The same N, the same facts.
    const QString again = m_home.filePath(QStringLiteral("again.sqlite"));
    ASSERT_EQ(run({QStringLiteral("generate"), QStringLiteral("--facts"), QStringLiteral("300"),
                   QStringLiteral("--out"), again})
                  .exitCode,
              0);
    Repository second;
    ASSERT_TRUE(second.open(again, Repository::UserStore::OpenIfPresent));
    const std::optional<Data::Dataset> same = second.loadUserStore();
    ASSERT_TRUE(same && same->facts.size() == 300);
    for (qsizetype i = 0; i < 300; ++i)
        EXPECT_EQ(same->facts.at(i).quote, generated->facts.at(i).quote);
    r = run({QStringLiteral("generate"), QStringLiteral("--facts"), QStringLiteral("0"),
             QStringLiteral("--out"), m_home.filePath(QStringLiteral("none.sqlite"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--facts must be from 1 to 5000000.")))
        << r.err.toStdString();
    r = run({QStringLiteral("facts"), QStringLiteral("--facts"), QStringLiteral("3")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--facts goes with the generate command.")))
        << r.err.toStdString();
}

// Qt aborts with six lines when no platform starts; the program says why in one and exits 1.
TEST_F(DashboardBinary, NoDisplayOrBadPlatformIsOneLineAndExitOne)
{
    const QStringList noDisplay{QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                                QStringLiteral("QT_QPA_PLATFORM")};
    for (const QStringList &arguments : {QStringList{}, QStringList{QStringLiteral("present")}}) {
        const Result r = run(arguments, noDisplay);
        EXPECT_EQ(r.exitCode, 1) << arguments.join(u' ').toStdString();
        EXPECT_EQ(r.err, QStringLiteral("sco-dashboard: Qt cannot start its display platform: "
                                        "there is no display (DISPLAY and WAYLAND_DISPLAY are "
                                        "not set). The window and present need a display; "
                                        "export, facts and series do not.\n"));
    }
    const Result bogus = run({QStringLiteral("-platform"), QStringLiteral("bogus")});
    EXPECT_EQ(bogus.exitCode, 1);
    EXPECT_EQ(bogus.err.count(u'\n'), 1) << bogus.err.toStdString();
    EXPECT_TRUE(bogus.err.contains(QStringLiteral("\"bogus\""))) << bogus.err.toStdString();
}

// Scripts read a command's stderr as its one line of error; Qt's chatter waits for --verbose.
TEST_F(DashboardBinary, QtWarningsAndTheStoreLogOnlyWithVerbose)
{
    const QString out = m_home.filePath(QStringLiteral("g.png"));
    const QStringList exportGrowth{QStringLiteral("export"), QStringLiteral("--chart"),
                                   QStringLiteral("growth"), QStringLiteral("--format"),
                                   QStringLiteral("png"),    QStringLiteral("--preset"),
                                   QStringLiteral("slide"),  QStringLiteral("--force"),
                                   QStringLiteral("--out"),  out};
    const QStringList noRuntimeDir{QStringLiteral("XDG_RUNTIME_DIR")};
    Result quiet = run(exportGrowth, noRuntimeDir);
    EXPECT_EQ(quiet.exitCode, 0) << quiet.err.toStdString();
    EXPECT_EQ(quiet.err, QString());
    Result verbose = run(QStringList(exportGrowth) << QStringLiteral("--verbose"), noRuntimeDir);
    EXPECT_EQ(verbose.exitCode, 0) << verbose.err.toStdString();
    EXPECT_TRUE(verbose.err.contains(QStringLiteral("XDG_RUNTIME_DIR")))
        << verbose.err.toStdString();

    QFile csv(m_home.filePath(QStringLiteral("in.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("Entity,Code,Year,Users (%)\nChina,CHN,2020,70\n");
    csv.close();
    verbose = run({QStringLiteral("import"), csv.fileName(), QStringLiteral("--verbose")});
    EXPECT_EQ(verbose.exitCode, 0) << verbose.err.toStdString();
    EXPECT_TRUE(verbose.err.contains(QStringLiteral("sco.repository: created user store")))
        << verbose.err.toStdString();
}

// A damaged user store leaves the article showing, says why on stderr and is never written.
TEST_F(DashboardBinary, UnreadableUserStoreIsNamedAndLeftAlone)
{
    const QString path = m_home.filePath(QStringLiteral("broken.sqlite"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("garbage");
    file.close();
    // A script gets one line and no rows, never the article's rows as if they were all.
    for (const char *command : {"facts", "series", "sources"}) {
        const Result r = run({QString::fromLatin1(command), QStringLiteral("--database"), path});
        EXPECT_EQ(r.exitCode, 1) << command;
        EXPECT_EQ(r.err,
                  QStringLiteral("Your own data in %1 is not shown: file is not a database. The "
                                 "file was left as it is.\n")
                      .arg(path))
            << command;
        EXPECT_EQ(r.out, QString()) << command;
    }
    EXPECT_EQ(TestSupport::readAll(path), QByteArray("garbage"));

    const Result import = run({QStringLiteral("import"), path, QStringLiteral("--database"), path});
    EXPECT_EQ(import.exitCode, 1);
    EXPECT_EQ(TestSupport::readAll(path), QByteArray("garbage"));
}

TEST_F(DashboardBinary, ImportSourcesSeriesAndRemoveSource)
{
    const QString csv = writeFile(QStringLiteral("users.csv"),
                                  "Entity,Code,Year,Users (%)\nChina,CHN,2020,70\nFrance,FRA,"
                                  "2020,80\n");
    const QString store = m_home.filePath(QStringLiteral("mine.sqlite"));
    const QStringList db{QStringLiteral("--database"), store};
    Result r = run(QStringList{QStringLiteral("import"), csv, QStringLiteral("--sco-only"),
                               QStringLiteral("--dry-run")} +
                   db);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("Dry run, nothing written: 1 added, 0 updated, 0 unchanged, "
                                    "1 skipped (1 not SCO members)\n"));
    r = run(QStringList{QStringLiteral("import"), csv} + db);
    EXPECT_EQ(r.out,
              QStringLiteral("Imported into %1: 2 added, 0 updated, 0 unchanged, 0 skipped\n")
                  .arg(store));
    r = run(QStringList{QStringLiteral("series"), QStringLiteral("--search"),
                        QStringLiteral("fra 2020"), QStringLiteral("--format"),
                        QStringLiteral("csv")} +
            db);
    EXPECT_EQ(r.out, QStringLiteral("series,indicator,entity,iso3,period,value,unit,source,"
                                    "series_key,source_id\r\n"
                                    "Users (%),,France,FRA,2020,80,%,Source: Our World in Data · "
                                    "Users (%) · CC BY 4.0,owid:users/users,owid:users\r\n"));
    r = run(
        QStringList{QStringLiteral("sources"), QStringLiteral("--format"), QStringLiteral("json")} +
        db);
    EXPECT_TRUE(r.out.contains(QStringLiteral("\"id\": \"owid:users\"")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("\"rows\": \"2\"")));
    r = run(QStringList{QStringLiteral("remove-source"), QStringLiteral("owid:users")} + db);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = run(QStringList{QStringLiteral("series"), QStringLiteral("--search"),
                        QStringLiteral("France")} +
            db);
    EXPECT_EQ(r.out.count(u'\n'), 1); // the header alone
    r = run(QStringList{QStringLiteral("remove-source"), QStringLiteral("chinadaily-2025-08-29")} +
            db);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.trimmed(), QStringLiteral("'chinadaily-2025-08-29' is part of the built-in "
                                              "dataset and cannot be removed."));
}

TEST_F(DashboardBinary, HelpAndVersionWork)
{
    const Result help = run({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--database <PATH>")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("facts")));
    const Result version = run({QStringLiteral("facts"), QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("sco-dashboard 0.")));
}

} // namespace

namespace {

class ExportCommandLine : public DashboardBinary
{
};

TEST_F(ExportCommandLine, ChartsListsIdsAndTitles)
{
    const Result r = run({QStringLiteral("charts")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral(
                         "growth\tGrowth indicators, year-on-year\n"
                         "trend\tDigital industry revenue growth, Jan–May, year-on-year\n"
                         "cooperation\tAreas of digital cooperation with SCO countries, by pillar\n"
                         "timeline\tTimeline of the events in the article\n"
                         "countries\tIndividuals using the Internet (% of population), by country\n"
                         "members\tSCO members compared: Individuals using the Internet (% of "
                         "population), latest year\n"));
}

// A Chinese PDF made here reads back as Chinese text elsewhere: the fonts travel inside it,
// and its text maps to the ideographs, not to look-alike radicals.
TEST_F(ExportCommandLine, ChinesePdfCarriesItsFontsAndReadsBack)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty())
        GTEST_SKIP() << "poppler-utils (pdftotext, pdffonts) is not installed";
    const QString pdf = m_home.filePath(QStringLiteral("growth-zh.pdf"));
    const Result r =
        run({QStringLiteral("export"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
             QStringLiteral("--chart"), QStringLiteral("growth"), QStringLiteral("--format"),
             QStringLiteral("pdf"), QStringLiteral("--preset"), QStringLiteral("slide"),
             QStringLiteral("--out"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString read = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(read.contains(QStringLiteral("增长指标（同比）"))) << read.toStdString();
    EXPECT_TRUE(read.contains(QStringLiteral("来源："))) << read.toStdString();
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {pdf});
    ASSERT_TRUE(fonts.waitForFinished(30000));
    const QStringList rows =
        QString::fromUtf8(fonts.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(rows.isEmpty());
    for (const QString &row : rows) {
        // name type encoding emb sub uni object ID: "emb" is the fourth column from the end.
        const QStringList columns = row.split(u' ', Qt::SkipEmptyParts);
        ASSERT_GE(columns.size(), 6) << row.toStdString();
        EXPECT_EQ(columns.at(columns.size() - 5), QStringLiteral("yes")) << row.toStdString();
    }
}

TEST_F(ExportCommandLine, WritesEveryChartHeadless)
{
    const QString folder = m_home.filePath(QStringLiteral("export"));
    const Result r =
        run({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"),
             QStringLiteral("png"), QStringLiteral("--preset"), QStringLiteral("projector"),
             QStringLiteral("--out"), folder});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    EXPECT_EQ(QDir(folder).entryList(QDir::Files).size(), 6);
    EXPECT_EQ(QImage(QDir(folder).filePath(QStringLiteral("timeline.png"))).size(),
              QSize(1024, 768));
}

struct ExportErrorCase
{
    QStringList arguments;
    int exitCode;
    const char *message;
};

class ExportErrors : public DashboardBinary, public ::testing::WithParamInterface<ExportErrorCase>
{
};

TEST_P(ExportErrors, OneClearMessageAndNoFile)
{
    const QString out = m_home.filePath(QStringLiteral("out.png"));
    QStringList arguments{QStringLiteral("export")};
    arguments += GetParam().arguments;
    arguments.replaceInStrings(QStringLiteral("OUT"), out);
    const Result r = run(arguments);
    EXPECT_EQ(r.exitCode, GetParam().exitCode);
    EXPECT_EQ(r.err.count(u'\n'), GetParam().exitCode == 2 ? 2 : 1)
        << "one message (and the --help hint for argument errors): " << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QString::fromUtf8(GetParam().message))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

INSTANTIATE_TEST_SUITE_P(
    CommandLine, ExportErrors,
    ::testing::Values(
        ExportErrorCase{
            {QStringLiteral("--chart"), QStringLiteral("pie"), QStringLiteral("--format"),
             QStringLiteral("png"), QStringLiteral("--preset"), QStringLiteral("slide"),
             QStringLiteral("--out"), QStringLiteral("OUT")},
            1,
            "Unknown chart 'pie'. Charts: growth, trend, cooperation, timeline, countries, "
            "members."},
        ExportErrorCase{{QStringLiteral("--chart"), QStringLiteral("growth"),
                         QStringLiteral("--format"), QStringLiteral("gif"),
                         QStringLiteral("--preset"), QStringLiteral("slide"),
                         QStringLiteral("--out"), QStringLiteral("OUT")},
                        2,
                        "Unknown export format 'gif'"},
        ExportErrorCase{{QStringLiteral("--chart"), QStringLiteral("growth"),
                         QStringLiteral("--format"), QStringLiteral("png"),
                         QStringLiteral("--size"), QStringLiteral("12x9000000"),
                         QStringLiteral("--out"), QStringLiteral("OUT")},
                        2,
                        "Invalid size '12x9000000'"},
        ExportErrorCase{{QStringLiteral("--chart"), QStringLiteral("growth"),
                         QStringLiteral("--format"), QStringLiteral("png"),
                         QStringLiteral("--preset"), QStringLiteral("huge"),
                         QStringLiteral("--out"), QStringLiteral("OUT")},
                        2,
                        "Unknown preset 'huge'. Presets: slide, 4k, projector, a4, square."},
        ExportErrorCase{{QStringLiteral("--format"), QStringLiteral("png"),
                         QStringLiteral("--preset"), QStringLiteral("slide"),
                         QStringLiteral("--out"), QStringLiteral("OUT")},
                        2,
                        "either --chart ID or --all"},
        ExportErrorCase{
            {QStringLiteral("--chart"), QStringLiteral("growth"), QStringLiteral("--format"),
             QStringLiteral("pdf"), QStringLiteral("--preset"), QStringLiteral("slide"),
             QStringLiteral("--transparent"), QStringLiteral("--out"), QStringLiteral("OUT")},
            2,
            "--transparent works with png and svg"},
        ExportErrorCase{{QStringLiteral("--chart"), QStringLiteral("growth"),
                         QStringLiteral("--format"), QStringLiteral("png"),
                         QStringLiteral("--preset"), QStringLiteral("slide"),
                         QStringLiteral("--out"), QStringLiteral("/proc/no-such-dir/out.png")},
                        1,
                        "Cannot write /proc/no-such-dir/out.png"}),
    [](const auto &param) { return "case" + std::to_string(param.index); });

} // namespace

namespace {

class PresentCommandLine : public DashboardBinary
{
};

TEST_F(PresentCommandLine, BadScreenOrIntervalIsOneClearMessage)
{
    const Result screen =
        run({QStringLiteral("present"), QStringLiteral("--screen"), QStringLiteral("9")});
    EXPECT_EQ(screen.exitCode, 2);
    EXPECT_TRUE(
        screen.err.contains(QStringLiteral("There is no screen 9; screens are numbered 0 to 0.")))
        << screen.err.toStdString();
    const Result interval =
        run({QStringLiteral("present"), QStringLiteral("--interval"), QStringLiteral("0")});
    EXPECT_EQ(interval.exitCode, 2);
    EXPECT_TRUE(interval.err.contains(QStringLiteral("Invalid interval '0'")));
    const Result misplaced =
        run({QStringLiteral("facts"), QStringLiteral("--interval"), QStringLiteral("5")});
    EXPECT_EQ(misplaced.exitCode, 2);
    EXPECT_TRUE(misplaced.err.contains(QStringLiteral("--interval goes with the present command")));
    const Result theme =
        run({QStringLiteral("present"), QStringLiteral("--theme"), QStringLiteral("neon")});
    EXPECT_EQ(theme.exitCode, 2);
    EXPECT_TRUE(theme.err.contains(QStringLiteral("Unknown theme 'neon'")));
}

TEST_F(PresentCommandLine, ShowStartsAndPaintsHeadless)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("SCO_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.start(TestSupport::dashboardBinary(),
                  {QStringLiteral("present"), QStringLiteral("--interval"), QStringLiteral("5"),
                   QStringLiteral("--theme"), QStringLiteral("dark")});
    ASSERT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
}

} // namespace

// The country charts of any imported series, for any countries, by script.
TEST_F(DashboardBinary, ExportChoosesTheCountrySeriesAndCountries)
{
    const QString csv = m_home.filePath(QStringLiteral("mobile.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Entity,Code,Year,Mobile (per 100 people)\nChina,CHN,2021,120\nIndia,IND,2021,80\n"
               "Russia,RUS,2021,160\n");
    file.close();
    const QStringList db{QStringLiteral("--database"), m_home.filePath(QStringLiteral("m.sqlite"))};
    ASSERT_EQ(run(QStringList{QStringLiteral("import"), csv} + db).exitCode, 0);
    const QString svg = m_home.filePath(QStringLiteral("members.svg"));
    const QStringList members{QStringLiteral("export"),
                              QStringLiteral("--chart"),
                              QStringLiteral("members"),
                              QStringLiteral("--format"),
                              QStringLiteral("svg"),
                              QStringLiteral("--preset"),
                              QStringLiteral("slide"),
                              QStringLiteral("--series"),
                              QStringLiteral("owid:mobile/mobile-per-100-people")};
    Result r = run(members +
                   QStringList{QStringLiteral("--countries"), QStringLiteral("chn,IND"),
                               QStringLiteral("--out"), svg} +
                   db);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QByteArray drawn = TestSupport::readAll(svg);
    EXPECT_TRUE(drawn.contains("Mobile (per 100 people)"));
    EXPECT_TRUE(drawn.contains(">China<") && drawn.contains(">India<"));
    EXPECT_FALSE(drawn.contains(">Russia<"));

    r = run(members +
            QStringList{QStringLiteral("--countries"), QStringLiteral("FRA"),
                        QStringLiteral("--out"), svg, QStringLiteral("--force")} +
            db);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, QStringLiteral("The series 'owid:mobile/mobile-per-100-people' has no rows "
                                    "for FRA.\n"));
    r = run({QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("growth"),
             QStringLiteral("--series"), QStringLiteral("x"), QStringLiteral("--format"),
             QStringLiteral("png"), QStringLiteral("--preset"), QStringLiteral("slide"),
             QStringLiteral("--out"), m_home.filePath(QStringLiteral("g.png"))});
    EXPECT_EQ(r.exitCode, 2);
}
