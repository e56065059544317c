// SPDX-License-Identifier: MIT
#include "clicommand.h"

#include "i18n/translation.h"
#include "store/storefactory.h"

bool CliCommand::emitOutput(const std::function<bool(QIODevice *)> &writer)
{
    if (!m_out) {
        QBuffer buffer(&m_output);
        buffer.open(QIODevice::WriteOnly);
        return writer(&buffer);
    }
    if (writer(m_out) &&
        (!qobject_cast<QFileDevice *>(m_out) || static_cast<QFileDevice *>(m_out)->flush()))
        return true;
    m_error = QCoreApplication::translate("CliCommand", "Cannot write the output: %1")
                  .arg(m_out->errorString());
    return false;
}

std::optional<Data::Dataset> CliCommand::loadStore(const Invocation &invocation,
                                                   bool observationsOnDemand)
{
    StoreOptions options;
    options.observationsOnDemand = observationsOnDemand;
    options.language = Translation::current(); // --lang, applied before any command runs
    const std::unique_ptr<Store> store =
        StoreFactory::open(invocation.databasePath, options, &m_error);
    std::optional<Data::Dataset> dataset = store ? store->load() : std::nullopt;
    if (!dataset) {
        if (store)
            m_error = store->errorString();
        return std::nullopt;
    }
    if (store->isLeftOut()) {
        m_error = store->problem();
        return std::nullopt;
    }
    m_warning = store->problem();
    return dataset;
}

std::unique_ptr<Store> CliCommand::openSnapshot(const Invocation &invocation,
                                                const StoreOptions &options)
{
    std::unique_ptr<Store> store = StoreFactory::open(invocation.databasePath, options, &m_error);
    if (!store)
        return nullptr;
    if (!store->beginSnapshot()) {
        m_error = store->errorString();
        return nullptr;
    }
    if (store->isLeftOut()) {
        m_error = store->problem();
        store->endSnapshot();
        return nullptr;
    }
    m_warning = store->problem();
    return store;
}
