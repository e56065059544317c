// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

// The problems of one import file. Keeps the first kKept messages and counts them all, so a
// file with a million bad rows reports quickly and in bounded memory.
class ImportProblems
{
public:
    static constexpr int kKept = 20;

    // "line 14, column 4: 'n/a' is not a number"; column 0 names the line only.
    void add(qint64 line, int column, const QString &message);
    void add(const QString &message);

    bool isEmpty() const { return m_count == 0; }
    qint64 count() const { return m_count; }
    const QStringList &first() const { return m_first; }
    // The kept messages, one a line, then "… and N more problems" when some were not kept.
    QString text() const;

private:
    QStringList m_first;
    qint64 m_count = 0;
};
