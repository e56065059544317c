// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

// The interface languages: English (the source), 简体中文 and Русский, the SCO's working
// languages. apply() installs the program's translation and Qt's own (standard dialogs and
// buttons), and makes the language's QLocale the default, so numbers and dates follow it.
// Needs a QCoreApplication.
class Translation
{
public:
    struct Language
    {
        QString code;       // "en", "zh_CN", "ru": what --lang and the settings take
        QString nativeName; // "English", "简体中文", "Русский": how the menu names it
    };

    static QList<Language> languages();
    static bool isSupported(const QString &code);
    // CODE as languages() spells it: "zh" is "zh_CN"; any other is returned as given.
    static QString canonical(const QString &code);
    // The first supported language of the system's UI languages; English when none is.
    static QString systemDefault();
    // The language last applied; "en" before any.
    static QString current();
    // Returns false, and leaves the current language, when CODE is not supported or its
    // translation is missing from the build.
    static bool apply(const QString &code);
};
