// SPDX-License-Identifier: MIT
#include "factscsvformat.h"

#include "cellparser.h"
#include "csvreader.h"
#include "data/formulaevaluator.h"
#include "export/csvwriter.h"
#include "importproblems.h"
#include "importsink.h"

#include <QCoreApplication>

namespace {

const char *const kRequired[] = {
    "key",        "label", "value",      "unit",         "period",           "period_start",
    "period_end", "quote", "source_key", "source_title", "source_publisher", "source_published"};

} // namespace

int FactsCsvFormat::probe(const QStringList &firstRecord) const
{
    return firstRecord.value(0) == u"key" && firstRecord.contains(QStringLiteral("quote")) &&
                   firstRecord.contains(QStringLiteral("value"))
               ? 95
               : 0;
}

QString FactsCsvFormat::cell(const QStringList &row, const char *column) const
{
    const qsizetype index = m_columns.value(QString::fromLatin1(column), -1);
    return index >= 0 ? CsvWriter::restoreNeutralised(row.value(index)) : QString();
}

int FactsCsvFormat::columnNumber(const char *column) const
{
    return int(m_columns.value(QString::fromLatin1(column), -1) + 1);
}

bool FactsCsvFormat::readFact(const QStringList &row, qint64 line, Data::Fact *f,
                              ImportProblems &problems) const
{
    const qint64 before = problems.count();
    f->key = cell(row, "key").trimmed();
    f->label = cell(row, "label");
    f->category = cell(row, "category");
    f->unit = cell(row, "unit");
    f->periodLabel = cell(row, "period");
    f->basis = cell(row, "basis");
    f->qualifier = cell(row, "qualifier");
    f->quote = cell(row, "quote");
    f->asWritten = cell(row, "as_written");
    f->formula = cell(row, "formula");
    f->derived = cell(row, "derived") == u"true";
    for (const char *column : {"key", "label", "unit", "period", "quote"}) {
        if (cell(row, column).trimmed().isEmpty())
            problems.add(line, columnNumber(column), tr("%1 is empty").arg(QLatin1String(column)));
    }
    const QString value = cell(row, "value");
    if (CellParser::number(value, &f->value) != CellParser::Number::Value)
        problems.add(line, columnNumber("value"), CellParser::notANumber(value));
    const qsizetype point = value.indexOf(u'.');
    f->decimals = point < 0 ? 0 : int(value.size() - point - 1);
    f->periodStart = QDate::fromString(cell(row, "period_start"), Qt::ISODate);
    f->periodEnd = QDate::fromString(cell(row, "period_end"), Qt::ISODate);
    for (const char *column : {"period_start", "period_end"}) {
        if (!QDate::fromString(cell(row, column), Qt::ISODate).isValid())
            problems.add(line, columnNumber(column),
                         tr("'%1' is not a date (YYYY-MM-DD)").arg(cell(row, column)));
    }
    if (f->periodStart.isValid() && f->periodEnd.isValid() && f->periodEnd < f->periodStart)
        problems.add(line, columnNumber("period_end"), tr("the period ends before it starts"));
    if (f->derived) {
        f->inputKeys = FormulaEvaluator::references(f->formula);
        if (f->formula.trimmed().isEmpty())
            problems.add(line, columnNumber("formula"), tr("a derived fact needs a formula"));
    } else if (f->asWritten.isEmpty()) {
        problems.add(line, columnNumber("as_written"),
                     tr("a stated fact needs the figure as its quote writes it"));
    } else if (!f->quote.contains(f->asWritten)) {
        problems.add(line, columnNumber("quote"),
                     tr("the quote does not contain '%1'").arg(f->asWritten));
    }
    return problems.count() == before;
}

bool FactsCsvFormat::read(const QStringList &header, CsvReader &reader,
                          const ImportContext &context, ImportSink &sink, ImportProblems &problems)
{
    if (!(context.options.seriesLabel.isEmpty() && context.options.seriesUnit.isEmpty())) {
        problems.add(1, 0,
                     tr("--label and --unit name a series of an OWID or World Bank file; a facts "
                        "CSV gives each fact its label and unit in its columns"));
        return true;
    }
    m_columns.clear();
    for (qsizetype c = 0; c < header.size(); ++c)
        m_columns.insert(header.at(c), c);
    for (const char *column : kRequired) {
        if (!m_columns.contains(QString::fromLatin1(column)))
            problems.add(1, 0, tr("the header has no '%1' column").arg(QLatin1String(column)));
    }
    if (!problems.isEmpty())
        return true;

    QString currentSource;
    QStringList row;
    while (reader.readRow(&row)) {
        if (row.size() == 1 && row.first().isEmpty())
            continue;
        Data::Fact fact;
        if (!readFact(row, reader.line(), &fact, problems))
            continue;
        Data::Source &s = fact.source;
        s.key = cell(row, "source_key").trimmed();
        s.publisher = context.options.sourceName.isEmpty() ? cell(row, "source_publisher")
                                                           : context.options.sourceName;
        s.title = cell(row, "source_title");
        s.author = cell(row, "source_author");
        s.published = QDate::fromString(cell(row, "source_published"), Qt::ISODate);
        s.url = context.options.sourceUrl.isEmpty() ? cell(row, "source_url")
                                                    : context.options.sourceUrl;
        s.licence = cell(row, "source_licence");
        if (s.key.isEmpty() || s.publisher.isEmpty() || s.title.isEmpty() ||
            !s.published.isValid()) {
            problems.add(reader.line(), columnNumber("source_key"),
                         tr("the source needs a key, a publisher, a title and a published date"));
            continue;
        }
        if (s.key != currentSource) {
            currentSource = s.key;
            if (!sink.putSource(s))
                return false;
        }
        if (!sink.putFact(fact))
            return false;
    }
    if (reader.hasError())
        problems.add(reader.errorString());
    return true;
}
