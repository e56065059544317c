// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"
#include "export/factlistwriter.h"

class ObservationSource;

// `sco-dashboard series`: one row per observation of every series, built in and imported,
// with its source. --search matches every word through the window's own observation search
// (ObservationSource), so both find the same rows.
class SeriesCommand : public CliCommand
{
public:
    bool run(const Invocation &invocation) override;

private:
    bool write(const ObservationSource &source, const QStringList &header,
               FactListWriter::Format format, QIODevice *out);

    QString m_search;
};
