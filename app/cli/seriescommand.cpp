// SPDX-License-Identifier: MIT
#include "seriescommand.h"

#include "export/rowlistwriter.h"
#include "format/factformatter.h"
#include "models/factfilterproxymodel.h"
#include "models/seriesmodel.h"
#include "store/repository.h"

bool SeriesCommand::run(const Invocation &invocation)
{
    Repository store;
    const std::optional<Data::Dataset> dataset =
        store.openAndLoad(invocation.databasePath, Repository::UserStore::OpenIfPresent);
    if (!dataset) {
        m_error = store.errorString();
        return false;
    }
    m_warning = store.userStoreProblem();
    // The window's series table and search, so both find the same rows.
    SeriesModel model;
    model.setSeries(dataset->series);
    FactFilterProxyModel search;
    search.setSearchRole(SeriesModel::SearchTextRole);
    search.setSourceModel(&model);
    search.setSearchText(invocation.search);
    QList<QStringList> rows;
    for (int row = 0; row < search.rowCount(); ++row) {
        const int source = search.mapToSource(search.index(row, 0)).row();
        const Data::Series &s = *model.seriesOfRow(source);
        const Data::Observation &o = *model.observationAt(source);
        rows.append({s.label, s.indicatorCode, o.entity, o.entityCode, o.periodLabel,
                     QLocale::c().toString(o.value, 'g', QLocale::FloatingPointShortest), s.unit,
                     FactFormatter::sourceLine(s.source, QLocale::c())});
    }
    FactListWriter::Format format = FactListWriter::Format::Table;
    FactListWriter::parseFormat(invocation.format, &format);
    const QStringList header{QStringLiteral("series"), QStringLiteral("indicator"),
                             QStringLiteral("entity"), QStringLiteral("iso3"),
                             QStringLiteral("period"), QStringLiteral("value"),
                             QStringLiteral("unit"),   QStringLiteral("source")};
    return emitOutput(
        [&](QIODevice *out) { return RowListWriter::write(header, rows, format, out); });
}
