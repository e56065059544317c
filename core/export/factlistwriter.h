// SPDX-License-Identifier: MIT
#pragma once

#include "data/fact.h"

#include <QByteArray>
#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// Serialises facts for the command line and the table export. CSV and JSON carry numbers in
// the C locale with the source's digits, so scripts read back exactly what the article says;
// the text table is for people and uses the current locale.
class FactListWriter
{
public:
    enum class Format { Table, Csv, Json };

    // Accepts "table", "csv" and "json"; returns false for any other name.
    static bool parseFormat(const QString &name, Format *format);

    static QByteArray write(const QList<Data::Fact> &facts, Format format, bool csvBom = false);
    // Streams to OUT one fact at a time; false when a write falls short.
    static bool write(const QList<Data::Fact> &facts, Format format, QIODevice *out,
                      bool csvBom = false);
    // Streams the pages NEXTPAGE gives until an empty one; false when a write falls short or a
    // page cannot be read (std::nullopt).
    static bool write(const std::function<std::optional<QList<Data::Fact>>()> &nextPage,
                      Format format, QIODevice *out, bool csvBom = false);
    static QByteArray toCsv(const QList<Data::Fact> &facts, bool withByteOrderMark = false);

    static QStringList csvHeader();
    static QStringList csvRow(const Data::Fact &fact);
    static QJsonObject jsonObject(const Data::Fact &fact);
    // OBJECT as one element of a streamed array between "[\n" and "\n]\n", byte for byte as
    // QJsonDocument writes the whole array.
    static QByteArray jsonArrayItem(const QJsonObject &object, bool first);
    static QString tableEntry(const Data::Fact &fact);
};
