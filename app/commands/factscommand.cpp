// SPDX-License-Identifier: MIT
#include "factscommand.h"

#include "export/factlistwriter.h"
#include "models/factfilterproxymodel.h"
#include "models/facttablemodel.h"
#include "store/repository.h"

bool FactsCommand::run(const Invocation &invocation)
{
    Repository store;
    std::optional<Data::Dataset> dataset =
        store.openAndLoad(invocation.databasePath, Repository::UserStore::OpenIfPresent);
    if (!dataset) {
        m_error = store.errorString();
        return false;
    }
    if (store.isUserStoreLeftOut()) {
        m_error = store.userStoreProblem();
        return false;
    }
    m_warning = store.userStoreProblem();
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
