// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

// `sco-dashboard facts`: writes the (searched) facts a page at a time, read through the store's
// fact index by FactSource, so memory stays flat however many facts the store holds. The match
// is FactSearch's, as in the window, so the command line and the table always agree.
class FactsCommand : public CliCommand
{
public:
    bool run(const Invocation &invocation) override;
};
