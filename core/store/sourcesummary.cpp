// SPDX-License-Identifier: MIT
#include "sourcesummary.h"

#include <QCoreApplication>

const SourceSummary *SourceSummary::removable(const QList<SourceSummary> &all,
                                              const QString &idOrKey, QString *why)
{
    bool isNumber = false;
    const qint64 number = idOrKey.toLongLong(&isNumber);
    for (const SourceSummary &s : all) {
        if (s.key != idOrKey && !(isNumber && s.id == number && !s.builtIn))
            continue;
        if (!s.builtIn)
            return &s;
        *why = QCoreApplication::translate("Repository",
                                           "'%1' is part of the built-in dataset and cannot be "
                                           "removed.")
                   .arg(s.key);
        return nullptr;
    }
    *why =
        QCoreApplication::translate("Repository", "No source '%1'. The sources command lists them.")
            .arg(idOrKey);
    return nullptr;
}
