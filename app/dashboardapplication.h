// SPDX-License-Identifier: MIT
#pragma once

#include "cli/invocation.h"

// Runs the window or the presentation: creates the QApplication, opens the store and shows
// MainWindow or a PresentationWindow. A store that cannot be opened is reported in a dialog
// (and on stderr) and the program exits non-zero.
class DashboardApplication
{
public:
    static int runWindow(const Invocation &invocation, int &argc, char **argv);
};
