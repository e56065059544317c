// SPDX-License-Identifier: MIT
#pragma once

#include "invocation.h"

#include <QByteArray>
#include <QString>

// `sco-dashboard facts`: loads the store and writes the (searched) facts. The search uses the
// same proxy as the window, so the command line and the table always agree.
class FactsCommand
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
