// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

// What a connection to a team store would give, asked of the server before the window switches
// to it (File › Connect to Team Store…): whether it answers, holds a store this program can
// use, lets this login role write, and is encrypted. Reads only.
class TeamStoreCheck
{
    Q_DECLARE_TR_FUNCTIONS(TeamStoreCheck)

public:
    enum class Outcome {
        Ready,         // a store this program can use
        NoStoreYet,    // the database answers but holds no team store
        NeedsPassword, // the server wants a password nothing gave it
        Refused,       // anything else: message() says what
    };

    static TeamStoreCheck of(const QString &location);

    Outcome outcome() const { return m_outcome; }
    // One line, in the interface language, naming the store.
    QString message() const { return m_message; }
    bool isWritable() const { return m_writable; }
    // Leaves this machine without TLS.
    bool isUnencrypted() const { return m_unencrypted; }

private:
    Outcome m_outcome = Outcome::Refused;
    QString m_message;
    bool m_writable = false;
    bool m_unencrypted = false;
};
