// SPDX-License-Identifier: MIT
#pragma once

#include <QStandardPaths>
#include <QString>

// The folder a file dialog opens in, remembered in the settings under a key between uses:
// the folder of the last file chosen there, else a standard place.
class RememberedFolder
{
public:
    RememberedFolder(const QString &key, QStandardPaths::StandardLocation fallback);

    QString path() const;
    // Remembers FILE's folder for the next dialog.
    void remember(const QString &file) const;

private:
    QString m_key;
    QStandardPaths::StandardLocation m_fallback;
};
