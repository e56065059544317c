// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include "data/dataset.h"
#include "importreport.h"
#include "importsink.h"
#include "store/shadowingrule.h"

#include <QHash>

#include <atomic>
#include <functional>
#include <memory>

class CsvReader;
class Store;
class StoreWriter;

// Imports one file into the user store: probes its format, streams it through that format,
// matches every row against the store (added, updated, unchanged) and writes it all in one
// transaction. A file with any problem, a cancelled import and a dry run are rolled back, so
// the store is then exactly as it was.
//
// Threading: runs on the thread that opened the Store; the GUI gives it a worker thread with a
// Store of its own. cancel may be set from any thread.
class Importer : private ImportSink
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    using Progress = std::function<void(qint64 bytesDone, qint64 bytesTotal)>;

    // BUILTIN is the built-in dataset: its rows are skipped, and its member states drive
    // --sco-only.
    Importer(Store &store, const Data::Dataset &builtIn);
    ~Importer() override;

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    // Returns false when the file could not be imported; report() then says why (problems) or
    // errorString() names a failure of the file or the store.
    bool run(const QString &path, const ImportOptions &options);
    const ImportReport &report() const { return m_report; }
    QString errorString() const { return m_error; }

private:
    bool putSource(const Data::Source &source) override;
    bool putSeries(const Data::Series &series) override;
    bool putObservation(const Data::Observation &observation) override;
    bool putFact(const Data::Fact &fact) override;
    void preview(const ImportReport::Row &row);
    bool skip(Skip reason) override;
    bool count(std::optional<int> change);
    bool tick();
    bool fail(const QString &message);

    Store &m_store;
    ShadowingRule m_shadowing; // what of the file the built-in dataset shadows
    QList<Data::MemberState> m_members;
    std::unique_ptr<StoreWriter> m_writer;
    qint64 m_sourceId = 0;
    bool m_sourceBuiltIn = false;
    bool m_updateSource = false;
    QHash<QString, qint64> m_seriesIds;
    QHash<QString, SeriesNaming> m_seriesNames; // by key, for the preview's rows
    Progress m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    std::function<qint64()> m_bytesDone;
    qint64 m_bytesTotal = 0;
    qint64 m_ticks = 0;
    ImportReport m_report;
    const CsvReader *m_reader = nullptr; // the file being read, for the lines of problems
    QString m_error;
};
