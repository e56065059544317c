// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include "extract/articlecitation.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

#include <optional>

// The options of `extract FILE`: the article's citation where the file does not say it
// (--published, --outlet, --title, --author, --url).
class ExtractOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static const QList<QCommandLineOption> &options();
    // The citation PARSER's options give; std::nullopt with ERROR for a date that is not one.
    static std::optional<ArticleCitation> given(const QCommandLineParser &parser, QString *error);
};
