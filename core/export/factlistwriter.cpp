// SPDX-License-Identifier: MIT
#include "factlistwriter.h"

#include "csvwriter.h"
#include "format/factformatter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString machineNumber(const Data::Fact &fact)
{
    return QLocale::c().toString(fact.value, 'f', fact.decimals);
}

// C locale for the machine formats, the user's for the table people read.
QString sourceText(const Data::Fact &fact, const QLocale &locale = QLocale::c())
{
    return FactFormatter::shortCitation(fact.source, locale) + QStringLiteral(" · ") +
           fact.source.title;
}

} // namespace

bool FactListWriter::parseFormat(const QString &name, Format *format)
{
    if (name == u"table")
        *format = Format::Table;
    else if (name == u"csv")
        *format = Format::Csv;
    else if (name == u"json")
        *format = Format::Json;
    else
        return false;
    return true;
}

QByteArray FactListWriter::write(const QList<Data::Fact> &facts, Format format, bool csvBom)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    write(facts, format, &buffer, csvBom);
    return buffer.data();
}

bool FactListWriter::write(const QList<Data::Fact> &facts, Format format, QIODevice *out,
                           bool csvBom)
{
    bool given = false;
    return write(
        [&]() -> std::optional<QList<Data::Fact>> {
            if (given)
                return QList<Data::Fact>();
            given = true;
            return facts;
        },
        format, out, csvBom);
}

// Row by row, so the memory a list of any length needs is one page's, not the document's.
bool FactListWriter::write(const std::function<std::optional<QList<Data::Fact>>()> &nextPage,
                           Format format, QIODevice *out, bool csvBom)
{
    bool ok = true;
    const auto put = [out, &ok](const QByteArray &bytes) {
        ok = ok && out->write(bytes) == bytes.size();
    };
    CsvWriter csv(csvBom);
    if (format == Format::Csv)
        csv.addRow(csvHeader());
    else if (format == Format::Json)
        put("[\n");
    qint64 written = 0;
    while (ok) {
        const std::optional<QList<Data::Fact>> page = nextPage();
        if (!page)
            return false;
        if (page->isEmpty())
            break;
        for (const Data::Fact &f : *page) {
            if (format == Format::Csv) {
                csv.addRow(csvRow(f));
                put(csv.takeData());
            } else if (format == Format::Json) {
                put(jsonArrayItem(jsonObject(f), written == 0));
            } else {
                put(tableEntry(f).toUtf8());
            }
            ++written;
        }
    }
    if (format == Format::Csv)
        put(csv.takeData());
    else if (format == Format::Json)
        put(written == 0 ? "]\n" : "\n]\n");
    return ok;
}

QStringList FactListWriter::csvHeader()
{
    return {QStringLiteral("key"),
            QStringLiteral("label"),
            QStringLiteral("category"),
            QStringLiteral("value"),
            QStringLiteral("unit"),
            QStringLiteral("period"),
            QStringLiteral("period_start"),
            QStringLiteral("period_end"),
            QStringLiteral("basis"),
            QStringLiteral("qualifier"),
            QStringLiteral("derived"),
            QStringLiteral("formula"),
            QStringLiteral("quote"),
            QStringLiteral("source"),
            QStringLiteral("as_written"),
            QStringLiteral("decimals"),
            QStringLiteral("source_key"),
            QStringLiteral("source_publisher"),
            QStringLiteral("source_title"),
            QStringLiteral("source_author"),
            QStringLiteral("source_published"),
            QStringLiteral("source_url"),
            QStringLiteral("source_licence")};
}

QByteArray FactListWriter::jsonArrayItem(const QJsonObject &object, bool first)
{
    // Indented as QJsonDocument indents an array of objects.
    QByteArray text = QJsonDocument(object).toJson();
    text.chop(1);
    return (first ? "    " : ",\n    ") + text.replace('\n', "\n    ");
}

QStringList FactListWriter::csvRow(const Data::Fact &f)
{
    return {f.key,
            f.label,
            f.category,
            machineNumber(f),
            f.unit,
            f.periodLabel,
            f.periodStart.toString(Qt::ISODate),
            f.periodEnd.toString(Qt::ISODate),
            f.basis,
            f.qualifier,
            f.derived ? QStringLiteral("true") : QStringLiteral("false"),
            f.formula,
            f.quote,
            sourceText(f),
            f.asWritten,
            QString::number(f.decimals),
            f.source.key,
            f.source.publisher,
            f.source.title,
            f.source.author,
            f.source.published.toString(Qt::ISODate),
            f.source.url,
            f.source.licence};
}

QJsonObject FactListWriter::jsonObject(const Data::Fact &f)
{
    QJsonObject source{{QStringLiteral("publisher"), f.source.publisher},
                       {QStringLiteral("title"), f.source.title},
                       {QStringLiteral("author"), f.source.author},
                       {QStringLiteral("published"), f.source.published.toString(Qt::ISODate)},
                       {QStringLiteral("url"), f.source.url}};
    return {{QStringLiteral("key"), f.key},
            {QStringLiteral("label"), f.label},
            {QStringLiteral("category"), f.category},
            {QStringLiteral("value"), f.value},
            {QStringLiteral("value_text"), machineNumber(f)},
            {QStringLiteral("unit"), f.unit},
            {QStringLiteral("period"), f.periodLabel},
            {QStringLiteral("period_start"), f.periodStart.toString(Qt::ISODate)},
            {QStringLiteral("period_end"), f.periodEnd.toString(Qt::ISODate)},
            {QStringLiteral("basis"), f.basis},
            {QStringLiteral("qualifier"), f.qualifier},
            {QStringLiteral("derived"), f.derived},
            {QStringLiteral("formula"), f.formula},
            {QStringLiteral("quote"), f.quote},
            {QStringLiteral("source"), source}};
}

QString FactListWriter::tableEntry(const Data::Fact &f)
{
    QString out =
        QStringLiteral("%1  %2\n").arg(FactFormatter::qualifiedValue(f), -22).arg(f.label);
    // A fact stated on no basis (a level, a count) has none to show.
    QStringList details{f.periodLabel, f.basis, f.key};
    details.removeAll(QString());
    out += QStringLiteral("    ") + details.join(QStringLiteral(" · ")) +
           (f.derived ? QCoreApplication::translate("FactListWriter", " · derived") : QString()) +
           u'\n';
    if (f.derived)
        out += QStringLiteral("    = %1\n").arg(f.formula);
    out += QStringLiteral("    \"%1\"\n").arg(f.quote);
    out += QStringLiteral("    — %1\n\n").arg(sourceText(f, QLocale()));
    return out;
}

QByteArray FactListWriter::toCsv(const QList<Data::Fact> &facts, bool withByteOrderMark)
{
    return write(facts, Format::Csv, withByteOrderMark);
}
