// SPDX-License-Identifier: MIT
#include "appinfo.h"

#include <QCoreApplication>

void AppInfo::apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("sco-dashboard"));
    QCoreApplication::setApplicationName(QStringLiteral("sco-dashboard"));
    QCoreApplication::setApplicationVersion(version());
}

QString AppInfo::displayName()
{
    return QCoreApplication::translate("AppInfo", "SCO Digital Cooperation Dashboard");
}

QString AppInfo::version()
{
    return QStringLiteral(SCO_VERSION);
}

QString AppInfo::desktopId()
{
    return QStringLiteral(SCO_APP_ID);
}
