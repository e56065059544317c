// SPDX-License-Identifier: MIT
// An import killed half-way (SIGKILL, as a crash or a power cut would stop it) leaves the user
// store as it was: the transaction never commits.
#include "store/repository.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

namespace {

QString writeOwid(const QString &path, int entities, int years)
{
    QFile out(path);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("Entity,Code,Year,Generated (% of population)\n");
    for (int e = 0; e < entities; ++e) {
        QByteArray chunk;
        for (int y = 0; y < years; ++y)
            chunk += "Entity " + QByteArray::number(e) + ",E" + QByteArray::number(e) + ',' +
                     QByteArray::number(1000 + y) + ',' + QByteArray::number(y % 100) + '\n';
        out.write(chunk);
    }
    return path;
}

QProcess *startImport(QProcess *process, const QTemporaryDir &home, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    process->setProcessEnvironment(env);
    process->start(TestSupport::dashboardBinary(), QStringList{QStringLiteral("import")} + args);
    EXPECT_TRUE(process->waitForStarted());
    return process;
}

TEST(ImportKilled, LeavesTheStoreAsItWas)
{
    QTemporaryDir home;
    const QString store = home.filePath(QStringLiteral("user.sqlite"));
    const QString small = writeOwid(home.filePath(QStringLiteral("small.csv")), 2, 3);
    const QString big = writeOwid(home.filePath(QStringLiteral("big.csv")), 1000, 1000);
    {
        QProcess first;
        startImport(&first, home, {small, QStringLiteral("--database"), store});
        ASSERT_TRUE(first.waitForFinished(30000));
        ASSERT_EQ(first.exitCode(), 0) << first.readAllStandardError().toStdString();
    }
    const QByteArray before =
        QCryptographicHash::hash(TestSupport::readAll(store), QCryptographicHash::Sha256);

    QProcess killed;
    startImport(&killed, home, {big, QStringLiteral("--database"), store});
    QThread::msleep(800); // well inside an import of a million rows, which takes seconds
    ASSERT_EQ(killed.state(), QProcess::Running) << "the import ended before it could be killed";
    killed.kill(); // SIGKILL: no handler runs
    ASSERT_TRUE(killed.waitForFinished(10000));

    EXPECT_EQ(QCryptographicHash::hash(TestSupport::readAll(store), QCryptographicHash::Sha256),
              before);
    Repository repository;
    ASSERT_TRUE(repository.open(store, Repository::UserStore::OpenIfPresent));
    const std::optional<Data::Dataset> data = repository.loadUserStore();
    ASSERT_TRUE(data) << repository.userStoreProblem().toStdString();
    ASSERT_EQ(data->series.size(), 1);
    EXPECT_EQ(data->series.first().observations.size(), 6);
}

} // namespace
