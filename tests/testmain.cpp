// SPDX-License-Identifier: MIT
// GoogleTest main for every suite: offscreen Qt unless a platform is set, one application
// object (a QApplication for the widget suites, built with SCO_TEST_WIDGETS; a QGuiApplication
// for the others, which link no widgets), and data and settings folders of this process's own, so
// no test touches the user's files and tests running in parallel do not share a working copy or a
// settings file.
#include "appinfo.h"

#ifdef SCO_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral("cache"))));
    AppInfo::apply();
    TestApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
