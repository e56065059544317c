// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include "clicommand.h"

// `sco-dashboard import FILE`, `sources`, `remove-source ID` and `store check`: the commands
// that manage the user store. Output and errors are the same sentences the window shows.
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    bool run(const Invocation &invocation) override;

private:
    bool runImport(const Invocation &invocation);
    bool listSources(const Invocation &invocation);
    bool removeSource(const Invocation &invocation);
    bool checkStore(const Invocation &invocation);
};
