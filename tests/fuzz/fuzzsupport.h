// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>

// What every fuzz target shares: one QCoreApplication, a scratch folder on tmpfs when there is
// one, and quiet logs (libFuzzer's own output is what a run reports).
namespace FuzzSupport {

void application();
QString scratchPath(const QString &name);
void writeFile(const QString &path, const uint8_t *data, size_t size);
// Removes PATH and the -wal and -shm files SQLite may have left beside it.
void removeStore(const QString &path);

} // namespace FuzzSupport
