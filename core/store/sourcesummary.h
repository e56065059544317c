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

    // The imported source of ALL that IDORKEY names, by key or numeric id; nullptr with WHY
    // when there is none, or when it is built in.
    static const SourceSummary *removable(const QList<SourceSummary> &all, const QString &idOrKey,
                                          QString *why);
};
