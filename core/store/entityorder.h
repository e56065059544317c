// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <utility>

// The order of stored entity names by the names the table shows them under, in the collation
// of the interface language: in Russian, Беларусь, Индия, Иран, Китай, not Belarus, China,
// India, Iran. Sorting by entity follows it, so what is sorted is what is read.
class EntityOrder
{
public:
    EntityOrder() = default; // empty: no order is given, stored names sort as they are

    // ENTITIES are (stored name, shown name) pairs; a stored name listed twice takes the
    // first of its shown names in LOCALE's collation.
    static EntityOrder byShownName(const QList<std::pair<QString, QString>> &entities,
                                   const QLocale &locale);

    // Lists the names of ENTITIES not yet listed after the others, by stored name: where
    // rankOf() put them.
    void appendUnlisted(QStringList entities);

    bool isEmpty() const { return m_entities.isEmpty(); }
    qsizetype size() const { return m_entities.size(); }
    // Stored names, first to last.
    const QStringList &entities() const { return m_entities; }
    // ENTITY's place; size() for a name not listed, which sorts after every listed one.
    int rankOf(const QString &entity) const { return m_rank.value(entity, int(size())); }
    // Whether A goes before B: by rank, then by stored name (among names not listed).
    bool lessThan(const QString &a, const QString &b) const;

private:
    QStringList m_entities;
    QHash<QString, int> m_rank;
};
