// SPDX-License-Identifier: MIT
#include "entityorder.h"

#include <QCollator>

#include <algorithm>

EntityOrder EntityOrder::byShownName(const QList<std::pair<QString, QString>> &entities,
                                     const QLocale &locale)
{
    QCollator collator(locale);
    collator.setNumericMode(true); // "Country 9" before "Country 10"
    QList<std::pair<QString, QString>> sorted = entities;
    std::stable_sort(sorted.begin(), sorted.end(), [&collator](const auto &a, const auto &b) {
        const int shown = collator.compare(a.second, b.second);
        return shown != 0 ? shown < 0 : a.first < b.first;
    });
    EntityOrder order;
    for (const auto &[stored, shown] : sorted) {
        if (order.m_rank.contains(stored))
            continue;
        order.m_rank.insert(stored, int(order.m_entities.size()));
        order.m_entities.append(stored);
    }
    return order;
}

bool EntityOrder::lessThan(const QString &a, const QString &b) const
{
    const int rankA = rankOf(a);
    const int rankB = rankOf(b);
    return rankA != rankB ? rankA < rankB : a < b;
}

void EntityOrder::appendUnlisted(QStringList entities)
{
    entities.sort();
    for (const QString &entity : std::as_const(entities)) {
        if (m_rank.contains(entity))
            continue;
        m_rank.insert(entity, int(m_entities.size()));
        m_entities.append(entity);
    }
}
