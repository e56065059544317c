// SPDX-License-Identifier: MIT
#pragma once

#include "models/observationtablemodel.h"
#include "store/storegenerator.h"

#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

// A suite over one user store of ROWS generated observations (StoreGenerator), made once for
// the suite, and the wait for an observation table to settle on it.
template <qint64 Rows> class GeneratedStoreTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        StoreGenerator generator;
        ASSERT_TRUE(generator.generate(store(), Rows)) << generator.errorString().toStdString();
    }
    static void TearDownTestSuite() { delete s_dir; }
    static QString store() { return s_dir->filePath(QStringLiteral("g.sqlite")); }

    // Waits until MODEL's search has answered with its first rows and both counts.
    static bool settled(const ObservationTableModel &model)
    {
        return QTest::qWaitFor(
            [&] {
                return !model.isSearching() && model.matchCount() >= 0 && model.totalCount() >= 0;
            },
            20'000);
    }

    static constexpr qint64 kRows = Rows;
    static inline QTemporaryDir *s_dir = nullptr;
};
