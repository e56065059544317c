// SPDX-License-Identifier: MIT
#include "teamstorecheck.h"

#include "postgresconnection.h"
#include "postgrespasswords.h"
#include "postgresschema.h"

TeamStoreCheck TeamStoreCheck::of(const QString &text)
{
    TeamStoreCheck check;
    const std::optional<PostgresLocation> location =
        PostgresLocation::parse(text, &check.m_message);
    if (!location)
        return check;
    PostgresConnection connection(*location);
    if (!connection.open()) {
        check.m_message = connection.errorString();
        if (PostgresPasswords::isMissingPassword(check.m_message))
            check.m_outcome = Outcome::NeedsPassword;
        return check;
    }
    const QString where = location->display();
    PostgresSchema schema(connection);
    const int version = schema.version();
    if (version == 0) {
        check.m_outcome = Outcome::NoStoreYet;
        check.m_message = tr("%1 answers but holds no team store yet; its owner creates one with: "
                             "sco-dashboard store init --database LOCATION")
                              .arg(where);
        return check;
    }
    if (version < 0 || !schema.check()) {
        check.m_message = where + QStringLiteral(": ") + schema.errorString();
        return check;
    }
    const std::optional<QVariant> writable = connection.scalar(
        QStringLiteral("SELECT has_table_privilege('sco.observation', 'INSERT')"));
    check.m_writable = writable && writable->toBool();
    check.m_unencrypted = !location->isLocal() && !connection.isEncrypted().value_or(false);
    check.m_outcome = Outcome::Ready;
    check.m_message =
        (check.m_writable ? tr("%1 is ready: you can read, import and remove.")
                          : tr("%1 is ready, read-only: your role can read but not change it."))
            .arg(where);
    if (check.m_unencrypted)
        check.m_message += u' ' + tr("The connection is not encrypted.");
    return check;
}
