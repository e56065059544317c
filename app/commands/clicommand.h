// SPDX-License-Identifier: MIT
#pragma once

#include "cli/invocation.h"
#include "data/dataset.h"
#include "store/store.h"

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

// One command of the command line. main() runs it, prints output() on success and
// errorString() on failure, and warning() (a problem that did not stop it) either way.
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    // Returns true and fills output, or false with errorString() set.
    virtual bool run(const Invocation &invocation) = 0;
    QByteArray output() const { return m_output; }
    // Commands that list rows stream them here when set, instead of filling output().
    void setOutputDevice(QIODevice *out) { m_out = out; }
    QString errorString() const { return m_error; }
    QString warning() const { return m_warning; }

protected:
    // Runs WRITER on the output device, or on output() when none is set; a short write
    // becomes errorString().
    bool emitOutput(const std::function<bool(QIODevice *)> &writer);
    // The store --database names (or the default), loaded read-only; std::nullopt with
    // errorString() when it cannot be read or is left out. A store shown read-only loads,
    // with its problem as warning().
    std::optional<Data::Dataset> loadStore(const Invocation &invocation,
                                           bool observationsOnDemand = false);
    // The store --database names, opened with OPTIONS inside one read snapshot, for a listing
    // that reads it a page at a time: an import or a removal meanwhile shows in none of it.
    // nullptr with errorString() when it cannot be read or is left out; a store shown
    // read-only opens, with its problem as warning(). The caller ends the snapshot.
    std::unique_ptr<Store> openSnapshot(const Invocation &invocation, const StoreOptions &options);

    QByteArray m_output;
    QIODevice *m_out = nullptr;
    QString m_error;
    QString m_warning;
};
