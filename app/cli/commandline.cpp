// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "commandlineoptions.h"
#include "export/factlistwriter.h"
#include "extractoptions.h"
#include "i18n/translation.h"
#include "search/searchfolding.h"
#include "store/storegenerator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringDecoder>

using namespace CommandLineOptions;

QString CommandLine::summary()
{
    return tr("SCO Digital Cooperation Dashboard: the figures of China Daily, 29 Aug 2025, "
              "\"Digital tech boom offers opportunities\", each with its source sentence.");
}

QList<CommandLine::Command> CommandLine::commands()
{
    return {
        {QStringLiteral("(none)"), tr("open the dashboard window")},
        {QStringLiteral("FILE"), tr("open the window and preview importing FILE")},
        {QStringLiteral("facts"), tr("print the facts with their quotes and sources")},
        {QStringLiteral("charts"), tr("list the chart IDs and titles")},
        {QStringLiteral("export"), tr("write charts as PNG, SVG or PDF, e.g.\n"
                                      "export --all --format png --preset slide "
                                      "--out ./dashboard-export")},
        {QStringLiteral("present"), tr("full-screen slide show; Esc ends it")},
        {QStringLiteral("import FILE"),
         tr("add a facts CSV, an OWID CSV or a World Bank CSV to your store")},
        {QStringLiteral("extract FILE"),
         tr("propose the figures of an article (text, HTML or PDF), each with its\n"
            "sentence; --format csv writes a facts CSV that import keeps")},
        {QStringLiteral("series"), tr("print every observation of every series")},
        {QStringLiteral("sources"), tr("list the sources with their licence and row count")},
        {QStringLiteral("remove-source ID"), tr("remove an imported source and all it brought")},
        {QStringLiteral("generate"), tr("write a new store of generated rows for benchmarks, e.g.\n"
                                        "generate --rows 1000000 --out bench.sqlite")},
        {QStringLiteral("store check"),
         tr("read every page of your store; other commands do that only\n"
            "when it changed outside the dashboard")},
        {QStringLiteral("store init"),
         tr("make a team store on the PostgreSQL server --database names")},
        {QStringLiteral("store grant USER ROLE"),
         tr("let a login role read (reader) or change (editor) the team store")},
    };
}

QString CommandLine::storeNote()
{
    return tr("Your own data lives in user-data.sqlite in the application data folder;\n"
              "--database PATH uses another file (import creates it).");
}

// The commands as --help lists them: names in one column, summaries wrapped beside them.
static QString commandsHelp()
{
    qsizetype width = 0;
    for (const CommandLine::Command &command : CommandLine::commands())
        width = std::max(width, command.usage.size());
    QString text = CommandLine::tr("Commands:") + u'\n';
    for (const CommandLine::Command &command : CommandLine::commands()) {
        const QStringList lines = command.summary.split(u'\n');
        text +=
            QStringLiteral("  ") + command.usage.leftJustified(width + 2) + lines.first() + u'\n';
        for (qsizetype i = 1; i < lines.size(); ++i)
            text += QString(width + 4, u' ') + lines.at(i) + u'\n';
    }
    return text;
}

CommandLine::CommandLine()
{
    m_parser.setApplicationDescription(summary() + QStringLiteral("\n\n") + commandsHelp() + u'\n' +
                                       storeNote());
    // Qt's own options are single-dash words (-platform, -geometry).
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_options << databaseOption << searchOption << formatOption << exportOptions() << themeOption
              << presentOptions() << importOptions() << ExtractOptions::options() << rowsOption
              << factsOption << langOption << verboseOption;
    for (QCommandLineOption &option : m_options)
        option.setDescription(tr(option.description().toUtf8().constData()));
    m_parser.addOptions(m_options);
    m_parser.addOptions(qtOptions());
    m_parser.addPositionalArgument(QStringLiteral("command"),
                                   tr("facts, charts or export; none opens the window."),
                                   QStringLiteral("[command]"));
}

