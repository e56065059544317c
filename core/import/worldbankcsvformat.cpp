// SPDX-License-Identifier: MIT
#include "worldbankcsvformat.h"

#include "cellparser.h"
#include "csvreader.h"
#include "importproblems.h"
#include "importsink.h"
#include "seriesnaming.h"

#include <QCoreApplication>
#include <QSet>

namespace {

enum Column { CountryName, CountryCode, IndicatorName, IndicatorCode, FirstYear };

} // namespace

bool WorldBankCsvFormat::isHeader(const QStringList &record)
{
    return record.size() > FirstYear && record.at(CountryName) == u"Country Name" &&
           record.at(CountryCode) == u"Country Code" &&
           record.at(IndicatorName) == u"Indicator Name" &&
           record.at(IndicatorCode) == u"Indicator Code";
}

int WorldBankCsvFormat::probe(const QStringList &firstRecord) const
{
    if (firstRecord.value(0) == u"Data Source")
        return 90;
    return isHeader(firstRecord) ? 95 : 0;
}

bool WorldBankCsvFormat::read(const QStringList &firstRecord, CsvReader &reader,
                              const ImportContext &context, ImportSink &sink,
                              ImportProblems &problems)
{
    QStringList header = firstRecord;
    while (!isHeader(header)) {
        if (!reader.readRow(&header)) {
            problems.add(reader.hasError() ? reader.errorString()
                                           : QCoreApplication::translate(
                                                 "WorldBankCsvFormat",
                                                 "no \"Country Name\",\"Country Code\","
                                                 "\"Indicator Name\",\"Indicator Code\" header"));
            return true;
        }
    }
    QList<Data::Observation> periods; // one per year column, its period filled in
    for (qsizetype c = FirstYear; c < header.size(); ++c) {
        Data::Observation period;
        if (header.at(c).trimmed().isEmpty())
            break; // the trailing comma of every line
        if (!CellParser::year(header.at(c), &period)) {
            problems.add(reader.line(), int(c + 1),
                         QCoreApplication::translate("WorldBankCsvFormat", "'%1' is not a year")
                             .arg(header.at(c)));
            return true;
        }
        periods.append(period);
    }

    QSet<QString> declared;
    QStringList row;
    while (reader.readRow(&row)) {
        if (row.size() == 1 && row.first().isEmpty())
            continue;
        if (row.size() < FirstYear + periods.size()) {
            problems.add(reader.line(), 0,
                         QCoreApplication::translate("WorldBankCsvFormat",
                                                     "%1 fields where the header has %2")
                             .arg(row.size())
                             .arg(FirstYear + periods.size()));
            continue;
        }
        const QString code = row.at(IndicatorCode).trimmed();
        const QString seriesKey = QStringLiteral("worldbank:") + code;
        if (!declared.contains(code)) {
            if (!declared.isEmpty() &&
                !(context.options.seriesLabel.isEmpty() && context.options.seriesUnit.isEmpty())) {
                problems.add(reader.line(), IndicatorCode + 1,
                             QCoreApplication::translate("WorldBankCsvFormat",
                                                         "--label and --unit name one series, "
                                                         "and '%1' is a second indicator")
                                 .arg(code));
                return true;
            }
            declared.insert(code);
            Data::Source source;
            source.key = seriesKey;
            source.publisher = context.options.sourceName.isEmpty()
                                   ? QStringLiteral("World Bank, World Development Indicators")
                                   : context.options.sourceName;
            source.title = row.at(IndicatorName);
            source.url = context.options.sourceUrl;
            source.licence = context.options.sourceLicence.isEmpty()
                                 ? QStringLiteral("CC BY 4.0")
                                 : context.options.sourceLicence;
            Data::Series series;
            series.key = seriesKey;
            const SeriesNaming naming = SeriesNaming::fromHeader(row.at(IndicatorName));
            series.label =
                context.options.seriesLabel.isEmpty() ? naming.label : context.options.seriesLabel;
            series.unit =
                context.options.seriesUnit.isEmpty() ? naming.unit : context.options.seriesUnit;
            series.indicatorCode = code;
            if (!sink.putSource(source) || !sink.putSeries(series))
                return false;
        }
        const QString entity = row.at(CountryName).trimmed();
        const QString entityCode = row.at(CountryCode).trimmed();
        if (context.options.scoOnly && !context.members->isMember(entityCode, entity)) {
            if (!sink.skip(ImportSink::Skip::NotMember))
                return false;
            continue;
        }
        for (qsizetype i = 0; i < periods.size(); ++i) {
            Data::Observation o = periods.at(i);
            const QString &cell = row.at(FirstYear + i);
            switch (CellParser::number(cell, &o.value)) {
            case CellParser::Number::Missing:
                if (!sink.skip(ImportSink::Skip::Missing))
                    return false;
                continue;
            case CellParser::Number::Invalid:
                problems.add(reader.line(), int(FirstYear + i + 1), CellParser::notANumber(cell));
                continue;
            case CellParser::Number::Value:
                break;
            }
            o.seriesKey = seriesKey;
            o.entity = entity;
            o.entityCode = entityCode;
            if (!sink.putObservation(o))
                return false;
        }
    }
    if (reader.hasError())
        problems.add(reader.errorString());
    return true;
}
