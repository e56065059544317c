// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

class CountrySelection;

// `sco-dashboard charts` and `sco-dashboard export`: load the store, build the charts and
// list or write them. Needs a QApplication; works on the offscreen platform.
class ExportCommand : public CliCommand
{
public:
    bool run(const Invocation &invocation) override;

private:
    bool chooseCountrySeries(const Invocation &invocation, CountrySelection *selection);
};
