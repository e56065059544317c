// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

// `sco-dashboard store init --database LOCATION` makes a team store on a PostgreSQL server: its
// schema, the pg_trgm indexes and the roles sco_owner, sco_editor and sco_reader
// (PostgresSchema); run again, it migrates or changes nothing. `store grant USER reader|editor
// --database LOCATION` gives a login role a reader's or an editor's rights, which the server
// enforces.
class TeamStoreCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(TeamStoreCommand)

public:
    bool run(const Invocation &invocation) override;
};
