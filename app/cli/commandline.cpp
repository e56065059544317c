// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "export/factlistwriter.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

const QCommandLineOption databaseOption(QStringLiteral("database"),
                                        QStringLiteral("Use the dashboard database at PATH."),
                                        QStringLiteral("PATH"));
const QCommandLineOption searchOption(QStringLiteral("search"),
                                      QStringLiteral("facts: only facts matching TEXT."),
                                      QStringLiteral("TEXT"));
const QCommandLineOption formatOption(QStringLiteral("format"),
                                      QStringLiteral("facts: table (default), csv or json."),
                                      QStringLiteral("FORMAT"), QStringLiteral("table"));

} // namespace

CommandLine::CommandLine()
{
    m_parser.setApplicationDescription(
        tr("SCO Digital Cooperation Dashboard: the figures of China Daily, 29 Aug 2025, "
           "\"Digital tech boom offers opportunities\", each with its source sentence.\n\n"
           "Commands:\n"
           "  (none)   open the dashboard window\n"
           "  facts    print the facts with their quotes and sources"));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({databaseOption, searchOption, formatOption});
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("facts, or none for the window."),
                                   QStringLiteral("[command]"));
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
    if (positional.size() > 1)
        return fail(tr("Unexpected argument '%1'.").arg(positional.at(1)));
    const QString command = positional.value(0);
    if (command.isEmpty())
        invocation.command = Invocation::Command::Gui;
    else if (command == u"facts")
        invocation.command = Invocation::Command::Facts;
    else
        return fail(tr("Unknown command '%1'. Commands: facts.").arg(command));

    if (m_parser.isSet(databaseOption)) {
        invocation.databasePath = m_parser.value(databaseOption);
        if (invocation.databasePath.isEmpty())
            return fail(tr("--database needs a file path."));
    }
    const bool factsOnly = m_parser.isSet(searchOption) || m_parser.isSet(formatOption);
    if (factsOnly && invocation.command != Invocation::Command::Facts)
        return fail(tr("--search and --format go with the facts command."));
    invocation.search = m_parser.value(searchOption);
    invocation.format = m_parser.value(formatOption);
    FactListWriter::Format format;
    if (!FactListWriter::parseFormat(invocation.format, &format))
        return fail(tr("Unknown format '%1'. Use table, csv or json.").arg(invocation.format));
    return invocation;
}

QString CommandLine::helpText() const
{
    return m_parser.helpText();
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