std::optional<QStringList> CommandLine::decode(int argc, const char *const *argv)
{
    m_error.clear();
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        const QByteArray bytes(argv[i]);
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8.decode(bytes);
        if (utf8.hasError()) {
            QString shown;
            for (const char c : bytes) {
                const auto byte = uchar(c);
                shown += byte < 0x80 && byte >= 0x20
                             ? QString(QLatin1Char(c))
                             : QStringLiteral("\\x%1").arg(byte, 2, 16, QChar(u'0'));
            }
            fail(tr("Argument %1 ('%2') is not valid UTF-8, so it cannot name a file here; "
                    "rename the file or choose another path.")
                     .arg(i)
                     .arg(shown));
            return std::nullopt;
        }
        arguments << text;
    }
    return arguments;
}

std::optional<Invocation> CommandLine::parse(const QStringList &arguments)
{
    m_helpRequested = m_versionRequested = false;
    m_error.clear();
    if (!m_parser.parse(arguments))
        return fail(m_parser.errorText());
    m_helpRequested = m_parser.isSet(QStringLiteral("help"));
    m_versionRequested = m_parser.isSet(QStringLiteral("version"));

    Invocation invocation;
    const QStringList positional = m_parser.positionalArguments();
    const QString command = positional.value(0);
    const bool takesArgument = command == u"import" || command == u"remove-source" ||
                               command == u"store" || command == u"extract";
    const qsizetype allowed = command == u"store" && positional.value(1) == u"grant" ? 4
                              : takesArgument                                        ? 2
                                                                                     : 1;
    if (positional.size() > allowed)
        return fail(tr("Unexpected argument '%1'.").arg(positional.at(allowed)));
    if (positional.isEmpty())
        invocation.command = Invocation::Command::Gui;
    else if (command.isEmpty())
        return fail(tr("An empty argument is neither a command nor a file."));
    else if (command == u"facts")
        invocation.command = Invocation::Command::Facts;
    else if (command == u"charts")
        invocation.command = Invocation::Command::Charts;
    else if (command == u"export")
        invocation.command = Invocation::Command::Export;
    else if (command == u"present")
        invocation.command = Invocation::Command::Present;
    else if (command == u"import")
        invocation.command = Invocation::Command::Import;
    else if (command == u"sources")
        invocation.command = Invocation::Command::Sources;
    else if (command == u"remove-source")
        invocation.command = Invocation::Command::RemoveSource;
    else if (command == u"series")
        invocation.command = Invocation::Command::Series;
    else if (command == u"generate")
        invocation.command = Invocation::Command::Generate;
    else if (command == u"extract")
        invocation.command = Invocation::Command::Extract;
    else if (command == u"store" && positional.value(1) == u"check")
        invocation.command = Invocation::Command::CheckStore;
    else if (command == u"store" && positional.value(1) == u"init")
        invocation.command = Invocation::Command::InitStore;
    else if (command == u"store" && positional.value(1) == u"grant") {
        invocation.command = Invocation::Command::GrantStore;
        invocation.grantUser = positional.value(2);
        invocation.grantRole = positional.value(3);
        if (invocation.grantUser.isEmpty() ||
            (invocation.grantRole != u"reader" && invocation.grantRole != u"editor"))
            return fail(tr("store grant needs a user and a role: store grant USER reader|editor."));
    } else if (command == u"store")
        return fail(positional.size() < 2 ? tr("store needs an action: store check, init or grant.")
                                          : tr("Unknown store action '%1'. Actions: check, init, "
                                               "grant.")
                                                .arg(positional.at(1)));
    else if (QFileInfo(command).isFile())
        invocation.importFile = command; // the window, opening the file's import preview
    else
        return fail(tr("Unknown command '%1'. Commands: facts, charts, export, present, import, "
                       "extract, series, sources, remove-source, generate, store.")
                        .arg(command));

    invocation.verbose = m_parser.isSet(verboseOption);
    invocation.language = Translation::canonical(m_parser.value(langOption));
    if (m_parser.isSet(langOption) && !Translation::isSupported(invocation.language))
        return fail(
            tr("Unknown language '%1'. Languages: en, zh_CN, ru.").arg(invocation.language));
    if (m_parser.isSet(databaseOption)) {
        invocation.databasePath = m_parser.value(databaseOption);
        if (invocation.databasePath.isEmpty())
            return fail(tr("--database needs a file path."));
    }
    if (invocation.command != Invocation::Command::Present) {
        for (const QCommandLineOption &option : presentOptions()) {
            if (m_parser.isSet(option))
                return fail(tr("--%1 goes with the present command.").arg(option.names().first()));
        }
    }
    if (invocation.command != Invocation::Command::Import) {
        for (const QCommandLineOption &option : importOptions()) {
            if (m_parser.isSet(option))
                return fail(tr("--%1 goes with the import command.").arg(option.names().first()));
        }
    }
    if (invocation.command != Invocation::Command::Extract) {
        for (const QCommandLineOption &option : ExtractOptions::options()) {
            if (m_parser.isSet(option))
                return fail(tr("--%1 goes with the extract command.").arg(option.names().first()));
        }
    } else {
        invocation.articleFile = positional.value(1);
        if (invocation.articleFile.isEmpty())
            return fail(tr("extract needs the article: a text, HTML or PDF file."));
        QString error;
        const std::optional<ArticleCitation> given = ExtractOptions::given(m_parser, &error);
        if (!given)
            return fail(error);
        invocation.articleCitation = *given;
    }
    if (invocation.command == Invocation::Command::Import ||
        invocation.command == Invocation::Command::RemoveSource)
        return parseImport(invocation, positional.value(1));
    if (invocation.command == Invocation::Command::Export)
        return parseExport(invocation);
    if (invocation.command == Invocation::Command::Generate)
        return parseGenerate(invocation);
    for (const QCommandLineOption &option : {rowsOption, factsOption}) {
        if (m_parser.isSet(option))
            return fail(tr("--%1 goes with the generate command.").arg(option.names().first()));
    }
    for (const QCommandLineOption &option : exportOptions()) {
        if (m_parser.isSet(option))
            return fail(tr("--%1 goes with the export command.").arg(option.names().first()));
    }
    if (invocation.command == Invocation::Command::Present)
        return parsePresent(invocation);
    if (m_parser.isSet(themeOption))
        return fail(tr("--theme goes with the export and present commands."));
    const bool listing = invocation.command == Invocation::Command::Facts ||
                         invocation.command == Invocation::Command::Series ||
                         invocation.command == Invocation::Command::Sources ||
                         invocation.command == Invocation::Command::Extract;
    if ((m_parser.isSet(formatOption) && !listing) ||
        (m_parser.isSet(searchOption) && invocation.command != Invocation::Command::Facts &&
         invocation.command != Invocation::Command::Series))
        return fail(tr("--search and --format go with the facts and series commands "
                       "(--format also with sources and extract)."));
    invocation.search = m_parser.value(searchOption);
    if (const int words = SearchFolding::termCount(invocation.search);
        words > SearchFolding::kMaxTerms)
        return fail(tr("--search has %1 different words; at most %2 are searched. Use fewer, "
                       "longer words.")
                        .arg(words)
                        .arg(SearchFolding::kMaxTerms));
    if (m_parser.isSet(formatOption))
        invocation.format = m_parser.value(formatOption);
    FactListWriter::Format format;
    if (!FactListWriter::parseFormat(invocation.format, &format))
        return fail(tr("Unknown format '%1'. Use table, csv or json.").arg(invocation.format));
    return invocation;
}

