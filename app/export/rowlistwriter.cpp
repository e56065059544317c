// SPDX-License-Identifier: MIT
#include "rowlistwriter.h"

#include "csvwriter.h"

#include <QBuffer>
#include <QJsonObject>

#include <algorithm>

QByteArray RowListWriter::write(const QStringList &header, const QList<QStringList> &rows,
                                FactListWriter::Format format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    write(header, rows, format, &buffer);
    return buffer.data();
}

// CSV and JSON row by row: one row's worth of memory beside the rows themselves.
bool RowListWriter::write(const QStringList &header, const QList<QStringList> &rows,
                          FactListWriter::Format format, QIODevice *out)
{
    bool ok = true;
    const auto put = [out, &ok](const QByteArray &bytes) {
        ok = ok && out->write(bytes) == bytes.size();
    };
    if (format == FactListWriter::Format::Csv) {
        CsvWriter csv;
        csv.addRow(header);
        for (const QStringList &row : rows) {
            csv.addRow(row);
            put(csv.takeData());
        }
        put(csv.takeData());
        return ok;
    }
    if (format == FactListWriter::Format::Json) {
        put("[\n");
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QJsonObject object;
            for (qsizetype c = 0; c < header.size(); ++c)
                object.insert(header.at(c), rows.at(i).value(c));
            put(FactListWriter::jsonArrayItem(object, i == 0));
        }
        put(rows.isEmpty() ? "]\n" : "\n]\n");
        return ok;
    }
    put(table(header, rows));
    return ok;
}

QByteArray RowListWriter::table(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths(header.size());
    for (qsizetype c = 0; c < header.size(); ++c) {
        widths[c] = header.at(c).size();
        for (const QStringList &row : rows)
            widths[c] = std::max(widths[c], row.value(c).size());
    }
    QString out;
    auto addLine = [&](const QStringList &cells) {
        QString line;
        for (qsizetype c = 0; c < header.size(); ++c)
            line += (c + 1 < header.size() ? cells.value(c).leftJustified(widths[c] + 2)
                                           : cells.value(c));
        out += line + u'\n';
    };
    addLine(header);
    for (const QStringList &row : rows)
        addLine(row);
    return out.toUtf8();
}
