// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>

class CommandLine;

// The sco-dashboard(1) manual page in roff (man macros), made from the same commands, options
// and sentences as --help, so the two cannot drift apart. Built at build time by sco-manpage.
class ManPageWriter
{
public:
    static QString write(const CommandLine &commandLine, const QString &version, const QDate &date);
    // TEXT made safe for roff: backslashes, hyphens and a leading dot or quote escaped.
    static QString escape(const QString &text);
};
