// SPDX-License-Identifier: MIT
#include "savearticlecommand.h"

#include "extract/articlefigurewriter.h"

#include <QCoreApplication>

SaveArticleCommand::SaveArticleCommand(const QString &storePath, const Data::Source &source,
                                       const QList<Data::Fact> &facts,
                                       std::function<void(const QString &error)> changed)
    : m_storePath(storePath)
    , m_source(source)
    , m_facts(facts)
    , m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("SaveArticleCommand", "Save %n Figure(s) of %1", nullptr,
                                        int(facts.size()))
                .arg(source.publisher));
}

void SaveArticleCommand::redo()
{
    if (m_saved) // the save that made the command
        return;
    ArticleFigureWriter writer(m_storePath);
    m_saved = writer.save(m_source, m_facts);
    m_changed(writer.errorString());
}

void SaveArticleCommand::undo()
{
    ArticleFigureWriter writer(m_storePath);
    m_saved = !writer.remove(m_source.key);
    m_changed(writer.errorString());
}
