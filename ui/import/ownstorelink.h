// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QStatusBar;
class SqliteStoreWatch;

// The window's link to the analyst's own store, an SQLite file: another program's write to it
// (an import from the command line, a second window) is told in the status bar and re-read at
// once. A team store is TeamStoreLink's.
class OwnStoreLink : public QObject
{
    Q_OBJECT

public:
    explicit OwnStoreLink(QStatusBar *statusBar, QObject *parent = nullptr);
    ~OwnStoreLink() override;

    // Follows the store file at LOCATION (the default store when empty); a team store's
    // location follows nothing.
    void follow(const QString &location);
    bool isFollowing() const { return m_watch != nullptr; }
    // The window reads the store as it is now: nothing before this is another program's news.
    void acknowledge();

signals:
    void reloadRequested();

private:
    QStatusBar *m_statusBar;
    std::unique_ptr<SqliteStoreWatch> m_watch;
};
