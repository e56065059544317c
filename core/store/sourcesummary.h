// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
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
};
