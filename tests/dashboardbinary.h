// SPDX-License-Identifier: MIT
#pragma once

#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// The real binary, as scripts use it.
class DashboardBinary : public ::testing::Test
{
protected:
    struct Result
    {
        int exitCode;
        QString out;
        QString err;
    };

    // UNSET names environment variables the process must not see.
    Result run(const QStringList &arguments, const QStringList &unset = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (const QString &name : unset)
            env.remove(name);
        process.setProcessEnvironment(env);
        process.start(TestSupport::dashboardBinary(), arguments);
        EXPECT_TRUE(process.waitForFinished(30000))
            << process.errorString().toStdString() << " (" << int(process.error()) << ")";
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // Writes BYTES to NAME in the temporary home; returns its path.
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_home.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        return path;
    }

    QTemporaryDir m_home;
};
