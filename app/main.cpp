// SPDX-License-Identifier: MIT
// sco-dashboard: parses the command line, then runs a command or opens the window.
#include "appinfo.h"
#include "cli/commandline.h"
#include "commands/exportcommand.h"
#include "commands/extractcommand.h"
#include "commands/factscommand.h"
#include "commands/generatecommand.h"
#include "commands/importcommand.h"
#include "commands/seriescommand.h"
#include "commands/teamstorecommand.h"
#include "dashboardapplication.h"
#include "i18n/translation.h"
#include "interfacelanguage.h"
#include "platformfailurereport.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <cstdio>
#include <optional>
#include <type_traits>

namespace {

void print(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// Runs a command that produces output or an error message, inside an application of type App.
template <typename App, typename CommandType>
int runCommand(const Invocation &invocation, int argc, char **argv)
{
    std::optional<PlatformFailureReport> platformReport(std::in_place);
    App app(argc, argv);
    platformReport.reset();
    const QString language =
        invocation.language.isEmpty() ? Translation::systemDefault() : invocation.language;
    if constexpr (std::is_base_of_v<QGuiApplication, App>)
        InterfaceLanguage::apply(language); // a font for the charts' Chinese text too
    else
        Translation::apply(language);
    CommandType command;
    QFile out;
    out.open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle);
    command.setOutputDevice(&out);
    const bool ok = command.run(invocation);
    out.flush();
    if (!command.warning().isEmpty())
        print(stderr, (QStringLiteral("sco-dashboard: ") + command.warning() + u'\n').toUtf8());
    if (!ok) {
        print(stderr, (command.errorString() + u'\n').toUtf8());
        return 1;
    }
    print(stdout, command.output());
    return 0;
}

QtMessageHandler defaultMessageHandler = nullptr;

// A command's stderr is its one line of error or warning, which scripts read. Qt's own warnings
// (a headless session's missing XDG_RUNTIME_DIR, fonts, chart ranges) and the store's debug
// log are shown with --verbose only; a fatal message always goes through.
void onlyFatalMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtFatalMsg)
        defaultMessageHandler(type, context, message);
}

void quietUnlessVerbose(const Invocation &invocation)
{
    if (invocation.verbose) {
        QLoggingCategory::setFilterRules(QStringLiteral("sco.*.debug=true"));
        return;
    }
    defaultMessageHandler = qInstallMessageHandler(onlyFatalMessages);
}

// Chart commands draw with QtCharts, which needs a QApplication; without a display they use
// the offscreen platform.
int runChartCommand(const Invocation &invocation, int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return runCommand<QApplication, ExportCommand>(invocation, argc, argv);
}

// The language --lang names, read before the parser runs: so the help and a parse error, which
// come before any invocation, are in it too. The system's when absent or not supported.
QString requestedLanguage(const QStringList &arguments)
{
    QString code;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang" || arguments.at(i) == u"-lang")
            code = arguments.value(i + 1);
        else if (arguments.at(i).startsWith(QStringLiteral("--lang=")))
            code = arguments.at(i).mid(7);
    }
    code = Translation::canonical(code);
    return Translation::isSupported(code) ? code : Translation::systemDefault();
}

// --help, or the one line of a bad command line, in the requested language: the translator is
// installed first and the parser built after it, so its option descriptions are translated.
int printHelpOrError(const QStringList &arguments, int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Translation::apply(requestedLanguage(arguments));
    CommandLine commandLine;
    // Arguments that are not UTF-8 never reach the parser: decoding them names the bad one.
    if (arguments.isEmpty())
        commandLine.decode(argc, argv);
    else
        commandLine.parse(arguments);
    if (commandLine.helpRequested()) {
        print(stdout, commandLine.helpText().toUtf8());
        return 0;
    }
    const QString error = commandLine.errorString();
    print(stderr, QCoreApplication::translate("main", "sco-dashboard: %1\nTry "
                                                      "'sco-dashboard --help'.\n")
                      .arg(error)
                      .toUtf8());
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    AppInfo::apply();
    // The store logs its steps for debugging; people and scripts read the error values instead.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("sco.*.debug=false"));
    CommandLine commandLine;
    const std::optional<QStringList> arguments = commandLine.decode(argc, argv);
    const std::optional<Invocation> invocation =
        arguments ? commandLine.parse(*arguments) : std::nullopt;
    if (commandLine.versionRequested()) {
        print(stdout, (commandLine.versionText() + u'\n').toUtf8());
        return 0;
    }
    if (commandLine.helpRequested() || !invocation)
        return printHelpOrError(arguments.value_or(QStringList()), argc, argv);
    if (invocation->command != Invocation::Command::Gui &&
        invocation->command != Invocation::Command::Present)
        quietUnlessVerbose(*invocation);
    switch (invocation->command) {
    case Invocation::Command::Facts:
        return runCommand<QCoreApplication, FactsCommand>(*invocation, argc, argv);
    case Invocation::Command::Import:
    case Invocation::Command::Sources:
    case Invocation::Command::RemoveSource:
    case Invocation::Command::CheckStore:
        return runCommand<QCoreApplication, ImportCommand>(*invocation, argc, argv);
    case Invocation::Command::Series:
        return runCommand<QCoreApplication, SeriesCommand>(*invocation, argc, argv);
    case Invocation::Command::Extract:
        return runCommand<QCoreApplication, ExtractCommand>(*invocation, argc, argv);
    case Invocation::Command::InitStore:
    case Invocation::Command::GrantStore:
        return runCommand<QCoreApplication, TeamStoreCommand>(*invocation, argc, argv);
    case Invocation::Command::Generate:
        return runCommand<QCoreApplication, GenerateCommand>(*invocation, argc, argv);
    case Invocation::Command::Charts:
    case Invocation::Command::Export:
        return runChartCommand(*invocation, argc, argv);
    case Invocation::Command::Gui:
    case Invocation::Command::Present:
        break;
    }
    return DashboardApplication::runWindow(*invocation, argc, argv);
}
