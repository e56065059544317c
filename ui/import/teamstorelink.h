// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QLabel;
class QMenu;
class QStatusBar;
class TeamStoreWatch;

// The window's link to its team store, when it shows one: a permanent note in the status bar
// naming the store (and saying when the connection is not encrypted), a colleague's change
// told there and re-read at once, and a banner while the server is away.
class TeamStoreLink : public QObject
{
    Q_OBJECT

public:
    explicit TeamStoreLink(QStatusBar *statusBar, QObject *parent = nullptr);
    ~TeamStoreLink() override;

    // File › Connect to Team Store…
    void addActions(QMenu *fileMenu);
    // Follows the store at LOCATION; a file path (or empty, the own store) follows nothing.
    void follow(const QString &location);
    bool isFollowing() const { return m_watch != nullptr; }
    QString noteText() const;

signals:
    // The analyst chose another store: a team store's location, or empty for the own one.
    void storeChosen(const QString &location);
    // What is shown is out of date: a colleague committed, or the server is back.
    void reloadRequested();
    // The banner's text while the server cannot be reached; empty when it is back.
    void problemChanged(const QString &problem);

private:
    void showNote();

    QStatusBar *m_statusBar;
    QString m_location;
    QLabel *m_note;
    std::unique_ptr<TeamStoreWatch> m_watch;
};
