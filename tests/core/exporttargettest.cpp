// SPDX-License-Identifier: MIT
// Export never replaces a file without --force, and never writes over a device or a FIFO.
#include "export/exporttarget.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

namespace {

class ExportTargetTest : public ::testing::Test
{
protected:
    struct Result
    {
        int exitCode;
        QString err;
    };

    Result exportTo(const QString &out, bool force, const char *chart = "growth")
    {
        QStringList args{
            QStringLiteral("export"),   QStringLiteral("--chart"), QString::fromLatin1(chart),
            QStringLiteral("--format"), QStringLiteral("svg"),     QStringLiteral("--preset"),
            QStringLiteral("slide"),    QStringLiteral("--out"),   out};
        if (force)
            args << QStringLiteral("--force");
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(TestSupport::dashboardBinary(), args);
        EXPECT_TRUE(process.waitForFinished(30000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardError()).trimmed()};
    }

    QTemporaryDir m_dir;
};

TEST_F(ExportTargetTest, ExistingFileNeedsForce)
{
    const QString out = m_dir.filePath(QStringLiteral("growth.svg"));
    {
        QFile file(out);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    const Result refused = exportTo(out, false);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_EQ(refused.err,
              QStringLiteral("%1 already exists; add --force to replace it.").arg(out));
    EXPECT_EQ(TestSupport::readAll(out), QByteArray("keep me"));

    const Result forced = exportTo(out, true);
    EXPECT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    EXPECT_TRUE(TestSupport::readAll(out).contains("<svg"));
}

TEST_F(ExportTargetTest, DevicesAndFifosAreNeverWritten)
{
    const QString fifo = m_dir.filePath(QStringLiteral("pipe.svg"));
    ASSERT_EQ(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString &target : {QStringLiteral("/dev/null"), fifo, m_dir.path()}) {
        const Result r = exportTo(target, true);
        EXPECT_EQ(r.exitCode, 1) << target.toStdString();
        EXPECT_EQ(r.err, QStringLiteral("%1 is not a regular file; an export writes only new "
                                        "files or replaces regular ones.")
                             .arg(target));
    }
    struct stat info = {};
    ASSERT_EQ(stat("/dev/null", &info), 0);
    EXPECT_TRUE(S_ISCHR(info.st_mode)) << "/dev/null is still a device";
    ASSERT_EQ(stat(QFile::encodeName(fifo).constData(), &info), 0);
    EXPECT_TRUE(S_ISFIFO(info.st_mode));
}

TEST(ExportTarget, ChecksPaths)
{
    QTemporaryDir dir;
    EXPECT_EQ(ExportTarget::check(dir.filePath(QStringLiteral("new.png"))),
              ExportTarget::Check::Ok);
    EXPECT_EQ(ExportTarget::check(dir.path()), ExportTarget::Check::NotAFile);
    QFile file(dir.filePath(QStringLiteral("old.png")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    EXPECT_EQ(ExportTarget::check(file.fileName()), ExportTarget::Check::Exists);
    EXPECT_EQ(ExportTarget::existing({file.fileName(), dir.filePath(QStringLiteral("new.png"))}),
              QStringList{file.fileName()});
}

} // namespace
