// SPDX-License-Identifier: MIT
#pragma once

#include "mainwindow.h"
#include "testsupport.h"

#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

// A shown 1280×720 window over the built-in dataset, with settings cleared before and after.
class MainWindowFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->setDataset(TestSupport::embeddedDataset());
        m_window->resize(1280, 720);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void TearDown() override { QSettings().clear(); }

    std::unique_ptr<MainWindow> m_window;
};
