// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"

#include <QObject>
#include <QString>

#include <optional>

class OwnStoreLink;
class QLabel;
class QMenu;
class QStatusBar;
class TeamStoreLink;

// The store the window shows: read again on demand, followed for what others change in it (a
// team store through TeamStoreLink, the analyst's own file through OwnStoreLink), and the
// banner in the status bar that says why it is left out or cannot be reached.
class ShownStore : public QObject
{
    Q_OBJECT

public:
    explicit ShownStore(QStatusBar *statusBar, QObject *parent = nullptr);

    // File › Connect to Team Store…
    void addActions(QMenu *fileMenu);
    // Follows the store at LOCATION: a team store's, or a file (the own store when empty).
    void follow(const QString &location);
    // The store at LOCATION read now, in the interface language; std::nullopt when it cannot
    // be read, the banner saying why. The team store shown, whose server is away, is not read
    // again: the window keeps what it shows, with the banner.
    std::optional<Data::Dataset> read(const QString &location);
    // The store whose rows the window shows now (Dataset::userStorePath).
    void setShown(const QString &location) { m_shown = location; }

    // Shows, until cleared with an empty text, why the store is left out.
    void setProblem(const QString &problem);
    QString problem() const;
    TeamStoreLink *teamStoreLink() const { return m_teamStore; }

signals:
    // What is shown is out of date: another program or a colleague changed the store, or its
    // server is back.
    void reloadRequested();
    // The analyst chose another store: a team store's location, or empty for the own one.
    void storeChosen(const QString &location);

private:
    QLabel *m_problem;
    TeamStoreLink *m_teamStore;
    OwnStoreLink *m_ownStore;
    QString m_shown;
};
