// SPDX-License-Identifier: MIT
#include "articlefigurewriter.h"

#include "figurecheck.h"
#include "i18n/translation.h"
#include "store/storefactory.h"

#include <algorithm>
#include <memory>

namespace {

std::unique_ptr<Store> openForWriting(const QString &path, QString *error)
{
    StoreOptions options;
    options.access = StoreOptions::Access::CreateIfAbsent;
    options.language = Translation::current();
    return StoreFactory::open(path, options, error);
}

} // namespace

bool ArticleFigureWriter::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool ArticleFigureWriter::save(const Data::Source &article, const QList<Data::Fact> &facts)
{
    Data::Source source = article;
    source.importedAt = QDateTime::currentDateTimeUtc(); // it entered the store now: it is ours
    m_error.clear();
    QString error;
    const std::unique_ptr<Store> store = openForWriting(m_storePath, &error);
    if (!store)
        return fail(error);
    if (!store->isWritable())
        return fail(store->problem().isEmpty() ? store->errorString() : store->problem());
    const std::unique_ptr<StoreWriter> writer = store->beginWrite();
    if (!writer)
        return fail(store->errorString());
    StoreWriter::Change change = StoreWriter::Change::Added;
    const std::optional<qint64> sourceId = writer->putSource(source, &change);
    if (sourceId && change != StoreWriter::Change::Added) {
        writer->rollback();
        return fail(tr("Your store already holds the figures of %1 (%2); remove that source "
                       "first to save them again.")
                        .arg(source.title, source.key));
    }
    bool ok = sourceId.has_value();
    for (qsizetype i = 0; ok && i < facts.size(); ++i)
        ok = writer->putFact(*sourceId, facts.at(i)).has_value();
    if (ok && writer->finish() && writer->commit())
        return true;
    const QString why = writer->errorString();
    writer->rollback();
    return fail(why);
}

bool ArticleFigureWriter::remove(const QString &sourceKey)
{
    m_error.clear();
    QString error;
    const std::unique_ptr<Store> store = openForWriting(m_storePath, &error);
    if (!store)
        return fail(error);
    return store->removeSource(sourceKey) || fail(store->errorString());
}

bool ArticleFigureWriter::removeFigure(const Data::Fact &fact)
{
    m_error.clear();
    QString error;
    const std::unique_ptr<Store> store = openForWriting(m_storePath, &error);
    if (!store)
        return fail(error);
    return store->removeFact(fact.key) || fail(store->errorString());
}

bool ArticleFigureWriter::restoreFigure(const Data::Fact &fact)
{
    m_error.clear();
    QString error;
    const std::unique_ptr<Store> store = openForWriting(m_storePath, &error);
    if (!store)
        return fail(error);
    // The store, not the caller's copy of the figure, says whether its key is built in.
    const std::optional<Data::Dataset> builtIn = store->loadBuiltIn();
    if (!builtIn)
        return fail(store->errorString());
    if (std::any_of(builtIn->facts.cbegin(), builtIn->facts.cend(),
                    [&fact](const Data::Fact &f) { return f.key == fact.key; }))
        return fail(tr("'%1' is a figure of the built-in dataset: it stays as its article states "
                       "it.")
                        .arg(fact.key));
    const std::unique_ptr<StoreWriter> writer = store->beginWrite();
    if (!writer)
        return fail(store->errorString());
    const std::optional<qint64> sourceId = writer->putSource(fact.source);
    if (sourceId && writer->putFact(*sourceId, fact) && writer->finish() && writer->commit())
        return true;
    const QString why = writer->errorString();
    writer->rollback();
    return fail(why);
}

bool ArticleFigureWriter::editFigure(const Data::Fact &before, const Data::Fact &after)
{
    m_error.clear();
    if (after.key != before.key || after.source.key != before.source.key || after.derived)
        return fail(tr("An edit keeps the figure '%1' and its source.").arg(before.key));
    if (const QString problem = FigureCheck::problemOf(after); !problem.isEmpty())
        return fail(problem);
    return restoreFigure(after);
}
