// SPDX-License-Identifier: MIT
#pragma once

// What the benchmarks of the Series data table share: the generated stores, and waiting for
// the table's worker to answer.
#include "models/observationtablemodel.h"
#include "store/storegenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

namespace ObservationBench {

// The `generate` command's store of ROWS rows, kept beside the programs and shared by them:
// 10M rows take minutes to generate.
inline QString generatedStore(qint64 rows)
{
    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/stores");
    const QString path = folder + QStringLiteral("/generated-%1.sqlite").arg(rows);
    if (QFileInfo::exists(path))
        return path;
    QDir().mkpath(folder);
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    StoreGenerator generator;
    if (!generator.generate(partial, rows) || !QFile::rename(partial, path))
        qFatal("%s", qPrintable(generator.errorString()));
    return path;
}

// Spins the event loop until DONE holds; the worker's answers arrive as queued calls.
template <typename Done> void waitFor(ObservationTableModel &model, Done done)
{
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    for (auto signal :
         {&ObservationTableModel::searchFinished, &ObservationTableModel::countChanged})
        QObject::connect(&model, signal, &loop, [&] {
            if (done())
                loop.quit();
        });
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &loop, [&] {
        if (done())
            loop.quit();
    });
    QObject::connect(&model, &ObservationTableModel::failed, &loop, &QEventLoop::quit);
    guard.start(60'000);
    if (!done())
        loop.exec();
}

} // namespace ObservationBench
