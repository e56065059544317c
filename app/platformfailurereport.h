// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtGlobal>

// Turns Qt's abort when no platform plugin starts (no display, an unreachable X server, a bad
// -platform) into the one line the program prints for every error, and exit status 1.
// Construct it just before the QApplication and let it go out of scope once the application
// exists: in between, Qt's qt.qpa warnings are held back and name the reason.
class PlatformFailureReport
{
public:
    PlatformFailureReport();
    ~PlatformFailureReport();
    PlatformFailureReport(const PlatformFailureReport &) = delete;
    PlatformFailureReport &operator=(const PlatformFailureReport &) = delete;

    // The line printed for a start that failed after the given qt.qpa warning (may be empty).
    static QString message(const QString &firstPlatformWarning);

private:
    QtMessageHandler m_previous = nullptr;
};
