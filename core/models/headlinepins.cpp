// SPDX-License-Identifier: MIT
#include "headlinepins.h"

#include <QSettings>

namespace {
const QString kPinned = QStringLiteral("headlines/pinned");
const QString kUnpinned = QStringLiteral("headlines/unpinned");

QSet<QString> readKeys(const QSettings &settings, const QString &name)
{
    const QStringList keys = settings.value(name).toStringList();
    return {keys.cbegin(), keys.cend()};
}
} // namespace

HeadlinePins::HeadlinePins(QObject *parent)
    : QObject(parent)
{
    const QSettings settings;
    m_pinned = readKeys(settings, kPinned);
    m_unpinned = readKeys(settings, kUnpinned);
}

bool HeadlinePins::isHeadline(const Data::Fact &fact) const
{
    return isFlagged(fact) ? !m_unpinned.contains(fact.key) : m_pinned.contains(fact.key);
}

void HeadlinePins::setHeadline(const Data::Fact &fact, bool headline)
{
    if (isHeadline(fact) == headline)
        return;
    QSet<QString> &exceptions = isFlagged(fact) ? m_unpinned : m_pinned;
    if (headline == isFlagged(fact))
        exceptions.remove(fact.key);
    else
        exceptions.insert(fact.key);
    save();
    emit changed();
}

void HeadlinePins::save() const
{
    QSettings settings;
    settings.setValue(kPinned, QStringList(m_pinned.cbegin(), m_pinned.cend()));
    settings.setValue(kUnpinned, QStringList(m_unpinned.cbegin(), m_unpinned.cend()));
}
