// SPDX-License-Identifier: MIT
// A new store is moved into place only where there is none: concurrent first starts each build
// one, exactly one wins, and no loser ever writes over the winner's file.
#include "store/exclusiverename.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

TEST(ExclusiveRenameTest, MovesAFileIntoAnEmptyPlace)
{
    QTemporaryDir dir;
    const QString from = dir.filePath(QStringLiteral("store.new-1"));
    const QString to = dir.filePath(QStringLiteral("store.sqlite"));
    ASSERT_TRUE(write(from, "first"));
    ExclusiveRename rename;
    EXPECT_EQ(rename.rename(from, to), ExclusiveRename::Outcome::Renamed);
    EXPECT_EQ(contents(to), QByteArray("first"));
    EXPECT_FALSE(QFile::exists(from));
}

TEST(ExclusiveRenameTest, LeavesAnExistingTargetByteForByteAndKeepsTheSource)
{
    QTemporaryDir dir;
    const QString from = dir.filePath(QStringLiteral("store.new-2"));
    const QString to = dir.filePath(QStringLiteral("store.sqlite"));
    ASSERT_TRUE(write(to, "the store another process is writing"));
    ASSERT_TRUE(write(from, "an empty new store"));
    ExclusiveRename rename;
    EXPECT_EQ(rename.rename(from, to), ExclusiveRename::Outcome::TargetExists);
    EXPECT_EQ(contents(to), QByteArray("the store another process is writing"));
    EXPECT_EQ(contents(from), QByteArray("an empty new store"));
}

TEST(ExclusiveRenameTest, AMissingSourceFailsWithTheSystemsReason)
{
    QTemporaryDir dir;
    ExclusiveRename rename;
    EXPECT_EQ(rename.rename(dir.filePath(QStringLiteral("absent")),
                            dir.filePath(QStringLiteral("store.sqlite"))),
              ExclusiveRename::Outcome::Failed);
    EXPECT_FALSE(rename.errorString().isEmpty());
}

// The race that lost imports: QFile::rename checks for the target, then renames, and when the
// target appears in between it copies over it. Here 16 threads race, 50 times.
TEST(ExclusiveRenameTest, ConcurrentRenamesLeaveExactlyOneWinnerIntact)
{
    for (int round = 0; round < 50; ++round) {
        QTemporaryDir dir;
        const QString to = dir.filePath(QStringLiteral("store.sqlite"));
        constexpr int kThreads = 16;
        for (int i = 0; i < kThreads; ++i)
            ASSERT_TRUE(write(dir.filePath(QStringLiteral("store.new-%1").arg(i)),
                              QByteArray("store of ") + QByteArray::number(i)));
        std::atomic<int> winners{0};
        std::atomic<int> winner{-1};
        std::vector<std::thread> threads;
        for (int i = 0; i < kThreads; ++i) {
            threads.emplace_back([&, i] {
                ExclusiveRename rename;
                if (rename.rename(dir.filePath(QStringLiteral("store.new-%1").arg(i)), to) ==
                    ExclusiveRename::Outcome::Renamed) {
                    ++winners;
                    winner = i;
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        ASSERT_EQ(winners.load(), 1) << "round " << round;
        EXPECT_EQ(contents(to), QByteArray("store of ") + QByteArray::number(winner.load()));
    }
}

} // namespace
