// SPDX-License-Identifier: MIT
#include "platformfailurereport.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace {

QtMessageHandler previousHandler = nullptr;
QString firstWarning; // guarded by being set only while the application is constructed

void holdPlatformMessages(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    const bool fromPlatform = qstrncmp(context.category ? context.category : "", "qt.qpa", 6) == 0;
    if (type == QtFatalMsg) {
        const QByteArray line = (PlatformFailureReport::message(firstWarning) + u'\n').toUtf8();
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        std::fflush(stderr);
        std::_Exit(1);
    }
    if (fromPlatform) {
        if (firstWarning.isEmpty())
            firstWarning = text.trimmed();
        return;
    }
    if (previousHandler)
        previousHandler(type, context, text);
}

} // namespace

PlatformFailureReport::PlatformFailureReport()
{
    firstWarning.clear();
    m_previous = qInstallMessageHandler(holdPlatformMessages);
    previousHandler = m_previous;
}

PlatformFailureReport::~PlatformFailureReport()
{
    qInstallMessageHandler(m_previous);
    previousHandler = nullptr;
}

QString PlatformFailureReport::message(const QString &firstPlatformWarning)
{
    QString reason = firstPlatformWarning;
    if (reason.isEmpty() || reason.startsWith(u"could not connect to display")) {
        reason =
            qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
                ? QCoreApplication::translate("PlatformFailureReport",
                                              "there is no display (DISPLAY and "
                                              "WAYLAND_DISPLAY are not set)")
                : QCoreApplication::translate("PlatformFailureReport",
                                              "cannot connect to display '%1'")
                      .arg(qEnvironmentVariable("DISPLAY"));
    }
    reason.remove(QStringLiteral(" in \"\""));
    if (reason.endsWith(u'.'))
        reason.chop(1);
    return QCoreApplication::translate("PlatformFailureReport",
                                       "sco-dashboard: Qt cannot start its display platform: %1. "
                                       "The window and present need a display; export, facts "
                                       "and series do not.")
        .arg(reason);
}
