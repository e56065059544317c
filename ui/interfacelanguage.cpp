// SPDX-License-Identifier: MIT
#include "interfacelanguage.h"

#include "appinfo.h"
#include "i18n/translation.h"

#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>

namespace {

const QString kChineseFamily = QStringLiteral("WenQuanYi Micro Hei");
const QString kLatinFamily = QStringLiteral("DejaVu Sans");

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
    // The platform's font first, for Latin letters and digits in every weight (the CJK font
    // has no bold), then the one for Han characters.
    // A generic family ("Sans Serif") would resolve to the CJK font itself under a Chinese
    // locale, so the Latin font is named (DejaVu Sans, installed with fonts-dejavu-core).
    QFont font = platformFont();
    QStringList families{platformFont().family()};
    if (fontFamily(code) != families.first()) {
        if (QFontDatabase::families().contains(kLatinFamily))
            families = QStringList{kLatinFamily};
        families << fontFamily(code);
    }
    font.setFamilies(families);
    QGuiApplication::setFont(font);
    QGuiApplication::setApplicationDisplayName(AppInfo::displayName());
    return true;
}
