// SPDX-License-Identifier: MIT
#include "importproblems.h"

#include <QCoreApplication>

void ImportProblems::add(qint64 line, int column, const QString &message)
{
    if (column > 0)
        add(QCoreApplication::translate("ImportProblems", "line %1, column %2: %3")
                .arg(line)
                .arg(column)
                .arg(message));
    else
        add(QCoreApplication::translate("ImportProblems", "line %1: %2").arg(line).arg(message));
}

void ImportProblems::add(const QString &message)
{
    if (m_first.size() < kKept)
        m_first.append(message);
    ++m_count;
}

QString ImportProblems::text() const
{
    QString text = m_first.join(u'\n');
    if (m_count > m_first.size())
        text += u'\n' + QCoreApplication::translate("ImportProblems", "… and %n more problem(s)",
                                                    nullptr, int(m_count - m_first.size()));
    return text;
}