std::optional<Invocation> CommandLine::parseGenerate(Invocation invocation)
{
    for (const QCommandLineOption &option : exportOptions()) {
        if (option.names() != outOption.names() && m_parser.isSet(option))
            return fail(tr("--%1 goes with the export command.").arg(option.names().first()));
    }
    bool ok = true;
    if (m_parser.isSet(factsOption)) {
        invocation.facts = m_parser.value(factsOption).toLongLong(&ok);
        if (!ok || invocation.facts < 1 || invocation.facts > StoreGenerator::kMaxFacts)
            return fail(tr("--facts must be from 1 to %1.").arg(StoreGenerator::kMaxFacts));
    }
    if (m_parser.isSet(rowsOption) || invocation.facts == 0) {
        invocation.rows = m_parser.value(rowsOption).toLongLong(&ok);
        if (!ok || invocation.rows < 1)
            return fail(tr("generate needs --rows N, a whole number of at least 1, or "
                           "--facts N."));
    }
    if (invocation.rows > StoreGenerator::kMaxRows) // a bad argument, so exit 2
        return fail(tr("--rows must be from 1 to %1.").arg(StoreGenerator::kMaxRows));
    invocation.outPath = m_parser.value(outOption);
    if (invocation.outPath.isEmpty())
        return fail(tr("generate needs --out FILE, a file that does not exist yet."));
    return invocation;
}

