// SPDX-License-Identifier: MIT
#include "storefactory.h"

#include "postgres/postgreslocation.h"
#include "sqlite/sqlitestore.h"

#include <QCoreApplication>

std::unique_ptr<Store> StoreFactory::open(const QString &location, const StoreOptions &options,
                                          QString *error)
{
    if (PostgresLocation::namesAServer(location)) {
        *error = QCoreApplication::translate("StoreFactory",
                                             "%1 names a team store on a database server; this "
                                             "build sets one up (store init, store grant) but "
                                             "opens store files only (give a file path).")
                     .arg(location);
        return nullptr;
    }
    auto store = std::make_unique<SqliteStore>();
    if (!store->open(location, options)) {
        *error = store->errorString();
        return nullptr;
    }
    return store;
}

QString StoreFactory::defaultLocation()
{
    return Repository::defaultUserStorePath();
}
