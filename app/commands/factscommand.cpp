// SPDX-License-Identifier: MIT
#include "factscommand.h"

#include "export/factlistwriter.h"
#include "models/factfilterproxymodel.h"
#include "models/facttablemodel.h"

bool FactsCommand::run(const Invocation &invocation)
{
    const std::optional<Data::Dataset> dataset = loadStore(invocation);
    if (!dataset)
        return false;
    FactTableModel model;
    model.setFacts(dataset->facts);
    FactFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSearchText(invocation.search);

    QList<Data::Fact> facts;
    for (int row = 0; row < proxy.rowCount(); ++row)
        facts.append(*model.factAt(proxy.mapToSource(proxy.index(row, 0)).row()));

    FactListWriter::Format format = FactListWriter::Format::Table;
    FactListWriter::parseFormat(invocation.format, &format);
    return emitOutput([&](QIODevice *out) { return FactListWriter::write(facts, format, out); });
}
