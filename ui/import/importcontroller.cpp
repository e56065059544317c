// SPDX-License-Identifier: MIT
#include "importcontroller.h"

#include "articledialog.h"
#include "extract/articlefigurewriter.h"
#include "figureeditdialog.h"
#include "importdialog.h"
#include "sourcesdialog.h"
#include "storechangecommand.h"
#include "widgets/plainmessagebox.h"
#include "widgets/rememberedfolder.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QStandardPaths>
#include <QUndoStack>
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
    , m_undo(new QUndoStack(this))
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
    QAction *article = fileMenu->addAction(tr("Fi&gures from Article…"), this,
                                           &ImportController::figuresFromArticle);
    article->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    article->setStatusTip(tr("Paste or open an article, review the figures it states, each with "
                             "its sentence, and keep them"));
    QAction *sources = fileMenu->addAction(tr("S&ources…"), this, &ImportController::showSources);
    sources->setStatusTip(tr("List every source with its licence, and remove imported ones"));
}

void ImportController::chooseFile()
{
    const RememberedFolder folder(QStringLiteral("import/folder"),
                                  QStandardPaths::DownloadLocation);
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Import Figures"), folder.path(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    folder.remember(file);
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

ArticleDialog *ImportController::figuresFromArticle()
{
    auto *dialog = new ArticleDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ArticleDialog::saveRequested, this, [this, dialog] { saveArticle(dialog); });
    dialog->open();
    return dialog;
}

// The first save runs here, so a refusal is shown in the dialog, which stays open; once it
// succeeded, the command that undoes and redoes it goes on the stack.
void ImportController::saveArticle(ArticleDialog *dialog)
{
    ArticleFigureWriter writer(m_userStorePath);
    const QList<Data::Fact> facts = dialog->facts();
    if (!writer.save(dialog->source(), facts)) {
        PlainMessageBox::warning(dialog, tr("Figures from Article"), writer.errorString());
        return;
    }
    const Data::Source source = dialog->source();
    const QString path = m_userStorePath;
    m_undo->push(new StoreChangeCommand(
        tr("Save %n Figure(s) of %1", nullptr, int(facts.size())).arg(source.publisher),
        [path, source] {
            ArticleFigureWriter undo(path);
            return undo.remove(source.key) ? QString() : undo.errorString();
        },
        [path, source, facts] {
            ArticleFigureWriter redo(path);
            return redo.save(source, facts) ? QString() : redo.errorString();
        },
        [this](const QString &error) { afterUndoOrRedo(error); }));
    emit storeChanged();
    dialog->accept();
}

// One of the analyst's own figures deleted, undoably; a built-in one never is.
void ImportController::deleteFigure(const Data::Fact &fact)
{
    ArticleFigureWriter writer(m_userStorePath);
    if (!writer.removeFigure(fact)) {
        PlainMessageBox::warning(m_window, tr("Delete Figure"), writer.errorString());
        return;
    }
    const QString path = m_userStorePath;
    m_undo->push(new StoreChangeCommand(
        tr("Delete %1").arg(fact.label),
        [path, fact] {
            ArticleFigureWriter undo(path);
            return undo.restoreFigure(fact) ? QString() : undo.errorString();
        },
        [path, fact] {
            ArticleFigureWriter redo(path);
            return redo.removeFigure(fact) ? QString() : redo.errorString();
        },
        [this](const QString &error) { afterUndoOrRedo(error); }));
    emit storeChanged();
}

void ImportController::editFigure(const Data::Fact &fact)
{
    FigureEditDialog dialog(fact, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyFigureEdit(fact, dialog.fact());
}

bool ImportController::applyFigureEdit(const Data::Fact &fact, const Data::Fact &edited)
{
    ArticleFigureWriter writer(m_userStorePath);
    if (!writer.editFigure(fact, edited)) {
        PlainMessageBox::warning(m_window, tr("Edit Figure"), writer.errorString());
        return false;
    }
    const QString path = m_userStorePath;
    m_undo->push(new StoreChangeCommand(
        tr("Edit %1").arg(edited.label),
        [path, fact, edited] {
            ArticleFigureWriter undo(path);
            return undo.editFigure(edited, fact) ? QString() : undo.errorString();
        },
        [path, fact, edited] {
            ArticleFigureWriter redo(path);
            return redo.editFigure(fact, edited) ? QString() : redo.errorString();
        },
        [this](const QString &error) { afterUndoOrRedo(error); }));
    emit storeChanged();
    return true;
}

void ImportController::afterUndoOrRedo(const QString &error)
{
    if (!error.isEmpty())
        PlainMessageBox::warning(m_window, tr("Undo"), error);
    emit storeChanged();
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
