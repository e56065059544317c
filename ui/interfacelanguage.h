// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The language of everything a QGuiApplication shows: Translation::apply() (strings, Qt's own
// strings, numbers and dates) plus what the core cannot do without a GUI. Chinese gets a font
// that holds every Han character the translation uses (WenQuanYi Micro Hei, fonts-wqy-microhei),
// after the platform's font (whose Latin letters and digits come in bold), so windows, exports
// and slides never fall back glyph by glyph. Not Noto Sans CJK: it shares
// glyphs between ideographs and radicals (长 and ⻓), and Qt's PDF writer then maps the glyph
// back to the radical, so the PDF's text reads wrong when copied or searched. Other languages
// keep the platform's font. The application's display name follows too.
class InterfaceLanguage
{
public:
    static bool apply(const QString &code);
    // The family apply() adds for CODE's script; the platform's default when it needs none.
    static QString fontFamily(const QString &code);
};
