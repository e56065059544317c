// SPDX-License-Identifier: MIT
#include "exclusiverename.h"

#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

ExclusiveRename::Outcome ExclusiveRename::rename(const QString &from, const QString &to)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    int result =
        ::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE);
    // File systems without RENAME_NOREPLACE get the same guarantee from link(2), which never
    // replaces an existing name, followed by removing the old name.
    if (result != 0 && (errno == EINVAL || errno == ENOSYS)) {
        result = ::link(source.constData(), target.constData());
        if (result == 0)
            ::unlink(source.constData());
    }
    if (result == 0)
        return Outcome::Renamed;
    if (errno == EEXIST)
        return Outcome::TargetExists;
    m_error = QString::fromLocal8Bit(std::strerror(errno));
    return Outcome::Failed;
}
