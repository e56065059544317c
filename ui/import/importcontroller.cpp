// SPDX-License-Identifier: MIT
#include "importcontroller.h"

#include "importdialog.h"
#include "sourcesdialog.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

namespace {

QStringList droppedCsvFiles(const QMimeData *mime)
{
    QStringList files;
    for (const QUrl &url : mime->urls()) {
        const QString path = url.toLocalFile();
        if (!path.isEmpty() && QFileInfo(path).isFile())
            files << path;
    }
    return files;
}

} // namespace

ImportController::ImportController(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

void ImportController::addActions(QMenu *fileMenu)
{
    QAction *import = fileMenu->addAction(tr("&Import…"), this, &ImportController::chooseFile);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setStatusTip(tr("Add figures from a facts CSV, an Our World in Data CSV or a World "
                            "Bank CSV to your own store; you can also drop a file on the window"));
    QAction *sources = fileMenu->addAction(tr("S&ources…"), this, &ImportController::showSources);
    sources->setStatusTip(tr("List every source with its licence, and remove imported ones"));
}

void ImportController::chooseFile()
{
    QSettings settings;
    const QString folder =
        settings
            .value(QStringLiteral("import/folder"),
                   QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
            .toString();
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Import Figures"), folder,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/folder"), QFileInfo(file).absolutePath());
    importFile(file);
}

void ImportController::importFile(const QString &file)
{
    auto *dialog = new ImportDialog(m_userStorePath, file, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, &ImportController::storeChanged);
    dialog->open();
}

void ImportController::showSources()
{
    auto *dialog = new SourcesDialog(m_userStorePath, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SourcesDialog::sourceRemoved, this, &ImportController::storeChanged);
    dialog->open();
}

bool ImportController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return false;
    if (event->type() == QEvent::DragEnter) {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        if (!droppedCsvFiles(drag->mimeData()).isEmpty())
            drag->acceptProposedAction();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        for (const QString &file : droppedCsvFiles(drop->mimeData()))
            importFile(file);
        drop->acceptProposedAction();
        return true;
    }
    return false;
}
