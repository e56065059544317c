// SPDX-License-Identifier: MIT
#include "rememberedfolder.h"

#include <QFileInfo>
#include <QSettings>

RememberedFolder::RememberedFolder(const QString &key, QStandardPaths::StandardLocation fallback)
    : m_key(key)
    , m_fallback(fallback)
{
}

QString RememberedFolder::path() const
{
    return QSettings().value(m_key, QStandardPaths::writableLocation(m_fallback)).toString();
}

void RememberedFolder::remember(const QString &file) const
{
    QSettings().setValue(m_key, QFileInfo(file).absolutePath());
}
