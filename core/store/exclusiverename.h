// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Moves a finished file into place only if nothing is there yet, in one step of the file system.
// QFile::rename is not that: when the target appears between its check and its rename, it
// falls back to copying over the target, truncating a store another process has just put there
// and is writing to.
class ExclusiveRename
{
public:
    enum class Outcome { Renamed, TargetExists, Failed };

    // Renames FROM to TO unless TO exists; FROM is left in place unless Renamed. On Failed,
    // errorString() says why.
    Outcome rename(const QString &from, const QString &to);
    QString errorString() const { return m_error; }

private:
    QString m_error;
};
