// SPDX-License-Identifier: MIT
#include "owidcsvformat.h"

#include "cellparser.h"
#include "csvreader.h"
#include "importproblems.h"
#include "importsink.h"
#include "owidmetadata.h"
#include "seriesnaming.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

// The analyst's words first, then the publisher's metadata, then the header's own, helped by
// the file's name when the file holds this one column (FILE_SLUG, else empty).
SeriesNaming namingOf(const QString &header, const OwidMetadata &metadata,
                      const ImportContext &context, const QString &fileSlug)
{
    SeriesNaming naming =
        metadata.naming(header).value_or(SeriesNaming::fromHeader(header, fileSlug));
    if (!context.options.seriesLabel.isEmpty())
        naming.label = context.options.seriesLabel;
    if (!context.options.seriesUnit.isEmpty())
        naming.unit = context.options.seriesUnit;
    return naming;
}

} // namespace

int OwidCsvFormat::probe(const QStringList &firstRecord) const
{
    const bool entity = firstRecord.value(0) == u"Entity";
    const bool year = firstRecord.contains(QStringLiteral("Year"));
    return entity && year ? 90 : 0;
}

bool OwidCsvFormat::read(const QStringList &header, CsvReader &reader, const ImportContext &context,
                         ImportSink &sink, ImportProblems &problems)
{
    const qsizetype codeColumn = header.indexOf(QStringLiteral("Code"));
    const qsizetype yearColumn = header.indexOf(QStringLiteral("Year"));
    QList<qsizetype> indicatorColumns;
    for (qsizetype c = 1; c < header.size(); ++c) {
        if (c != codeColumn && c != yearColumn && !header.at(c).trimmed().isEmpty())
            indicatorColumns.append(c);
    }
    if (yearColumn < 0) {
        // Reached when the user names the format; the probe needs Year.
        problems.add(1, 0,
                     QCoreApplication::translate("OwidCsvFormat", "the header has no Year column"));
        return true;
    }
    if (indicatorColumns.isEmpty()) {
        problems.add(1, 0,
                     QCoreApplication::translate("OwidCsvFormat",
                                                 "the header names no indicator column after "
                                                 "Entity, Code and Year"));
        return true;
    }

    if (indicatorColumns.size() > 1 &&
        !(context.options.seriesLabel.isEmpty() && context.options.seriesUnit.isEmpty())) {
        problems.add(1, 0,
                     QCoreApplication::translate("OwidCsvFormat",
                                                 "--label and --unit name one series, and the "
                                                 "header has %1 indicator columns")
                         .arg(indicatorColumns.size()));
        return true;
    }
    OwidMetadata metadata;
    if (!context.filePath.isEmpty() && !metadata.read(context.filePath)) {
        problems.add(metadata.errorString());
        return true;
    }
    const QString firstHeader = header.at(indicatorColumns.first());
    const QString baseName = QFileInfo(context.fileName).completeBaseName();
    const QString fileSlug = indicatorColumns.size() == 1 ? CellParser::slug(baseName) : QString();
    Data::Source source;
    source.key = QStringLiteral("owid:") + CellParser::slug(baseName);
    const QString citation = metadata.citation(firstHeader);
    source.publisher = !context.options.sourceName.isEmpty() ? context.options.sourceName
                       : !citation.isEmpty()                 ? citation
                                                             : QStringLiteral("Our World in Data");
    source.title = indicatorColumns.size() == 1
                       ? namingOf(firstHeader, metadata, context, fileSlug).label
                       : baseName;
    source.url =
        context.options.sourceUrl.isEmpty() ? metadata.chartUrl() : context.options.sourceUrl;
    source.licence = context.options.sourceLicence.isEmpty() ? QStringLiteral("CC BY 4.0")
                                                             : context.options.sourceLicence;
    if (!sink.putSource(source))
        return false;
    QStringList seriesKeys;
    for (qsizetype c : indicatorColumns) {
        Data::Series series;
        series.key = source.key + u'/' + CellParser::slug(header.at(c));
        // Two headers that fold to one key would write into one series, the later column's
        // values silently replacing the earlier's.
        if (const qsizetype earlier = seriesKeys.indexOf(series.key); earlier >= 0) {
            const qsizetype e = indicatorColumns.at(earlier);
            problems.add(1, int(c + 1),
                         QCoreApplication::translate("OwidCsvFormat",
                                                     "the header '%1' names the same series "
                                                     "(%2) as column %3, '%4'; rename one of "
                                                     "them")
                             .arg(header.at(c), series.key)
                             .arg(e + 1)
                             .arg(header.at(e)));
            return true;
        }
        const SeriesNaming naming = namingOf(header.at(c), metadata, context, fileSlug);
        series.label = naming.label;
        series.unit = naming.unit;
        seriesKeys.append(series.key);
        if (!sink.putSeries(series))
            return false;
    }

    const qsizetype needed = std::max({yearColumn, codeColumn, indicatorColumns.last()}) + 1;
    QStringList row;
    while (reader.readRow(&row)) {
        if (row.size() == 1 && row.first().isEmpty())
            continue; // a blank line
        if (row.size() < needed) {
            problems.add(
                reader.line(), 0,
                QCoreApplication::translate("OwidCsvFormat", "%1 fields where the header has %2")
                    .arg(row.size())
                    .arg(header.size()));
            continue;
        }
        Data::Observation o;
        o.entity = row.at(0).trimmed();
        o.entityCode = codeColumn >= 0 ? row.at(codeColumn).trimmed() : QString();
        o.aggregate = codeColumn >= 0 &&
                      (o.entityCode.isEmpty() || o.entityCode.startsWith(QStringLiteral("OWID_")));
        if (!CellParser::year(row.at(yearColumn), &o)) {
            problems.add(reader.line(), int(yearColumn + 1),
                         QCoreApplication::translate("OwidCsvFormat", "'%1' is not a year")
                             .arg(row.at(yearColumn)));
            continue;
        }
        if (context.options.scoOnly && !context.members->isMember(o.entityCode, o.entity)) {
            if (!sink.skip(ImportSink::Skip::NotMember))
                return false;
            continue;
        }
        if (o.entityCode.isEmpty() && !o.aggregate)
            o.entityCode = context.members ? context.members->codeOfName(o.entity) : QString();
        for (qsizetype i = 0; i < indicatorColumns.size(); ++i) {
            const qsizetype c = indicatorColumns.at(i);
            switch (CellParser::number(row.at(c), &o.value)) {
            case CellParser::Number::Missing:
                if (!sink.skip(ImportSink::Skip::Missing))
                    return false;
                continue;
            case CellParser::Number::Invalid:
                problems.add(reader.line(), int(c + 1), CellParser::notANumber(row.at(c)));
                continue;
            case CellParser::Number::Value:
                break;
            }
            o.seriesKey = seriesKeys.at(i);
            if (!sink.putObservation(o))
                return false;
        }
    }
    if (reader.hasError())
        problems.add(reader.errorString());
    return true;
}
