// SPDX-License-Identifier: MIT
#include "readonlystorecopy.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QTemporaryDir>

#include <memory>

namespace {

struct Copies
{
    QMutex mutex;
    std::unique_ptr<QTemporaryDir> folder;
    QHash<QString, QString> byOriginal; // canonical path of the original -> its copy
    int made = 0;
};

Copies &copies()
{
    static Copies instance;
    return instance;
}

bool copyFile(const QString &from, const QString &to, QString *error)
{
    QFile source(from);
    if (source.copy(to))
        return true;
    *error = QCoreApplication::translate("ReadOnlyStoreCopy", "cannot copy %1 to read it (%2)")
                 .arg(from, source.errorString());
    return false;
}

} // namespace

bool ReadOnlyStoreCopy::needsCopy(const QString &path)
{
    return QFileInfo(path + QStringLiteral("-wal")).size() > 0;
}

QString ReadOnlyStoreCopy::of(const QString &path, QString *error)
{
    Copies &c = copies();
    const QMutexLocker lock(&c.mutex);
    const QString original = QFileInfo(path).canonicalFilePath();
    if (const auto it = c.byOriginal.constFind(original); it != c.byOriginal.cend())
        return *it;
    if (!c.folder) {
        c.folder = std::make_unique<QTemporaryDir>();
        if (!c.folder->isValid()) {
            *error = c.folder->errorString();
            c.folder.reset();
            return {};
        }
    }
    const QString copy = c.folder->filePath(QStringLiteral("store-%1.sqlite").arg(++c.made));
    if (!copyFile(original, copy, error) ||
        !copyFile(original + QStringLiteral("-wal"), copy + QStringLiteral("-wal"), error)) {
        QFile::remove(copy);
        return {};
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QFile::setPermissions(copy + QStringLiteral("-wal"), QFile::ReadOwner | QFile::WriteOwner);
    c.byOriginal.insert(original, copy);
    return copy;
}

bool ReadOnlyStoreCopy::isCopy(const QString &path)
{
    Copies &c = copies();
    const QMutexLocker lock(&c.mutex);
    return c.folder && path.startsWith(c.folder->path() + u'/');
}
