// SPDX-License-Identifier: MIT
#pragma once

#include "export/exportoptions.h"

#include <QString>

// What the user asked for on the command line, validated.
struct Invocation
{
    enum class Command { Gui, Facts, Charts, Export, Present };

    Command command = Command::Gui;
    QString databasePath; // empty: the working copy

    // facts
    QString search;
    QString format = QStringLiteral("table");

    // export
    QString chartId; // empty with allCharts
    bool allCharts = false;
    ExportOptions exportOptions;
    QString outPath;

    // present
    int screen = -1;         // index into QGuiApplication::screens(); -1: the remembered one
    int intervalSeconds = 0; // 0: no auto-advance
    QString presentTheme = QStringLiteral("projector");
};
