// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

// `sco-dashboard extract FILE`: the figures an article states, one row per proposal, each
// with its verbatim sentence (ArticleExtractor). --format csv writes the facts CSV that
// `import --format facts` keeps; json gives each figure's value as written and its scale.
// Nothing is written to a store.
class ExtractCommand : public CliCommand
{
public:
    bool run(const Invocation &invocation) override;
};
