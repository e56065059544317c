// SPDX-License-Identifier: MIT
#include "storefactory.h"

#include "postgres/postgreslocation.h"
#include "postgres/postgresstore.h"
#include "sqlite/sqlitestore.h"

#include <QCoreApplication>

std::unique_ptr<Store> StoreFactory::open(const QString &location, const StoreOptions &options,
                                          QString *error)
{
    if (PostgresLocation::namesAServer(location)) {
        const std::optional<PostgresLocation> server = PostgresLocation::parse(location, error);
        if (!server)
            return nullptr;
        auto store = std::make_unique<PostgresStore>();
        if (!store->open(*server, location, options)) {
            *error = store->errorString();
            return nullptr;
        }
        return store;
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
