// SPDX-License-Identifier: MIT
#include "importer.h"

#include "csvreader.h"
#include "factscsvformat.h"
#include "owidcsvformat.h"
#include "store/store.h"
#include "worldbankcsvformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace {

std::vector<std::unique_ptr<ImportFormat>> allFormats()
{
    std::vector<std::unique_ptr<ImportFormat>> formats;
    formats.push_back(std::make_unique<FactsCsvFormat>());
    formats.push_back(std::make_unique<OwidCsvFormat>());
    formats.push_back(std::make_unique<WorldBankCsvFormat>());
    return formats;
}

constexpr qint64 kTickEvery = 2048;

} // namespace

Importer::Importer(Store &store, const Data::Dataset &builtIn)
    : m_store(store)
    , m_shadowing(builtIn)
    , m_members(builtIn.memberStates)
{
}

Importer::~Importer() = default;

bool Importer::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool Importer::run(const QString &path, const ImportOptions &options)
{
    m_report = {};
    m_report.file = path;
    m_report.dryRun = options.dryRun;
    m_updateSource = options.updateSource;
    m_error.clear();
    if (!m_store.isWritable())
        return fail(m_store.problem().isEmpty() ? tr("There is no user store to import into.")
                                                : m_store.problem());
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
    m_bytesTotal = file.size();
    const QDateTime modified = QFileInfo(path).lastModified();
    CsvReader reader(&file);
    m_reader = &reader;
    m_bytesDone = [&reader] {
        return reader.bytesRead();
    };
    QStringList first;
    while (reader.readRow(&first) && first.size() == 1 && first.first().isEmpty()) {
    }
    if (reader.hasError() || first.isEmpty())
        return fail(tr("%1: %2").arg(path, reader.hasError() ? reader.errorString()
                                                             : tr("the file is empty")));

    std::unique_ptr<ImportFormat> chosen;
    int best = 0;
    for (std::unique_ptr<ImportFormat> &format : allFormats()) {
        const int confidence = format->probe(first);
        const bool asked = options.format == format->format();
        if (asked || (options.format == ImportOptions::Format::Auto && confidence > best)) {
            best = asked ? 100 : confidence;
            chosen = std::move(format);
            if (asked)
                break;
        }
    }
    if (!chosen)
        return fail(tr("%1: not a format this program reads (facts CSV, OWID CSV or World Bank "
                       "CSV); its first line starts '%2'")
                        .arg(path, first.mid(0, 3).join(u',')));
    m_report.format = chosen->format();

    const MemberStateMatcher members(m_members, QStringLiteral("SCO"));
    const ImportContext context{options, QFileInfo(path).fileName(), &members, path};
    m_seriesIds.clear();
    m_seriesNames.clear();
    m_writer = m_store.beginWrite();
    if (!m_writer)
        return fail(m_store.errorString());
    const bool completed = chosen->read(first, reader, context, *this, m_report.problems);
    // A file written, truncated or replaced while it was read would be stored half old, half
    // new, or cut inside a number: the whole import is rolled back instead.
    if (completed && !reader.hasError() &&
        (reader.bytesRead() != m_bytesTotal || file.size() != m_bytesTotal ||
         QFileInfo(path).size() != m_bytesTotal || QFileInfo(path).lastModified() != modified))
        m_report.problems.add(tr("%1 changed while it was being read; nothing was written. "
                                 "Import it again once it is complete.")
                                  .arg(path));
    const bool linked = completed && m_report.problems.isEmpty() && m_writer->finish();
    if (completed && !linked && m_report.problems.isEmpty())
        m_report.problems.add(m_writer->errorString());
    if (!completed || !m_report.problems.isEmpty() || options.dryRun) {
        m_writer->rollback();
        if (m_progress)
            m_progress(m_bytesTotal, m_bytesTotal);
        return completed || !m_report.problems.isEmpty()
                   ? m_report.problems.isEmpty()
                   : fail(m_report.cancelled ? tr("The import was cancelled; nothing was "
                                                  "written.")
                                             : m_writer->errorString());
    }
    if (!m_writer->commit())
        return fail(m_writer->errorString());
    m_report.written = true;
    if (m_progress)
        m_progress(m_bytesTotal, m_bytesTotal);
    return true;
}

bool Importer::tick()
{
    if (++m_ticks % kTickEvery != 0)
        return true;
    if (m_cancel && m_cancel->load()) {
        m_report.cancelled = true;
        return false;
    }
    if (m_progress)
        m_progress(m_bytesDone(), m_bytesTotal);
    return true;
}

