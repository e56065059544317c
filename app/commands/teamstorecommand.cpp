// SPDX-License-Identifier: MIT
#include "teamstorecommand.h"

#include "store/postgres/postgresconnection.h"
#include "store/postgres/postgresschema.h"

bool TeamStoreCommand::run(const Invocation &invocation)
{
    if (!PostgresLocation::namesAServer(invocation.databasePath)) {
        m_error = tr("A team store lives on a PostgreSQL server: give its location with "
                     "--database (postgresql://… , host=… dbname=…, or service=NAME).");
        return false;
    }
    const std::optional<PostgresLocation> location =
        PostgresLocation::parse(invocation.databasePath, &m_error);
    if (!location)
        return false;
    PostgresConnection connection(*location);
    if (!connection.open()) {
        m_error = connection.errorString();
        return false;
    }
    PostgresSchema schema(connection);
    if (invocation.command == Invocation::Command::InitStore) {
        if (!schema.init()) {
            m_error = location->display() + QStringLiteral(": ") + schema.errorString();
            return false;
        }
        m_output = tr("The team store at %1 is ready (schema %2); give analysts access with: "
                      "sco-dashboard store grant USER reader|editor --database LOCATION\n")
                       .arg(location->display())
                       .arg(PostgresSchema::kVersion)
                       .toUtf8();
        return true;
    }
    const bool editor = invocation.grantRole == u"editor";
    if (!schema.grant(invocation.grantUser,
                      editor ? PostgresSchema::Role::Editor : PostgresSchema::Role::Reader)) {
        m_error = location->display() + QStringLiteral(": ") + schema.errorString();
        return false;
    }
    m_output = (editor ? tr("%1 can now read and change the team store at %2.\n")
                       : tr("%1 can now read the team store at %2, and not change it.\n"))
                   .arg(invocation.grantUser, location->display())
                   .toUtf8();
    return true;
}
