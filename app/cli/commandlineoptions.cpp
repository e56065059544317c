// SPDX-License-Identifier: MIT
#include "commandlineoptions.h"

#include <QCoreApplication>

namespace {

// An option's description, marked for lupdate; CommandLine translates it when it builds the
// parser, once the translator of --lang is installed.
QString described(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

namespace CommandLineOptions {

const QCommandLineOption databaseOption(
    QStringLiteral("database"),
    described(QT_TRANSLATE_NOOP("CommandLine", "Use the dashboard database at PATH.")),
    QStringLiteral("PATH"));
const QCommandLineOption searchOption(
    QStringLiteral("search"),
    described(QT_TRANSLATE_NOOP("CommandLine", "facts, series: only rows matching TEXT.")),
    QStringLiteral("TEXT"));
const QCommandLineOption formatOption(
    QStringLiteral("format"),
    described(QT_TRANSLATE_NOOP("CommandLine", "facts, series, sources: table (default), "
                                               "csv or json. export: png, svg or pdf. "
                                               "import: auto (default), facts, owid or "
                                               "worldbank.")),
    QStringLiteral("FORMAT"));
const QCommandLineOption
    scoOnlyOption(QStringLiteral("sco-only"),
                  described(QT_TRANSLATE_NOOP("CommandLine", "import: keep only the ten SCO member "
                                                             "states.")));
const QCommandLineOption sourceNameOption(
    QStringLiteral("source-name"),
    described(QT_TRANSLATE_NOOP("CommandLine", "import: the publisher to credit.")),
    QStringLiteral("TEXT"));
const QCommandLineOption sourceUrlOption(
    QStringLiteral("source-url"),
    described(QT_TRANSLATE_NOOP("CommandLine", "import: where the file came from.")),
    QStringLiteral("URL"));
const QCommandLineOption dryRunOption(
    QStringLiteral("dry-run"),
    described(QT_TRANSLATE_NOOP("CommandLine", "import: check the file and report what "
                                               "would change; write nothing.")));
const QCommandLineOption seriesOption(
    QStringLiteral("series"),
    described(QT_TRANSLATE_NOOP(
        "CommandLine", "export: the country series the countries and members charts show (its "
                       "series_key in 'series --format csv').")),
    QStringLiteral("KEY"));
const QCommandLineOption countriesOption(
    QStringLiteral("countries"),
    described(QT_TRANSLATE_NOOP(
        "CommandLine", "export: the countries those charts show, as ISO 3166 codes (CHN,IND,RUS); "
                       "the SCO members by default.")),
    QStringLiteral("ISO3,…"));
const QCommandLineOption fromOption(
    QStringLiteral("from"),
    described(QT_TRANSLATE_NOOP("CommandLine",
                                "export: the first year the countries and members charts show.")),
    QStringLiteral("YEAR"));
const QCommandLineOption decimalsOption(
    QStringLiteral("decimals"),
    described(QT_TRANSLATE_NOOP("CommandLine",
                                "export: decimals of the members chart's value labels, 0 to 3; "
                                "three significant digits by default.")),
    QStringLiteral("N"));
const QCommandLineOption toOption(
    QStringLiteral("to"),
    described(QT_TRANSLATE_NOOP("CommandLine",
                                "export: the last year those charts show; the members chart "
                                "compares each country's latest year up to it.")),
    QStringLiteral("YEAR"));
const QCommandLineOption updateSourceOption(
    QStringLiteral("update-source"),
    described(QT_TRANSLATE_NOOP(
        "CommandLine", "import: replace the values of a source already in the store (a newer "
                       "version of the same file); without it such an import is refused.")));
const QCommandLineOption labelOption(
    QStringLiteral("label"),
    described(QT_TRANSLATE_NOOP("CommandLine", "import: the name of the one series an OWID or "
                                               "World Bank file holds, over the file's own.")),
    QStringLiteral("TEXT"));
const QCommandLineOption unitOption(
    QStringLiteral("unit"),
    described(QT_TRANSLATE_NOOP("CommandLine", "import: that series' unit, e.g. % or "
                                               "\"per 100 people\", over the file's own.")),
    QStringLiteral("TEXT"));
const QCommandLineOption
    chartOption(QStringLiteral("chart"),
                described(QT_TRANSLATE_NOOP("CommandLine", "export: the chart ID (see 'charts').")),
                QStringLiteral("ID"));
const QCommandLineOption
    allOption(QStringLiteral("all"),
              described(QT_TRANSLATE_NOOP("CommandLine", "export: every chart, one file each, into "
                                                         "the folder --out.")));
const QCommandLineOption presetOption(
    QStringLiteral("preset"),
    described(QT_TRANSLATE_NOOP("CommandLine", "export: slide, 4k, projector, a4 or square.")),
    QStringLiteral("NAME"));
const QCommandLineOption sizeOption(
    QStringLiteral("size"),
    described(QT_TRANSLATE_NOOP("CommandLine", "export: output size in pixels, e.g. 1600x900.")),
    QStringLiteral("WxH"));
const QCommandLineOption
    dpiOption(QStringLiteral("dpi"),
              described(QT_TRANSLATE_NOOP("CommandLine", "export: resolution written into the file "
                                                         "(PDF page size = size / dpi).")),
              QStringLiteral("N"));
const QCommandLineOption themeOption(
    QStringLiteral("theme"),
    described(QT_TRANSLATE_NOOP("CommandLine", "export: light (default), dark or projector. "
                                               "present: projector (default), light or dark.")),
    QStringLiteral("NAME"));
const QCommandLineOption screenOption(
    QStringLiteral("screen"),
    described(QT_TRANSLATE_NOOP("CommandLine", "present: the screen to present on, from 0.")),
    QStringLiteral("N"));
const QCommandLineOption intervalOption(
    QStringLiteral("interval"),
    described(QT_TRANSLATE_NOOP("CommandLine", "present: advance every S seconds, looping.")),
    QStringLiteral("S"));
const QCommandLineOption
    transparentOption(QStringLiteral("transparent"),
                      described(QT_TRANSLATE_NOOP("CommandLine", "export: transparent background "
                                                                 "(PNG, SVG).")));
const QCommandLineOption noFooterOption(
    QStringLiteral("no-footer"),
    described(QT_TRANSLATE_NOOP("CommandLine", "export: leave out the source line.")));
const QCommandLineOption noTitleOption(
    QStringLiteral("no-title"),
    described(QT_TRANSLATE_NOOP("CommandLine", "export: leave out the chart title.")));
const QCommandLineOption forceOption(
    QStringLiteral("force"),
    described(QT_TRANSLATE_NOOP("CommandLine", "export: replace files that already exist.")));
const QCommandLineOption verboseOption(
    QStringLiteral("verbose"),
    described(QT_TRANSLATE_NOOP("CommandLine", "commands: also print Qt's own warnings "
                                               "and the store's log on stderr.")));
const QCommandLineOption langOption(
    QStringLiteral("lang"),
    described(QT_TRANSLATE_NOOP("CommandLine", "the language of the window and the output: "
                                               "en, zh_CN (or zh) or ru; by default the "
                                               "system's. extract: also the article's, which is "
                                               "otherwise told from its letters.")),
    QStringLiteral("CODE"));
const QCommandLineOption
    rowsOption(QStringLiteral("rows"),
               described(QT_TRANSLATE_NOOP("CommandLine", "generate: the number of observations.")),
               QStringLiteral("N"));
const QCommandLineOption factsOption(
    QStringLiteral("facts"),
    described(QT_TRANSLATE_NOOP("CommandLine", "generate: the number of facts, each with its "
                                               "sentence, period and source, in three languages.")),
    QStringLiteral("N"));
const QCommandLineOption outOption(
    QStringLiteral("out"),
    described(QT_TRANSLATE_NOOP("CommandLine", "export: the file, or the folder with --all.")),
    QStringLiteral("PATH"));

const QList<QCommandLineOption> &exportOptions()
{
    static const QList<QCommandLineOption> options{
        chartOption,       allOption,       presetOption,  sizeOption, dpiOption,
        transparentOption, noFooterOption,  noTitleOption, outOption,  forceOption,
        seriesOption,      countriesOption, fromOption,    toOption,   decimalsOption};
    return options;
}

const QList<QCommandLineOption> &importOptions()
{
    static const QList<QCommandLineOption> options{
        scoOnlyOption,      sourceNameOption, sourceUrlOption, dryRunOption,
        updateSourceOption, labelOption,      unitOption};
    return options;
}

const QList<QCommandLineOption> &presentOptions()
{
    static const QList<QCommandLineOption> options{screenOption, intervalOption};
    return options;
}

QList<QCommandLineOption> qtOptions()
{
    QList<QCommandLineOption> options;
    for (const char *name : {"platform", "platformtheme", "platformpluginpath", "plugin",
                             "geometry", "qwindowgeometry", "qwindowtitle", "qwindowicon", "style",
                             "stylesheet", "display", "session", "qmljsdebugger"}) {
        QCommandLineOption option(QString::fromLatin1(name), QString(), QStringLiteral("value"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        options << option;
    }
    for (const char *name : {"reverse", "nograb", "dograb", "sync", "widgetcount"}) {
        QCommandLineOption option(QString::fromLatin1(name));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        options << option;
    }
    return options;
}

bool isTheme(const QString &name)
{
    return name == u"light" || name == u"dark" || name == u"projector";
}

} // namespace CommandLineOptions
