// SPDX-License-Identifier: MIT
#include "dashboardapplication.h"

#include "appinfo.h"
#include "firstpaintprobe.h"
#include "mainwindow.h"
#include "store/factstore.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

int DashboardApplication::runWindow(const Invocation &invocation, int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(AppInfo::displayName());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sco-dashboard.svg")));

    FactStore store;
    const bool opened = invocation.databasePath.isEmpty() ? store.openWorkingCopy()
                                                          : store.open(invocation.databasePath);
    const std::optional<Data::Dataset> dataset = opened ? store.load() : std::nullopt;
    if (!dataset) {
        QMessageBox::critical(nullptr, AppInfo::displayName(), store.errorString());
        return 1;
    }
    MainWindow window;
    window.setDataset(*dataset);
    if (FirstPaintProbe::requested())
        FirstPaintProbe::install(&window);
    window.show();
    return QApplication::exec();
}
