// SPDX-License-Identifier: MIT
#include "storefactory.h"

#include "sqlite/sqlitestore.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// A URI of another scheme (postgresql://…), or a libpq keyword string (service=NAME,
// host=… dbname=…): a server's store, not a file.
bool namesAServer(const QString &location)
{
    static const QRegularExpression uri(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]+://"));
    static const QRegularExpression keywords(QStringLiteral("^\\s*[A-Za-z_]+\\s*="));
    const bool file = location.startsWith(QStringLiteral("file:"), Qt::CaseInsensitive);
    return (uri.match(location).hasMatch() && !file) || keywords.match(location).hasMatch();
}

} // namespace

std::unique_ptr<Store> StoreFactory::open(const QString &location, const StoreOptions &options,
                                          QString *error)
{
    if (namesAServer(location)) {
        *error = QCoreApplication::translate("StoreFactory",
                                             "%1 names a database server; this build opens "
                                             "store files only (give a file path).")
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