bool Importer::count(std::optional<int> change)
{
    if (!change)
        return false;
    switch (StoreWriter::Change(*change)) {
    case StoreWriter::Change::Added:
        ++m_report.added;
        break;
    case StoreWriter::Change::Updated:
        ++m_report.updated;
        break;
    case StoreWriter::Change::Unchanged:
        ++m_report.unchanged;
        break;
    case StoreWriter::Change::Repeated:
        break; // the put reports it, naming the row
    }
    return tick();
}

bool Importer::putSource(const Data::Source &source)
{
    m_sourceBuiltIn = m_shadowing.shadowsSource(source.key);
    if (m_sourceBuiltIn)
        return true;
    Data::Source s = source;
    s.importedAt = QDateTime::currentDateTimeUtc();
    StoreWriter::Change change = StoreWriter::Change::Added;
    const std::optional<qint64> id = m_writer->putSource(s, &change);
    if (!id)
        return false;
    if (change != StoreWriter::Change::Added && !m_updateSource &&
        !m_report.sourceKeys.contains(s.key)) {
        m_report.problems.add(m_reader->line(), 0,
                              tr("your store already has the source '%1'; importing it again "
                                 "replaces its values, so choose to update it (--update-source), "
                                 "or give this file another name")
                                  .arg(s.key));
        return false; // nothing of this file is written
    }
    m_sourceId = *id;
    if (!m_report.sourceKeys.contains(s.key))
        m_report.sourceKeys.append(s.key);
    return true;
}

bool Importer::putSeries(const Data::Series &series)
{
    if (m_sourceBuiltIn)
        return true;
    m_report.series.append({series.label, series.unit});
    m_seriesNames.insert(series.key, {series.label, series.unit});
    const std::optional<qint64> id = m_writer->putSeries(m_sourceId, series);
    if (id)
        m_seriesIds.insert(series.key, *id);
    return id.has_value();
}

bool Importer::putObservation(const Data::Observation &observation)
{
    if (m_sourceBuiltIn)
        return skip(Skip::BuiltIn);
    const std::optional<StoreWriter::Change> change =
        m_writer->putObservation(m_seriesIds.value(observation.seriesKey), observation);
    if (change == StoreWriter::Change::Added || change == StoreWriter::Change::Updated) {
        const auto series = m_seriesNames.constFind(observation.seriesKey);
        preview({series == m_seriesNames.cend() ? observation.seriesKey : series->label,
                 observation.entity, observation.periodLabel, observation.value,
                 series == m_seriesNames.cend() ? QString() : series->unit,
                 change == StoreWriter::Change::Added});
    }
    if (change == StoreWriter::Change::Repeated)
        m_report.problems.add(
            m_reader->line(), 0,
            tr("%1, %2 of series %3 is given again; an earlier line of the "
               "file has it")
                .arg(observation.entity, observation.periodLabel, observation.seriesKey));
    return count(change ? std::optional<int>(int(*change)) : std::nullopt);
}

bool Importer::putFact(const Data::Fact &fact)
{
    if (m_sourceBuiltIn || m_shadowing.shadows(fact))
        return skip(Skip::BuiltIn);
    const std::optional<StoreWriter::Change> change = m_writer->putFact(m_sourceId, fact);
    if (change == StoreWriter::Change::Added || change == StoreWriter::Change::Updated)
        preview({fact.label, QString(), fact.periodLabel, fact.value, fact.unit,
                 change == StoreWriter::Change::Added});
    if (change == StoreWriter::Change::Repeated)
        m_report.problems.add(m_reader->line(), 0,
                              tr("the fact '%1' is given again; an earlier line of the file has "
                                 "it")
                                  .arg(fact.key));
    return count(change ? std::optional<int>(int(*change)) : std::nullopt);
}

void Importer::preview(const ImportReport::Row &row)
{
    if (m_report.firstRows.size() < ImportReport::kPreviewRows)
        m_report.firstRows.append(row);
}

bool Importer::skip(Skip reason)
{
    switch (reason) {
    case Skip::Missing:
        ++m_report.skippedMissing;
        break;
    case Skip::NotMember:
        ++m_report.skippedNotMember;
        break;
    case Skip::BuiltIn:
        ++m_report.skippedBuiltIn;
        break;
    }
    return tick();
}
