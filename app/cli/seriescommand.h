// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

// `sco-dashboard series`: one row per observation of every series, built in and imported,
// with its source. --search matches every word, folded as the fact search folds.
class SeriesCommand : public CliCommand
{
public:
    bool run(const Invocation &invocation) override;
};
