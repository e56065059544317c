// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// What the user asked for on the command line, validated.
struct Invocation
{
    enum class Command { Gui, Facts };

    Command command = Command::Gui;
    QString databasePath; // empty: the working copy
    QString search;
    QString format = QStringLiteral("table");
};
