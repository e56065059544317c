// SPDX-License-Identifier: MIT
#pragma once

#include "invocation.h"

#include <QByteArray>
#include <QString>

// `sco-dashboard series`: one row per observation of every series, built in and imported,
// with its source. --search matches every word, folded as the fact search folds.
class SeriesCommand
{
public:
    bool run(const Invocation &invocation);
    QByteArray output() const { return m_output; }
    QString errorString() const { return m_error; }
    QString warning() const { return m_warning; }

private:
    QByteArray m_output;
    QString m_error;
    QString m_warning;
};
