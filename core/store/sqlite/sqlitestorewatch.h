// SPDX-License-Identifier: MIT
#pragma once

#include "store/storefingerprint.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <optional>

// Follows the analyst's own SQLite store for an open window: another program's write (an
// import from the command line, a second window) is seen within a second or two and said
// ("1 series added from owid:broadband.csv"). The store is watched by its fingerprint (stat(2)
// of the file and its WAL; never opened to be watched), this process's own writes told apart by
// OwnWrites; a change is taken once the fingerprint has held still for a check, so an import
// under way, whose WAL grows, is reported once it ends. What changed is read from the store's
// sources over a short read-only connection.
class SqliteStoreWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCheckMs = 500;

    // PATH: the store's file; it need not exist yet.
    explicit SqliteStoreWatch(const QString &path, QObject *parent = nullptr);
    QString path() const { return m_path; }
    // The window reads the store as it is now: what it shows is not another program's change.
    void acknowledge();

signals:
    // SUMMARY says what changed, in the interface language.
    void changed(const QString &summary);

private:
    struct Counts
    {
        QString importedAt;
        int series = 0;
        int facts = 0;
        bool operator==(const Counts &other) const = default;
    };
    using Sources = QHash<QString, Counts>;

    void check();
    Sources readSources() const;
    QString summaryOf(const Sources &before, const Sources &after) const;

    QString m_path;
    QTimer m_check;
    std::optional<StoreFingerprint> m_shown;   // the store as the window last read it
    std::optional<StoreFingerprint> m_pending; // a change seen once, waiting to hold still
    bool m_pendingSeen = false;
    Sources m_sources;
    bool m_sourcesRead = false; // m_sources is the store as m_shown
};
