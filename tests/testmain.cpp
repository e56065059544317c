// SPDX-License-Identifier: MIT
// GoogleTest main for every suite: offscreen Qt unless a platform is set, one QApplication,
// test-mode standard paths so no test touches the user's data or settings.
#include "appinfo.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    AppInfo::apply();
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
