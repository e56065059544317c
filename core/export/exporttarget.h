// SPDX-License-Identifier: MIT
#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

// Where an export may write. A new path is fine; an existing regular file only when the user
// agreed to replace it (--force, or a yes in the window); anything else (a folder, a device
// such as /dev/null, a FIFO, a socket) never, since replacing it would destroy it.
class ExportTarget
{
public:
    enum class Check { Ok, Exists, NotAFile };

    static Check check(const QString &path);
    // The files of PATHS that already exist; empty when none does.
    static QStringList existing(const QStringList &paths);
    // One sentence for a path that may not be written: "… is not a regular file …" or
    // "… already exists; add --force to replace it." (HINT is the last clause).
    static QString problem(const QString &path, Check check, const QString &forceHint);
    // Why a write to DEVICE fell short. A write cut short by a file size limit (or the last
    // free block) sets no error, so Qt would say "Unknown error".
    static QString writeFailure(const QIODevice *device);
};
