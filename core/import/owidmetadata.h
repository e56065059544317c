// SPDX-License-Identifier: MIT
#pragma once

#include "seriesnaming.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// The metadata JSON Our World in Data ships beside a grapher CSV ("NAME.metadata.json" next to
// "NAME.csv"): each column's short title and unit, the citation and the chart's address. The
// file is untrusted like the CSV: read with a size limit, and a file that is there but cannot
// be read is an error, never silently ignored.
class OwidMetadata
{
public:
    static constexpr qint64 kMaxBytes = 4 * 1024 * 1024;

    // The metadata file that belongs beside CSVPATH.
    static QString pathFor(const QString &csvPath);
    // Reads the file beside CSVPATH. True when it is absent (nothing to read) or was read;
    // false with errorString() naming the file when it is there but unreadable or not JSON.
    bool read(const QString &csvPath);
    QString errorString() const { return m_error; }
    bool isPresent() const { return !m_columns.isEmpty(); }

    // The label and unit the metadata gives the column HEADER; std::nullopt when it does not
    // describe it. A part it leaves out comes from the header.
    std::optional<SeriesNaming> naming(const QString &header) const;
    // "International Telecommunication Union (via World Bank) – processed by Our World in Data"
    // for the column HEADER, else the chart's citation; empty when neither is given.
    QString citation(const QString &header) const;
    // The grapher page the data came from, when it is an http(s) address; else empty.
    QString chartUrl() const;

private:
    QJsonObject m_chart;
    QJsonObject m_columns;
    QString m_error;
};
