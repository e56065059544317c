// SPDX-License-Identifier: MIT
#pragma once

#include "invocation.h"

#include <QByteArray>
#include <QString>

// One command of the command line. main() runs it, prints output() on success and
// errorString() on failure, and warning() (a problem that did not stop it) either way.
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    // Returns true and fills output, or false with errorString() set.
    virtual bool run(const Invocation &invocation) = 0;
    QByteArray output() const { return m_output; }
    QString errorString() const { return m_error; }
    QString warning() const { return m_warning; }

protected:
    QByteArray m_output;
    QString m_error;
    QString m_warning;
};
