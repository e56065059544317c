// SPDX-License-Identifier: MIT
#include "interfacelanguage.h"

#include "appinfo.h"
#include "i18n/translation.h"

#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>

namespace {

const QString kChineseFamily = QStringLiteral("WenQuanYi Micro Hei");

QFont &platformFont()
{
    static QFont font = QGuiApplication::font();
    return font;
}

} // namespace

QString InterfaceLanguage::fontFamily(const QString &code)
{
    if (code == u"zh_CN" && QFontDatabase::families().contains(kChineseFamily))
        return kChineseFamily;
    return platformFont().family();
}

bool InterfaceLanguage::apply(const QString &code)
{
    platformFont(); // remembered before the first change
    if (!Translation::apply(code))
        return false;
    QFont font = platformFont();
    font.setFamily(fontFamily(code));
    QGuiApplication::setFont(font);
    QGuiApplication::setApplicationDisplayName(AppInfo::displayName());
    return true;
}
