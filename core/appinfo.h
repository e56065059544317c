// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The program's identity. apply() must run before anything asks QStandardPaths or QSettings
// for a location, because both derive paths from these names.
class AppInfo
{
public:
    static void apply();
    static QString displayName();
    static QString version();
    // The reverse-DNS id of the .desktop file, the metainfo and the icon.
    static QString desktopId();
};
