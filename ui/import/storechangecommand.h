// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>

// A change the window made to the analyst's store, undoably: an article's figures saved, one
// of the analyst's own figures deleted. It is pushed once the change has succeeded, so its first
// redo() does nothing; after that UNDO and REDO each make or take back the change and return why
// they failed (empty when they did not). CHANGED runs after each, for the window to reload, with
// that reason.
class StoreChangeCommand : public QUndoCommand
{
public:
    using Step = std::function<QString()>;

    StoreChangeCommand(const QString &text, Step undo, Step redo,
                       std::function<void(const QString &error)> changed);

    void undo() override;
    void redo() override;

private:
    Step m_undo;
    Step m_redo;
    std::function<void(const QString &error)> m_changed;
    bool m_first = true;
};
