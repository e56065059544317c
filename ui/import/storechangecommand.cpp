// SPDX-License-Identifier: MIT
#include "storechangecommand.h"

StoreChangeCommand::StoreChangeCommand(const QString &text, Step undo, Step redo,
                                       std::function<void(const QString &error)> changed)
    : m_undo(std::move(undo))
    , m_redo(std::move(redo))
    , m_changed(std::move(changed))
{
    setText(text);
}

void StoreChangeCommand::redo()
{
    if (m_first) { // the change that made the command is already done
        m_first = false;
        return;
    }
    m_changed(m_redo());
}

void StoreChangeCommand::undo()
{
    m_changed(m_undo());
}
