// SPDX-License-Identifier: MIT
#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>

namespace FuzzSupport {

void application()
{
    static int argc = 1;
    static char name[] = "sco-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = [] {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.warning=false"));
        return new QCoreApplication(argc, argv);
    }();
    (void)app;
}

QString scratchPath(const QString &name)
{
    static QTemporaryDir dir(QFileInfo::exists(QStringLiteral("/dev/shm"))
                                 ? QStringLiteral("/dev/shm/sco-fuzz-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/sco-fuzz-XXXXXX"));
    return dir.filePath(name);
}

void writeFile(const QString &path, const uint8_t *data, size_t size)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(reinterpret_cast<const char *>(data), qint64(size));
}

void removeStore(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace FuzzSupport
