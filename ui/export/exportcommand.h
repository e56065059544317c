// SPDX-License-Identifier: MIT
#pragma once

#include "cli/invocation.h"

#include <QByteArray>
#include <QString>

// `sco-dashboard charts` and `sco-dashboard export`: load the store, build the charts and
// list or write them. Needs a QApplication; works on the offscreen platform.
class ExportCommand
{
public:
    // Returns true and fills output, or false with errorString() set.
    bool run(const Invocation &invocation);
    QByteArray output() const { return m_output; }
    QString errorString() const { return m_error; }
    // A problem that did not stop the command, such as a user store left out.
    QString warning() const { return m_warning; }

private:
    QByteArray m_output;
    QString m_error;
    QString m_warning;
};
