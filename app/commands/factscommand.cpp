// SPDX-License-Identifier: MIT
#include "factscommand.h"

#include "export/factlistwriter.h"
#include "i18n/translation.h"
#include "search/factsource.h"

bool FactsCommand::run(const Invocation &invocation)
{
    StoreOptions options;
    options.language = Translation::current(); // --lang, applied before any command runs
    const std::unique_ptr<Store> store = openSnapshot(invocation, options);
    if (!store)
        return false;
    FactSource source(*store);
    if (!source.setSearch(invocation.search)) {
        m_error = source.errorString();
        store->endSnapshot();
        return false;
    }
    FactListWriter::Format format = FactListWriter::Format::Table;
    FactListWriter::parseFormat(invocation.format, &format);
    constexpr int kPage = 1024;
    const auto nextPage = [&]() -> std::optional<QList<Data::Fact>> {
        const std::optional<QList<FactRow>> rows = source.next(kPage);
        if (!rows) {
            m_error = source.errorString();
            return std::nullopt;
        }
        QList<Data::Fact> facts;
        for (const FactRow &row : *rows)
            facts.append(row.fact);
        return facts;
    };
    const bool ok =
        emitOutput([&](QIODevice *out) { return FactListWriter::write(nextPage, format, out); });
    store->endSnapshot();
    return ok;
}
