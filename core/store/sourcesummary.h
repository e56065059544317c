// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// One source as the sources command and the window list it.
struct SourceSummary
{
    qint64 id = 0; // in its own file
    QString key;
    QString publisher;
    QString title;
    QString url;
    QString licence;
    QDateTime importedAt; // invalid when built in
    qint64 rows = 0;      // facts and observations it brought
    bool builtIn = false;

    // The source of ALL that IDORKEY names: by key, or by the numeric id of an imported one.
    static const SourceSummary *find(const QList<SourceSummary> &all, const QString &idOrKey)
    {
        bool isNumber = false;
        const qint64 number = idOrKey.toLongLong(&isNumber);
        for (const SourceSummary &s : all) {
            if (s.key == idOrKey || (isNumber && s.id == number && !s.builtIn))
                return &s;
        }
        return nullptr;
    }
};
