// SPDX-License-Identifier: MIT
#include "ownwrites.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace {

struct Writes
{
    int underWay = 0;
    std::optional<StoreFingerprint> left;
};

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QHash<QString, Writes> &writes()
{
    static QHash<QString, Writes> byPath;
    return byPath;
}

QString keyOf(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

OwnWrites::Scope::Scope(const QString &path)
    : m_path(keyOf(path))
{
    const QMutexLocker lock(&mutex());
    ++writes()[m_path].underWay;
}

OwnWrites::Scope::~Scope()
{
    std::optional<StoreFingerprint> left = StoreFingerprint::of(m_path);
    const QMutexLocker lock(&mutex());
    Writes &w = writes()[m_path];
    --w.underWay;
    w.left = std::move(left);
}

bool OwnWrites::inProgress(const QString &path)
{
    const QMutexLocker lock(&mutex());
    return writes().value(keyOf(path)).underWay > 0;
}

std::optional<StoreFingerprint> OwnWrites::lastLeft(const QString &path)
{
    const QMutexLocker lock(&mutex());
    return writes().value(keyOf(path)).left;
}