std::optional<Invocation> CommandLine::parseImport(Invocation invocation, const QString &argument)
{
    if (m_parser.isSet(searchOption))
        return fail(tr("--search goes with the facts and series commands."));
    if (invocation.command == Invocation::Command::RemoveSource) {
        if (m_parser.isSet(formatOption))
            return fail(tr("--format does not go with remove-source."));
        if (argument.isEmpty())
            return fail(tr("remove-source needs the ID of a source (see 'sources')."));
        invocation.sourceId = argument;
        return invocation;
    }
    if (argument.isEmpty())
        return fail(tr("import needs a FILE."));
    invocation.importFile = argument;
    ImportOptions &options = invocation.importOptions;
    if (m_parser.isSet(formatOption) &&
        !ImportOptions::parseFormat(m_parser.value(formatOption), &options.format))
        return fail(tr("Unknown import format '%1'. Use auto, facts, owid or worldbank.")
                        .arg(m_parser.value(formatOption)));
    options.scoOnly = m_parser.isSet(scoOnlyOption);
    options.sourceName = m_parser.value(sourceNameOption);
    options.sourceUrl = m_parser.value(sourceUrlOption);
    options.dryRun = m_parser.isSet(dryRunOption);
    options.updateSource = m_parser.isSet(updateSourceOption);
    options.seriesLabel = m_parser.value(labelOption).trimmed();
    options.seriesUnit = m_parser.value(unitOption).trimmed();
    return invocation;
}

std::optional<Invocation> CommandLine::parsePresent(Invocation invocation)
{
    if (m_parser.isSet(searchOption) || m_parser.isSet(formatOption))
        return fail(tr("--search and --format go with the facts command."));
    if (m_parser.isSet(screenOption)) {
        bool ok = false;
        invocation.screen = m_parser.value(screenOption).toInt(&ok);
        if (!ok || invocation.screen < 0)
            return fail(tr("Invalid screen '%1'. Use 0 for the first screen, 1 for the second.")
                            .arg(m_parser.value(screenOption)));
    }
    if (m_parser.isSet(intervalOption)) {
        bool ok = false;
        invocation.intervalSeconds = m_parser.value(intervalOption).toInt(&ok);
        if (!ok || invocation.intervalSeconds < 1 || invocation.intervalSeconds > 3600)
            return fail(tr("Invalid interval '%1'. Use whole seconds from 1 to 3600.")
                            .arg(m_parser.value(intervalOption)));
    }
    if (m_parser.isSet(themeOption)) {
        invocation.presentTheme = m_parser.value(themeOption);
        if (!isTheme(invocation.presentTheme))
            return fail(tr("Unknown theme '%1'. Themes: light, dark, projector.")
                            .arg(invocation.presentTheme));
    }
    return invocation;
}

QString CommandLine::helpText() const
{
    // Parsed before any QCoreApplication exists, so Qt cannot name the program itself.
    QString text = m_parser.helpText();
    text.replace(QStringLiteral("<executable_name>"), QStringLiteral("sco-dashboard"));
    return text;
}

QString CommandLine::versionText() const
{
    return QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
}

std::optional<Invocation> CommandLine::fail(const QString &message)
{
    m_error = message;
    return std::nullopt;
}
