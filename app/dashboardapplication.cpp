// SPDX-License-Identifier: MIT
#include "dashboardapplication.h"
#include "i18n/translation.h"
#include "widgets/plainmessagebox.h"

#include "appinfo.h"
#include "firstpaintprobe.h"
#include "import/importcontroller.h"
#include "import/keyringpasswords.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "mainwindowhost.h"
#include "models/countryselectionsettings.h"
#include "models/dashboardmodels.h"
#include "platformfailurereport.h"
#include "presentation/presentationcontroller.h"
#include "presentation/presentationwindow.h"
#include "store/postgres/postgrespasswords.h"
#include "store/storefactory.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QStatusBar>

#include <cstdio>
#include <optional>

namespace {

// A user store larger than this (about 70,000 observations) is checked and read after the
// first paint: its integrity check alone takes 0.3 s at a million rows.
constexpr qint64 kOpenAfterFirstPaintBytes = 16 * 1024 * 1024;

} // namespace

int DashboardApplication::runWindow(const Invocation &invocation, int &argc, char **argv)
{
    std::optional<PlatformFailureReport> platformReport(std::in_place);
    QApplication app(argc, argv);
    platformReport.reset();
    InterfaceLanguage::apply(MainWindowHost::startLanguage(invocation.language));
    // Docks and Wayland match the window to its menu entry and icon by this name.
    QGuiApplication::setDesktopFileName(AppInfo::desktopId());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sco-dashboard.svg")));

    StoreOptions options;
    options.access = StoreOptions::Access::CreateIfAbsent;
    options.observationsOnDemand = true; // a large store's rows stay in it
    options.language = Translation::current();
    // A large user store is checked and read after the article has been painted.
    const bool later = invocation.command != Invocation::Command::Present &&
                       QFileInfo(invocation.databasePath.isEmpty() ? StoreFactory::defaultLocation()
                                                                   : invocation.databasePath)
                               .size() > kOpenAfterFirstPaintBytes;
    options.builtInOnly = later;
    QString error;
    std::unique_ptr<Store> store = StoreFactory::open(invocation.databasePath, options, &error);
    // A team store whose server wants a password: the desktop keyring may keep it.
    if (store && store->isLeftOut() && PostgresPasswords::isMissingPassword(store->problem()) &&
        KeyringPasswords::supply(invocation.databasePath))
        store = StoreFactory::open(invocation.databasePath, options, &error);
    const std::optional<Data::Dataset> dataset = store ? store->load() : std::nullopt;
    if (!dataset) {
        if (store)
            error = store->errorString();
        std::fprintf(stderr, "%s\n", qPrintable(error));
        PlainMessageBox::critical(nullptr, AppInfo::displayName(), error);
        return 1;
    }
    if (invocation.command == Invocation::Command::Present) {
        const qsizetype screens = QGuiApplication::screens().size();
        if (invocation.screen >= screens) {
            std::fprintf(stderr, "sco-dashboard: %s\n",
                         qPrintable(QApplication::translate("DashboardApplication",
                                                            "There is no screen %1; screens are "
                                                            "numbered 0 to %2.")
                                        .arg(invocation.screen)
                                        .arg(screens - 1)));
            return 2;
        }
        DashboardModels models;
        models.setDataset(*dataset);
        CountrySelectionSettings::restore(models.countries()); // the window's last choice
        PresentationWindow show(&models, invocation.presentTheme);
        show.setAttribute(Qt::WA_DeleteOnClose, false); // on the stack: the show ends with main
        show.setInterval(invocation.intervalSeconds);
        if (FirstPaintProbe::requested())
            FirstPaintProbe::install(&show);
        show.present(PresentationController::screenAt(invocation.screen));
        return QApplication::exec(); // closing the show closes the last window, which quits
    }
    if (!store->problem().isEmpty())
        std::fprintf(stderr, "sco-dashboard: %s\n", qPrintable(store->problem()));
    MainWindowHost host(store->location());
    host.createWindow(*dataset, store->problem());
    if (FirstPaintProbe::requested())
        FirstPaintProbe::install(host.window());
    // A run that quits at its first paint (a start-up benchmark) ends before this.
    if (later && !FirstPaintProbe::requested()) {
        host.window()->statusBar()->showMessage(
            QApplication::translate("DashboardApplication", "Opening your data in %1…")
                .arg(store->location()));
        FirstPaintProbe::whenPainted(host.window(), [&host] { host.window()->reloadStore(); });
    }
    host.window()->show();
    if (!invocation.importFile.isEmpty())
        host.window()->importController()->importFile(invocation.importFile);
    return QApplication::exec();
}
