// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace QKeychain {
class Job;
}

// Team store passwords in the desktop's keyring (the secret service, through QtKeychain), never
// in settings or files of this program: written when the analyst asks, read when a server
// wants a password nothing else gave (~/.pgpass, the service file). Each call waits for the
// keyring at most kWaitMs; a desktop without one reads as no password.
class KeyringPasswords
{
public:
    static constexpr int kWaitMs = 5000;

    // The password kept for LOCATION (PostgresLocation::display()); null when none is kept.
    static QString read(const QString &location);
    // Keeps PASSWORD for LOCATION; false with ERROR when the keyring refuses or is absent.
    static bool write(const QString &location, const QString &password, QString *error);
    // Reads the password of the team store at LOCATION (as the analyst gave it) from the
    // keyring into PostgresPasswords, for the connections that follow; whether there was one.
    static bool supply(const QString &location);

private:
    static bool run(QKeychain::Job *job, QString *error);
};
