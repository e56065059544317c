// SPDX-License-Identifier: MIT
#pragma once

#include "data/fact.h"

#include <QList>
#include <QString>
#include <QUndoCommand>

#include <functional>

// An article's figures saved into the analyst's store, undoably: undo removes the article's
// source and every figure it brought; redo writes them again. It is pushed once the first save
// has succeeded, so its first redo() writes nothing. CHANGED runs after each write, for the
// window to reload, with why it failed (empty when it did not).
class SaveArticleCommand : public QUndoCommand
{
public:
    SaveArticleCommand(const QString &storePath, const Data::Source &source,
                       const QList<Data::Fact> &facts,
                       std::function<void(const QString &error)> changed);

    void undo() override;
    void redo() override;

private:
    QString m_storePath;
    Data::Source m_source;
    QList<Data::Fact> m_facts;
    std::function<void(const QString &error)> m_changed;
    bool m_saved = true;
};
