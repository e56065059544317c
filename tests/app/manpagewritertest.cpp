// SPDX-License-Identifier: MIT
// The man page is made from the --help text, so every command and option of one is in the
// other, and nothing in the text can be read by roff as a request.
#include "cli/manpagewriter.h"
#include "cli/commandline.h"
#include "testsupport.h"

#include <QCommandLineOption>
#include <QDate>

#include <gtest/gtest.h>

namespace {

QString page()
{
    return ManPageWriter::write(CommandLine(), QStringLiteral("1.2.3"), QDate(2026, 11, 29));
}

TEST(ManPageWriter, HeaderNamesProgramSectionDateAndVersion)
{
    EXPECT_TRUE(page().startsWith(QStringLiteral(
        ".TH SCO\\-DASHBOARD 1 \"2026-11-29\" \"sco\\-dashboard 1.2.3\" \"User Commands\"\n")));
}

TEST(ManPageWriter, EveryOptionOfHelpIsDocumented)
{
    const QString text = page();
    const CommandLine commandLine;
    ASSERT_GE(commandLine.options().size(), 20);
    for (const QCommandLineOption &option : commandLine.options()) {
        const QString name =
            QStringLiteral("\\fB\\-\\-") + ManPageWriter::escape(option.names().first());
        EXPECT_TRUE(text.contains(name)) << name.toStdString();
        EXPECT_TRUE(text.contains(ManPageWriter::escape(option.description())))
            << option.description().toStdString();
        EXPECT_TRUE(commandLine.helpText().contains(QStringLiteral("--") + option.names().first()));
    }
}

TEST(ManPageWriter, EveryCommandOfHelpIsDocumented)
{
    const QString text = page();
    const QString help = CommandLine().helpText();
    for (const CommandLine::Command &command : CommandLine::commands()) {
        EXPECT_TRUE(
            text.contains(QStringLiteral(".TP\n\\fB") + ManPageWriter::escape(command.usage)))
            << command.usage.toStdString();
        EXPECT_TRUE(help.contains(command.usage)) << command.usage.toStdString();
        EXPECT_TRUE(help.contains(command.summary.split(u'\n').first()));
    }
}

TEST(ManPageWriter, TextCannotBecomeARoffRequest)
{
    EXPECT_EQ(ManPageWriter::escape(QStringLiteral(".TH not a header")),
              QStringLiteral("\\&.TH not a header"));
    EXPECT_EQ(ManPageWriter::escape(QStringLiteral("'quoted")), QStringLiteral("\\&'quoted"));
    EXPECT_EQ(ManPageWriter::escape(QStringLiteral("a\\b --all")),
              QStringLiteral("a\\eb \\-\\-all"));
    // Every request is one the writer means: no text line starts with a dot.
    const QStringList requests{QStringLiteral("TH"), QStringLiteral("SH"), QStringLiteral("TP"),
                               QStringLiteral("PP"), QStringLiteral("RS"), QStringLiteral("RE"),
                               QStringLiteral("nf"), QStringLiteral("fi"), QStringLiteral("B")};
    for (const QString &line : page().split(u'\n')) {
        if (line.startsWith(u'.')) {
            EXPECT_TRUE(requests.contains(line.mid(1).section(u' ', 0, 0))) << line.toStdString();
        }
    }
}

} // namespace
