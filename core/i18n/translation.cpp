// SPDX-License-Identifier: MIT
#include "translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

QString currentCode = QStringLiteral("en");

QTranslator &programTranslator()
{
    static QTranslator translator;
    return translator;
}

QTranslator &qtTranslator()
{
    static QTranslator translator;
    return translator;
}

} // namespace

QList<Translation::Language> Translation::languages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
            {QStringLiteral("ru"), QStringLiteral("Русский")}};
}

bool Translation::isSupported(const QString &code)
{
    for (const Language &language : languages()) {
        if (language.code == code)
            return true;
    }
    return false;
}

QString Translation::canonical(const QString &code)
{
    return code == u"zh" ? QStringLiteral("zh_CN") : code;
}

QString Translation::systemDefault()
{
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QLocale locale(name);
        if (locale.language() == QLocale::Chinese)
            return QStringLiteral("zh_CN");
        if (locale.language() == QLocale::Russian)
            return QStringLiteral("ru");
        if (locale.language() == QLocale::English)
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString Translation::current()
{
    return currentCode;
}

bool Translation::apply(const QString &code)
{
    if (!isSupported(code))
        return false;
    QTranslator &program = programTranslator();
    QTranslator &qt = qtTranslator();
    QCoreApplication::removeTranslator(&program);
    QCoreApplication::removeTranslator(&qt);
    if (code != u"en") {
        if (!program.load(QStringLiteral(":/i18n/sco_%1.qm").arg(code)))
            return false;
        // Qt's own strings; absent on a system without qt6-translations-l10n, which is no error.
        if (qt.load(QStringLiteral("qtbase_%1").arg(code),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
        QCoreApplication::installTranslator(&program);
    }
    // English keeps the system's own English locale (en_GB dates stay en_GB).
    const QLocale system = QLocale::system();
    QLocale::setDefault(code != u"en"                           ? QLocale(code)
                        : system.language() == QLocale::English ? system
                                                                : QLocale(QLocale::English));
    currentCode = code;
    return true;
}
