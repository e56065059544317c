// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

// Texts written into SQLite statements as literals: the lists of keys and names a query
// compiles in once, where binding each would need a parameter per element.
namespace SqlLiteral {

// TEXT as an SQL string literal, its quotes doubled.
inline QString quoted(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}

// TEXTS as the comma-separated literals of an IN list.
inline QString list(const QStringList &texts)
{
    QStringList parts;
    parts.reserve(texts.size());
    for (const QString &t : texts)
        parts << quoted(t);
    return parts.join(u',');
}

} // namespace SqlLiteral
