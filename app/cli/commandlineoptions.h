// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

// The options of sco-dashboard, each once: CommandLine builds its parser from them and each
// command's parsing reads them. Descriptions are marked for lupdate and translated by
// CommandLine once the translator of --lang is installed.
namespace CommandLineOptions {

extern const QCommandLineOption databaseOption;
extern const QCommandLineOption searchOption;
extern const QCommandLineOption formatOption;
extern const QCommandLineOption scoOnlyOption;
extern const QCommandLineOption sourceNameOption;
extern const QCommandLineOption sourceUrlOption;
extern const QCommandLineOption dryRunOption;
extern const QCommandLineOption seriesOption;
extern const QCommandLineOption countriesOption;
extern const QCommandLineOption fromOption;
extern const QCommandLineOption decimalsOption;
extern const QCommandLineOption toOption;
extern const QCommandLineOption updateSourceOption;
extern const QCommandLineOption labelOption;
extern const QCommandLineOption unitOption;
extern const QCommandLineOption chartOption;
extern const QCommandLineOption allOption;
extern const QCommandLineOption presetOption;
extern const QCommandLineOption sizeOption;
extern const QCommandLineOption dpiOption;
extern const QCommandLineOption themeOption;
extern const QCommandLineOption screenOption;
extern const QCommandLineOption intervalOption;
extern const QCommandLineOption transparentOption;
extern const QCommandLineOption noFooterOption;
extern const QCommandLineOption noTitleOption;
extern const QCommandLineOption forceOption;
extern const QCommandLineOption verboseOption;
extern const QCommandLineOption langOption;
extern const QCommandLineOption rowsOption;
extern const QCommandLineOption factsOption;
extern const QCommandLineOption outOption;

const QList<QCommandLineOption> &exportOptions();
const QList<QCommandLineOption> &importOptions();
const QList<QCommandLineOption> &presentOptions();
// Qt's own arguments (-platform, -geometry, -style, …), hidden: they stay in argv for
// QApplication, and the parser only has to accept them.
QList<QCommandLineOption> qtOptions();
bool isTheme(const QString &name);

} // namespace CommandLineOptions
