// SPDX-License-Identifier: MIT
#include "seriescommand.h"

#include "export/rowlistwriter.h"
#include "format/factformatter.h"
#include "models/facttablemodel.h"
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
    const QStringList terms = FactTableModel::foldForSearch(invocation.search)
                                  .simplified()
                                  .split(u' ', Qt::SkipEmptyParts);
    QList<QStringList> rows;
    for (const Data::Series &s : dataset->series) {
        const QString source = FactFormatter::sourceLine(s.source, QLocale::c());
        for (const Data::Observation &o : s.observations) {
            QStringList row{s.label,      s.indicatorCode, o.entity,
                            o.entityCode, o.periodLabel,   QLocale::c().toString(o.value, 'g', 15),
                            s.unit,       source};
            const QString haystack = FactTableModel::foldForSearch(row.join(u'\n'));
            const bool matches = std::all_of(terms.cbegin(), terms.cend(), [&](const QString &t) {
                return haystack.contains(t);
            });
            if (matches)
                rows.append(row);
        }
    }
    FactListWriter::Format format = FactListWriter::Format::Table;
    FactListWriter::parseFormat(invocation.format, &format);
    m_output = RowListWriter::write({QStringLiteral("series"), QStringLiteral("indicator"),
                                     QStringLiteral("entity"), QStringLiteral("iso3"),
                                     QStringLiteral("period"), QStringLiteral("value"),
                                     QStringLiteral("unit"), QStringLiteral("source")},
                                    rows, format);
    return true;
}
