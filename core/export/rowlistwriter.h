// SPDX-License-Identifier: MIT
#pragma once

#include "csvwriter.h"
#include "factlistwriter.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// Writes rows of text cells under a header as an aligned table, RFC 4180 CSV or a JSON array
// of objects keyed by the header: the output of the series and sources commands.
// CSV and JSON stream row by row; a table holds its rows until finish(), to align them.
class RowListWriter
{
public:
    RowListWriter(const QStringList &header, FactListWriter::Format format, QIODevice *out);
    // False once a write has fallen short.
    bool add(const QStringList &row);
    bool finish();

    static QByteArray write(const QStringList &header, const QList<QStringList> &rows,
                            FactListWriter::Format format);
    // Streams to OUT; false when a write falls short.
    static bool write(const QStringList &header, const QList<QStringList> &rows,
                      FactListWriter::Format format, QIODevice *out);

private:
    static QByteArray table(const QStringList &header, const QList<QStringList> &rows);
    void put(const QByteArray &bytes);

    QStringList m_header;
    FactListWriter::Format m_format;
    QIODevice *m_out;
    CsvWriter m_csv;
    QList<QStringList> m_tableRows;
    qint64 m_rows = 0;
    bool m_ok = true;
};
