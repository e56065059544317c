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

bool RowListWriter::write(const QStringList &header, const QList<QStringList> &rows,
                          FactListWriter::Format format, QIODevice *out)
{
    RowListWriter writer(header, format, out);
    for (const QStringList &row : rows)
        writer.add(row);
    return writer.finish();
}

RowListWriter::RowListWriter(const QStringList &header, FactListWriter::Format format,
                             QIODevice *out)
    : m_header(header)
    , m_format(format)
    , m_out(out)
{
    if (m_format == FactListWriter::Format::Csv)
        m_csv.addRow(header);
    else if (m_format == FactListWriter::Format::Json)
        put("[\n");
}

void RowListWriter::put(const QByteArray &bytes)
{
    m_ok = m_ok && m_out->write(bytes) == bytes.size();
}

bool RowListWriter::add(const QStringList &row)
{
    if (m_format == FactListWriter::Format::Csv) {
        m_csv.addRow(row);
        put(m_csv.takeData());
    } else if (m_format == FactListWriter::Format::Json) {
        QJsonObject object;
        for (qsizetype c = 0; c < m_header.size(); ++c)
            object.insert(m_header.at(c), row.value(c));
        put(FactListWriter::jsonArrayItem(object, m_rows == 0));
    } else {
        m_tableRows.append(row);
    }
    ++m_rows;
    return m_ok;
}

bool RowListWriter::finish()
{
    if (m_format == FactListWriter::Format::Csv)
        put(m_csv.takeData());
    else if (m_format == FactListWriter::Format::Json)
        put(m_rows == 0 ? "]\n" : "\n]\n");
    else
        put(table(m_header, m_tableRows));
    return m_ok;
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
