// SPDX-License-Identifier: MIT
#pragma once

#include "export/exportoptions.h"
#include "extract/articlecitation.h"
#include "import/importoptions.h"

#include <QString>
#include <QStringList>

// What the user asked for on the command line, validated.
struct Invocation
{
    enum class Command {
        Gui,
        Facts,
        Charts,
        Export,
        Present,
        Import,
        Sources,
        RemoveSource,
        Series,
        Generate,
        CheckStore,
        InitStore,  // store init: a team store's schema and roles on a server
        GrantStore, // store grant USER reader|editor
        Extract
    };

    Command command = Command::Gui;
    QString databasePath; // the user store; empty: the default one
    bool verbose = false; // Qt's warnings and the store's log on stderr (commands)
    QString language;     // --lang: "en", "zh_CN" or "ru"; empty: the remembered or system one

    // facts, series, sources
    QString search;
    QString format = QStringLiteral("table");

    // export
    QString chartId; // empty with allCharts
    bool allCharts = false;
    QString seriesKey;     // --series: the country charts' series; empty for the default
    QStringList countries; // --countries: ISO 3166 alpha-3 codes; empty for the SCO members
    int fromYear = 0;      // --from, --to: the country charts' years; 0 leaves an end open
    int toYear = 0;
    int valueDecimals = -1; // --decimals; CountrySelection::kAutomaticDecimals without it
    ExportOptions exportOptions;
    QString outPath;
    bool overwrite = false; // --force

    // import FILE, remove-source ID
    QString importFile;
    ImportOptions importOptions;
    QString sourceId;

    // store grant USER ROLE
    QString grantUser;
    QString grantRole; // "reader" or "editor"

    // extract FILE
    QString articleFile;
    ArticleCitation articleCitation; // what the options give; the file gives the rest

    // generate (--out is outPath)
    qint64 rows = 0;  // generate --rows: observations
    qint64 facts = 0; // generate --facts

    // present
    int screen = -1;         // index into QGuiApplication::screens(); -1: the remembered one
    int intervalSeconds = 0; // 0: no auto-advance
    QString presentTheme = QStringLiteral("projector");
};
