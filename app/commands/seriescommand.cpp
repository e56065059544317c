// SPDX-License-Identifier: MIT
#include "seriescommand.h"

#include "export/rowlistwriter.h"
#include "format/factformatter.h"
#include "format/observationfields.h"
#include "search/observationsource.h"
#include "search/searchfolding.h"

#include <QCoreApplication>

#include <climits>

namespace {

QStringList rowOf(const Data::Series &s, const Data::Observation &o)
{
    return {s.label,
            s.indicatorCode,
            ObservationFields::entity(o),
            o.entityCode,
            o.periodLabel,
            QLocale::c().toString(o.value, 'g', QLocale::FloatingPointShortest),
            s.unit,
            FactFormatter::sourceLine(s.source, QLocale::c()),
            s.key,
            s.source.key};
}

} // namespace

bool SeriesCommand::run(const Invocation &invocation)
{
    const std::unique_ptr<Store> store = openSnapshot(invocation, {});
    if (!store)
        return false;
    // The catalogue and the whole listing come from the one snapshot.
    ObservationSource source(*store);
    if (!source.open()) {
        m_error = source.errorString();
        store->endSnapshot();
        return false;
    }
    m_search = invocation.search;
    // The window's series table and search: the same rows, found the same way.
    FactListWriter::Format format = FactListWriter::Format::Table;
    FactListWriter::parseFormat(invocation.format, &format);
    const QStringList header{QStringLiteral("series"), QStringLiteral("indicator"),
                             QStringLiteral("entity"), QStringLiteral("iso3"),
                             QStringLiteral("period"), QStringLiteral("value"),
                             QStringLiteral("unit"), QStringLiteral("source"),
                             // Keys a script passes on: export --series, remove-source.
                             QStringLiteral("series_key"), QStringLiteral("source_id")};
    const bool ok = emitOutput([&](QIODevice *out) { return write(source, header, format, out); });
    store->endSnapshot();
    return ok;
}

// Streams the rows a page at a time: memory stays flat however large the store.
bool SeriesCommand::write(const ObservationSource &source, const QStringList &header,
                          FactListWriter::Format format, QIODevice *out)
{
    const QStringList words = SearchFolding::terms(m_search);
    RowListWriter writer(header, format, out);
    const std::unique_ptr<ObservationQuery> query = source.query(words);
    qint64 leftOut = 0; // stored rows that are not valid observations: named, never printed
    QString firstProblem;
    constexpr int kPage = 4096;
    std::optional<ObservationRow> last;
    while (true) {
        const auto page = query->page(kPage, last ? &*last : nullptr);
        if (!page) {
            m_error = query->errorString();
            return false;
        }
        for (const ObservationRow &row : *page) {
            const Data::Series *series = source.seriesOf(row);
            if (row.problem.isEmpty() && series) {
                writer.add(rowOf(*series, row.observation));
            } else if (leftOut++ == 0) {
                firstProblem = row.problem;
            }
        }
        if (page->size() < kPage)
            break;
        last = page->last();
    }
    if (leftOut > 0) {
        const int count = leftOut > INT_MAX ? INT_MAX : int(leftOut);
        m_warning = QCoreApplication::translate(
                        "SeriesCommand",
                        "%n stored row(s) left out as not valid observations; the first: %1",
                        nullptr, count)
                        .arg(firstProblem);
    }
    return writer.finish();
}
