// SPDX-License-Identifier: MIT
#include "postgrespasswords.h"

#include <QHash>
#include <QMutex>

namespace {

QMutex &lock()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> given;
    return given;
}

} // namespace

void PostgresPasswords::remember(const QString &location, const QString &password)
{
    const QMutexLocker locker(&lock());
    passwords().insert(location, password);
}

void PostgresPasswords::forget(const QString &location)
{
    const QMutexLocker locker(&lock());
    passwords().remove(location);
}

QString PostgresPasswords::lookup(const QString &location)
{
    const QMutexLocker locker(&lock());
    return passwords().value(location);
}

// libpq's words (fe-auth.c) and the server's (auth.c), in English as the program runs them.
bool PostgresPasswords::isMissingPassword(const QString &error)
{
    return error.contains(QStringLiteral("no password supplied")) ||
           error.contains(QStringLiteral("password authentication failed"));
}
