// SPDX-License-Identifier: MIT
// The start-up baseline: a bare QMainWindow with one empty QChartView, built in the same tree
// with the same flags, so the benchmark can report the dashboard's start-up against it.
#include "firstpaintprobe.h"

#include <QApplication>
#include <QChartView>
#include <QMainWindow>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QChartView(&window));
    window.resize(1280, 720);
    if (FirstPaintProbe::requested())
        FirstPaintProbe::install(&window);
    window.show();
    return QApplication::exec();
}
