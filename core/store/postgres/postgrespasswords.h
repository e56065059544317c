// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The passwords this process was given for team stores (asked of the analyst or read from the
// desktop keyring by the window), held in memory only and never written anywhere: every
// connection to a store, on any thread, finds its location's password here when libpq has
// none from the location, ~/.pgpass or the service file. Keyed by PostgresLocation::display().
class PostgresPasswords
{
public:
    static void remember(const QString &location, const QString &password);
    static void forget(const QString &location);
    // The password given for LOCATION; a null string when there is none.
    static QString lookup(const QString &location);
    // Whether ERROR, a connection's, says the server wants a password it did not get.
    static bool isMissingPassword(const QString &error);
};
