// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

#include <QCoreApplication>

// `sco-dashboard generate --rows N --out FILE`: a new store of generated rows for benchmarks
// (StoreGenerator). Use it with --database FILE.
class GenerateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)

public:
    bool run(const Invocation &invocation) override;
};
