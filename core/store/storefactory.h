// SPDX-License-Identifier: MIT
#pragma once

#include "store.h"

#include <QString>

#include <memory>

// Opens a Store by where it is: empty for the analyst's default store, a file path (SQLite; a
// file: URI is refused by the SQLite store, whose library would read its parameters), or a
// server's location, a URI or a libpq keyword string (PostgresStore, a team store).
class StoreFactory
{
public:
    // nullptr with ERROR set when the built-in dataset cannot be opened or no backend takes
    // LOCATION; a store that is left out still opens, with Store::problem() saying why.
    static std::unique_ptr<Store> open(const QString &location, const StoreOptions &options,
                                       QString *error);
    // The path of the analyst's default store.
    static QString defaultLocation();
};
