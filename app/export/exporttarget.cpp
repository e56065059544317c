// SPDX-License-Identifier: MIT
#include "exporttarget.h"

#include <QCoreApplication>
#include <QFileInfo>

ExportTarget::Check ExportTarget::check(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return Check::Ok;
    return info.isFile() ? Check::Exists : Check::NotAFile;
}

QStringList ExportTarget::existing(const QStringList &paths)
{
    QStringList found;
    for (const QString &path : paths) {
        if (check(path) != Check::Ok)
            found << path;
    }
    return found;
}

QString ExportTarget::problem(const QString &path, Check check, const QString &forceHint)
{
    switch (check) {
    case Check::Ok:
        return {};
    case Check::NotAFile:
        return QCoreApplication::translate("ExportTarget",
                                           "%1 is not a regular file; an export writes only new "
                                           "files or replaces regular ones.")
            .arg(path);
    case Check::Exists:
        break;
    }
    return QCoreApplication::translate("ExportTarget", "%1 already exists; %2.")
        .arg(path, forceHint);
}
