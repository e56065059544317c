// SPDX-License-Identifier: MIT
#include "importcommand.h"

#include "export/rowlistwriter.h"
#include "import/importer.h"
#include "store/storefactory.h"

#include <QCoreApplication>

namespace {

std::unique_ptr<Store> openStore(const Invocation &invocation, StoreOptions::Access access,
                                 QString *error, bool checkInFull = false)
{
    StoreOptions options;
    options.access = access;
    options.checkInFull = checkInFull;
    return StoreFactory::open(invocation.databasePath, options, error);
}

} // namespace

bool ImportCommand::run(const Invocation &invocation)
{
    switch (invocation.command) {
    case Invocation::Command::Import:
        return runImport(invocation);
    case Invocation::Command::RemoveSource:
        return removeSource(invocation);
    case Invocation::Command::CheckStore:
        return checkStore(invocation);
    default:
        return listSources(invocation);
    }
}

bool ImportCommand::runImport(const Invocation &invocation)
{
    const std::unique_ptr<Store> store =
        openStore(invocation, StoreOptions::Access::CreateIfAbsent, &m_error);
    const std::optional<Data::Dataset> builtIn = store ? store->loadBuiltIn() : std::nullopt;
    if (!builtIn) {
        if (store)
            m_error = store->errorString();
        return false;
    }
    Importer importer(*store, *builtIn);
    const bool ok = importer.run(invocation.importFile, invocation.importOptions);
    const ImportReport &report = importer.report();
    if (!ok) {
        m_error = report.problems.isEmpty()
                      ? importer.errorString()
                      : QCoreApplication::translate("ImportCommand",
                                                    "%1 was not imported; nothing was written. "
                                                    "%n problem(s):",
                                                    nullptr, int(report.problems.count()))
                                .arg(invocation.importFile) +
                            u'\n' + report.problems.text();
        return false;
    }
    const QString verdict =
        report.dryRun ? tr("Dry run, nothing written: %1").arg(report.summary())
                      : tr("Imported into %1: %2").arg(store->location(), report.summary());
    m_output = (verdict + u'\n').toUtf8();
    return true;
}

bool ImportCommand::listSources(const Invocation &invocation)
{
    const std::unique_ptr<Store> store =
        openStore(invocation, StoreOptions::Access::ReadOnly, &m_error);
    const std::optional<QList<SourceSummary>> sources = store ? store->sources() : std::nullopt;
    if (!sources || store->isLeftOut()) {
        if (store)
            m_error = sources ? store->problem() : store->errorString();
        return false;
    }
    m_warning = store->problem();
    QList<QStringList> rows;
    for (const SourceSummary &s : *sources) {
        rows.append({s.key, s.publisher, s.title, s.url, s.licence,
                     s.builtIn ? tr("built in") : s.importedAt.toString(Qt::ISODate),
                     QString::number(s.rows)});
    }
    FactListWriter::Format format = FactListWriter::Format::Table;
    FactListWriter::parseFormat(invocation.format, &format);
    m_output = RowListWriter::write({QStringLiteral("id"), QStringLiteral("publisher"),
                                     QStringLiteral("title"), QStringLiteral("url"),
                                     QStringLiteral("licence"), QStringLiteral("imported"),
                                     QStringLiteral("rows")},
                                    rows, format);
    return true;
}

bool ImportCommand::removeSource(const Invocation &invocation)
{
    const std::unique_ptr<Store> store =
        openStore(invocation, StoreOptions::Access::ReadOnly, &m_error);
    if (!store)
        return false;
    if (!store->isWritable()) {
        m_error = store->problem().isEmpty()
                      ? tr("There is no user store at %1.").arg(store->location())
                      : store->problem();
        return false;
    }
    if (!store->removeSource(invocation.sourceId)) {
        m_error = store->errorString();
        return false;
    }
    m_output =
        (tr("Removed '%1' and everything it brought.").arg(invocation.sourceId) + u'\n').toUtf8();
    return true;
}

// Every page, whatever the record of verified stores says; the store is never written.
bool ImportCommand::checkStore(const Invocation &invocation)
{
    const std::unique_ptr<Store> store =
        openStore(invocation, StoreOptions::Access::ReadOnly, &m_error, true);
    if (!store)
        return false;
    if (store->isLeftOut()) {
        m_error = store->problem();
        return false;
    }
    if (!store->hasStore()) {
        m_error = tr("There is no store at %1.").arg(store->location());
        return false;
    }
    m_warning = store->problem(); // shown read-only: still checked
    m_output =
        (tr("%1: every page was read; no problems found.").arg(store->location()) + u'\n').toUtf8();
    return true;
}
