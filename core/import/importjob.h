// SPDX-License-Identifier: MIT
#pragma once

#include "importoptions.h"
#include "importreport.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>

// Runs one import on a worker thread, so a million-row file never stalls the window. The
// worker opens a Store of its own (a database connection belongs to its thread).
//
// progress() and finished() arrive on the thread that owns the job. cancel() may be called at
// any time; the import then rolls back and finished() reports it.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    ImportJob(const QString &userStorePath, const QString &file, const ImportOptions &options,
              QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread && m_thread->isRunning(); }

signals:
    void progress(qint64 bytesDone, qint64 bytesTotal);
    // OK is false when nothing was written because of problems, a failure or cancellation;
    // error then holds the sentence to show, and report the problems.
    void finished(bool ok, const ImportReport &report, const QString &error);

private:
    void run();

    QString m_userStorePath;
    QString m_file;
    ImportOptions m_options;
    std::atomic<bool> m_cancel{false};
    QThread *m_thread = nullptr;
};
