// SPDX-License-Identifier: MIT
#include "importjob.h"

#include "importer.h"
#include "store/storefactory.h"

#include <QCoreApplication>
#include <QMetaObject>

ImportJob::ImportJob(const QString &userStorePath, const QString &file,
                     const ImportOptions &options, QObject *parent)
    : QObject(parent)
    , m_userStorePath(userStorePath)
    , m_file(file)
    , m_options(options)
{
    qRegisterMetaType<ImportReport>();
}

ImportJob::~ImportJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ImportJob::start()
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this] { run(); });
    m_thread->start();
}

// On the worker thread: emits cross the thread boundary as queued calls.
void ImportJob::run()
{
    bool ok = false;
    ImportReport report;
    QString error;
    {
        StoreOptions options;
        options.access = StoreOptions::Access::CreateIfAbsent;
        const std::unique_ptr<Store> store = StoreFactory::open(m_userStorePath, options, &error);
        const std::optional<Data::Dataset> builtIn = store ? store->loadBuiltIn() : std::nullopt;
        if (!builtIn) {
            if (store)
                error = store->errorString();
        } else {
            Importer importer(*store, *builtIn);
            importer.setCancelFlag(&m_cancel);
            importer.setProgress([this](qint64 done, qint64 total) { emit progress(done, total); });
            ok = importer.run(m_file, m_options);
            report = importer.report();
            error = report.problems.isEmpty() ? importer.errorString() : report.problems.text();
        }
    }
    emit finished(ok, report, ok ? QString() : error);
}
