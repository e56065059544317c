// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

// `sco-dashboard facts`: loads the store and writes the (searched) facts. The search uses the
// same proxy as the window, so the command line and the table always agree.
class FactsCommand : public CliCommand
{
public:
    bool run(const Invocation &invocation) override;
};
