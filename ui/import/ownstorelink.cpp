// SPDX-License-Identifier: MIT
#include "ownstorelink.h"

#include "store/postgres/postgreslocation.h"
#include "store/repository.h"
#include "store/sqlite/sqlitestorewatch.h"

#include <QStatusBar>

namespace {

constexpr int kMessageMs = 10000;

} // namespace

OwnStoreLink::OwnStoreLink(QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_statusBar(statusBar)
{
}

OwnStoreLink::~OwnStoreLink() = default;

void OwnStoreLink::follow(const QString &location)
{
    m_watch.reset();
    if (PostgresLocation::namesAServer(location))
        return;
    m_watch = std::make_unique<SqliteStoreWatch>(
        location.isEmpty() ? Repository::defaultUserStorePath() : location);
    connect(m_watch.get(), &SqliteStoreWatch::changed, this, [this](const QString &summary) {
        m_statusBar->showMessage(summary, kMessageMs);
        emit reloadRequested();
    });
}

void OwnStoreLink::acknowledge()
{
    if (m_watch)
        m_watch->acknowledge();
}
