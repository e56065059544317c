// SPDX-License-Identifier: MIT
#pragma once

#include "invocation.h"

#include <QByteArray>
#include <QString>

// `sco-dashboard import FILE`, `sources` and `remove-source ID`: the commands that manage the
// user store. Output and errors are the same sentences the window shows.
class ImportCommand
{
public:
    bool run(const Invocation &invocation);
    QByteArray output() const { return m_output; }
    QString errorString() const { return m_error; }
    QString warning() const { return m_warning; }

private:
    bool runImport(const Invocation &invocation);
    bool listSources(const Invocation &invocation);
    bool removeSource(const Invocation &invocation);

    QByteArray m_output;
    QString m_error;
    QString m_warning;
};
