// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include "invocation.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

// Parses and validates the arguments of sco-dashboard. Errors are values: parse() returns
// std::nullopt and errorString() holds one sentence for stderr.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // A command as --help and the man page list it.
    struct Command
    {
        QString usage;   // "import FILE"
        QString summary; // may hold a line break before an example
    };

    CommandLine();

    // The text --help and the man page are both made from.
    static QString summary();
    static QList<Command> commands();
    static QString storeNote();
    // The program's own options, in --help order, without --help, --version and Qt's options.
    QList<QCommandLineOption> options() const { return m_options; }

    std::optional<Invocation> parse(const QStringList &arguments);
    // The arguments as text. Qt names files in UTF-8, so an argument that is not valid UTF-8
    // would reach a different file; it is refused, never renamed with U+FFFD.
    std::optional<QStringList> decode(int argc, const char *const *argv);

    bool helpRequested() const { return m_helpRequested; }
    bool versionRequested() const { return m_versionRequested; }
    QString helpText() const;
    QString versionText() const;
    QString errorString() const { return m_error; }

private:
    std::optional<Invocation> parseExport(Invocation invocation);
    std::optional<Invocation> parseGenerate(Invocation invocation);
    std::optional<Invocation> parsePresent(Invocation invocation);
    std::optional<Invocation> parseImport(Invocation invocation, const QString &argument);
    std::optional<Invocation> fail(const QString &message);

    QCommandLineParser m_parser;
    QList<QCommandLineOption> m_options;
    bool m_helpRequested = false;
    bool m_versionRequested = false;
    QString m_error;
};
