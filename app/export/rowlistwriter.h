// SPDX-License-Identifier: MIT
#pragma once

#include "factlistwriter.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// Writes rows of text cells under a header as an aligned table, RFC 4180 CSV or a JSON array
// of objects keyed by the header: the output of the series and sources commands.
class RowListWriter
{
public:
    static QByteArray write(const QStringList &header, const QList<QStringList> &rows,
                            FactListWriter::Format format);
    // Streams to OUT; false when a write falls short.
    static bool write(const QStringList &header, const QList<QStringList> &rows,
                      FactListWriter::Format format, QIODevice *out);

private:
    static QByteArray table(const QStringList &header, const QList<QStringList> &rows);
};
