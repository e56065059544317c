// SPDX-License-Identifier: MIT
#include "manpagewriter.h"

#include "commandline.h"

#include <QCommandLineOption>
#include <QStringList>

namespace {

QString joinLines(const QString &text)
{
    return QString(text).replace(u'\n', u' ');
}

QString optionTag(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << (name.size() == 1 ? QStringLiteral("\\fB\\-") : QStringLiteral("\\fB\\-\\-")) +
                     ManPageWriter::escape(name) + QStringLiteral("\\fR");
    QString tag = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        tag += QStringLiteral(" \\fI") + ManPageWriter::escape(option.valueName()) +
               QStringLiteral("\\fR");
    return tag;
}

void addCommands(QStringList &lines)
{
    lines << QStringLiteral(".SH COMMANDS");
    for (const CommandLine::Command &command : CommandLine::commands()) {
        const QStringList summary = command.summary.split(u'\n');
        lines << QStringLiteral(".TP")
              << QStringLiteral("\\fB") + ManPageWriter::escape(command.usage) +
                     QStringLiteral("\\fR")
              << ManPageWriter::escape(summary.first());
        if (summary.size() > 1) {
            lines << QStringLiteral(".RS") << QStringLiteral(".nf");
            for (qsizetype i = 1; i < summary.size(); ++i)
                lines << QStringLiteral("sco\\-dashboard ") + ManPageWriter::escape(summary.at(i));
            lines << QStringLiteral(".fi") << QStringLiteral(".RE");
        }
    }
}

void addOptions(QStringList &lines, const CommandLine &commandLine)
{
    lines << QStringLiteral(".SH OPTIONS") << QStringLiteral(".TP")
          << QStringLiteral("\\fB\\-h\\fR, \\fB\\-\\-help\\fR")
          << QStringLiteral("Print the commands and options, then exit.") << QStringLiteral(".TP")
          << QStringLiteral("\\fB\\-\\-help\\-all\\fR")
          << QStringLiteral("Also list the options of the Qt toolkit, such as "
                            "\\fB\\-platform\\fR and \\fB\\-style\\fR.")
          << QStringLiteral(".TP") << QStringLiteral("\\fB\\-v\\fR, \\fB\\-\\-version\\fR")
          << QStringLiteral("Print the version, then exit.");
    for (const QCommandLineOption &option : commandLine.options()) {
        if (option.flags() & QCommandLineOption::HiddenFromHelp)
            continue;
        lines << QStringLiteral(".TP") << optionTag(option)
              << ManPageWriter::escape(option.description());
    }
}

} // namespace

QString ManPageWriter::escape(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\e"));
    escaped.replace(u'-', QStringLiteral("\\-"));
    if (escaped.startsWith(u'.') || escaped.startsWith(u'\''))
        escaped.prepend(QStringLiteral("\\&"));
    return escaped;
}

QString ManPageWriter::write(const CommandLine &commandLine, const QString &version,
                             const QDate &date)
{
    QStringList lines;
    lines << QStringLiteral(".TH SCO\\-DASHBOARD 1 \"%1\" \"sco\\-dashboard %2\" \"User Commands\"")
                 .arg(date.toString(Qt::ISODate), escape(version))
          << QStringLiteral(".SH NAME")
          << QStringLiteral("sco\\-dashboard \\- figures of China's digital cooperation with the "
                            "SCO countries, each with its source sentence")
          << QStringLiteral(".SH SYNOPSIS") << QStringLiteral(".B sco\\-dashboard")
          << QStringLiteral("[\\fIoptions\\fR] [\\fIcommand\\fR] [\\fIargument\\fR]")
          << QStringLiteral(".SH DESCRIPTION") << escape(CommandLine::summary())
          << QStringLiteral(".PP")
          << QStringLiteral("Without a command it opens the dashboard window: headline tiles, "
                            "charts, a searchable fact table and the source pane. Press F1 there "
                            "for the user guide.");
    addCommands(lines);
    addOptions(lines, commandLine);
    lines << QStringLiteral(".SH FILES") << QStringLiteral(".TP")
          << QStringLiteral(
                 "\\fI~/.local/share/sco\\-dashboard/sco\\-dashboard/user\\-data.sqlite\\fR")
          << escape(joinLines(CommandLine::storeNote())) << QStringLiteral(".TP")
          << QStringLiteral("\\fI~/.config/sco\\-dashboard/sco\\-dashboard.conf\\fR")
          << QStringLiteral("Window layout, theme and the last folders used.")
          << QStringLiteral(".SH EXIT STATUS")
          << QStringLiteral("0 on success; 1 when a command fails, with one line on standard "
                            "error that names the file, line or value; 2 for a usage error.")
          << QStringLiteral(".SH EXAMPLES") << QStringLiteral(".nf")
          << QStringLiteral("sco\\-dashboard facts \\-\\-search \"9.3%\"")
          << QStringLiteral("sco\\-dashboard export \\-\\-all \\-\\-format pdf \\-\\-preset a4 "
                            "\\-\\-out ./report")
          << QStringLiteral("sco\\-dashboard import owid\\-internet\\-use.csv \\-\\-sco\\-only")
          << QStringLiteral(".fi") << QStringLiteral(".SH SEE ALSO")
          << QStringLiteral("The user guide, under Help \\(em User Guide (F1) in the window.");
    return lines.join(u'\n') + u'\n';
}
