// SPDX-License-Identifier: MIT
#include "rowlistwriter.h"

#include "csvwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

QByteArray RowListWriter::write(const QStringList &header, const QList<QStringList> &rows,
                                FactListWriter::Format format)
{
    if (format == FactListWriter::Format::Csv) {
        CsvWriter csv;
        csv.addRow(header);
        for (const QStringList &row : rows)
            csv.addRow(row);
        return csv.data();
    }
    if (format == FactListWriter::Format::Json) {
        QJsonArray array;
        for (const QStringList &row : rows) {
            QJsonObject object;
            for (qsizetype c = 0; c < header.size(); ++c)
                object.insert(header.at(c), row.value(c));
            array.append(object);
        }
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
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
