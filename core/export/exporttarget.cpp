// SPDX-License-Identifier: MIT
#include "exporttarget.h"

#include <QFileDevice>

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

QString ExportTarget::writeFailure(const QIODevice *device)
{
    const auto *file = qobject_cast<const QFileDevice *>(device);
    if (file && file->error() != QFileDevice::NoError &&
        file->errorString() != QStringLiteral("Unknown error"))
        return file->errorString();
    return QCoreApplication::translate("ExportTarget",
                                       "the file system took only part of the data (a full disk "
                                       "or a file size limit)");
}
