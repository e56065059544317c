// SPDX-License-Identifier: MIT
#pragma once

#include "cli/invocation.h"

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>
#include <QString>

#include <functional>

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

    QByteArray m_output;
    QIODevice *m_out = nullptr;
    QString m_error;
    QString m_warning;
};

inline bool CliCommand::emitOutput(const std::function<bool(QIODevice *)> &writer)
{
    if (!m_out) {
        QBuffer buffer(&m_output);
        buffer.open(QIODevice::WriteOnly);
        return writer(&buffer);
    }
    if (writer(m_out) &&
        (!qobject_cast<QFileDevice *>(m_out) || static_cast<QFileDevice *>(m_out)->flush()))
        return true;
    m_error = QCoreApplication::translate("CliCommand", "Cannot write the output: %1")
                  .arg(m_out->errorString());
    return false;
}
