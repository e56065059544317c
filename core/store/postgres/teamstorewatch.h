// SPDX-License-Identifier: MIT
#pragma once

#include "postgreslocation.h"

#include <QObject>
#include <QSqlDriver>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

class PostgresConnection;

// Follows a team store for an open window: LISTENs on sco_changes over a connection of its own
// and, a moment after a colleague's commit, says what changed ("3 series added by wang.li"),
// read from the server, since any role can NOTIFY and a payload is only a hint. A lost
// connection is silent in QPSQL, so the watch asks the server every second; when it is gone
// it says so once, then reconnects with a growing wait (1 s, 2 s, 4 s … 15 s), subscribes
// again and says it is back, for the window to re-read what it missed.
class TeamStoreWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCheckMs = 1000;
    static constexpr int kLongestWaitMs = 15000;
    static constexpr int kGatherMs = 150; // notifications this close together are one change

    // LOCATION: a server's location, as StoreFactory takes it.
    explicit TeamStoreWatch(const QString &location, QObject *parent = nullptr);
    ~TeamStoreWatch() override;

    // Connects and subscribes; false with errorString() when the server cannot be reached now
    // (the watch then keeps trying, as after a lost connection).
    bool start();
    bool isConnected() const { return m_connected; }
    // The location as a person reads it, without its password.
    QString display() const { return m_location ? m_location->display() : QString(); }
    // Whether the connection leaves this machine without TLS, as the server reports it.
    bool isUnencrypted() const { return m_unencrypted; }
    QString errorString() const { return m_error; }

signals:
    // SUMMARY says what changed, in the interface language.
    void changed(const QString &summary);
    void connectionLost(const QString &why);
    void reconnected();

private:
    bool connectNow();
    void check();
    void retry();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);
    void report();
    QString summaryOf(const QStringList &sourceKeys);

    std::optional<PostgresLocation> m_location;
    std::unique_ptr<PostgresConnection> m_connection;
    QTimer m_check;
    QTimer m_gather;
    int m_waitMs = kCheckMs;
    bool m_connected = false;
    bool m_unencrypted = false;
    QStringList m_pendingKeys;
    QString m_error;
};
