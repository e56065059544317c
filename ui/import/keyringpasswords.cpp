// SPDX-License-Identifier: MIT
#include "keyringpasswords.h"

#include "appinfo.h"
#include "store/postgres/postgreslocation.h"
#include "store/postgres/postgrespasswords.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace {

QString service()
{
    return AppInfo::desktopId() + QStringLiteral(" team stores");
}

} // namespace

// Runs JOB (which deletes itself when done) and waits for it, at most kWaitMs.
bool KeyringPasswords::run(QKeychain::Job *job, QString *error)
{
    QEventLoop loop;
    bool done = false;
    bool ok = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *finished) {
        done = true;
        ok = finished->error() == QKeychain::NoError;
        if (!ok && error)
            *error = finished->errorString();
        loop.quit();
    });
    QTimer::singleShot(kWaitMs, &loop, &QEventLoop::quit);
    job->start();
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!done && error)
        *error =
            QCoreApplication::translate("KeyringPasswords", "the desktop keyring did not answer");
    return done && ok;
}

QString KeyringPasswords::read(const QString &location)
{
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setKey(location);
    QString password;
    // Disconnected when this call returns: a keyring that answers after the wait writes nothing.
    const QObject scope;
    QObject::connect(job, &QKeychain::Job::finished, &scope, [&password, job] {
        if (job->error() == QKeychain::NoError)
            password = job->textData();
    });
    return run(job, nullptr) ? password : QString();
}

bool KeyringPasswords::write(const QString &location, const QString &password, QString *error)
{
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setKey(location);
    job->setTextData(password);
    return run(job, error);
}

bool KeyringPasswords::supply(const QString &location)
{
    QString error;
    const std::optional<PostgresLocation> where = PostgresLocation::parse(location, &error);
    if (!where)
        return false;
    const QString password = read(where->display());
    if (password.isEmpty())
        return false;
    PostgresPasswords::remember(where->display(), password);
    return true;
}
