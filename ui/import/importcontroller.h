// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

namespace Data {
struct Fact;
} // namespace Data
class ArticleDialog;
class QMenu;
class QUndoStack;
class QWidget;

// The window's way into the user store: File › Import… (Ctrl+I), CSV files dropped on the
// window, File › Figures from Article… (Ctrl+Shift+N), and File › Sources… to list and remove
// imported sources. An article's saved figures can be undone and redone (undoStack()). Emits
// storeChanged() after anything was written, so the window reloads.
class ImportController : public QObject
{
    Q_OBJECT
public:
    explicit ImportController(QWidget *window);

    void setUserStorePath(const QString &path) { m_userStorePath = path; }
    QString userStorePath() const { return m_userStorePath; }
    void addActions(QMenu *fileMenu);

    // Opens the import preview for FILE; the dialog deletes itself when closed.
    void importFile(const QString &file);
    void showSources();
    // Opens the article review; the dialog deletes itself when closed.
    ArticleDialog *figuresFromArticle();
    QUndoStack *undoStack() const { return m_undo; }
    // Deletes one of the analyst's own figures from the store, undoably.
    void deleteFigure(const Data::Fact &fact);
    // Edit Figure…: the form, then applyFigureEdit(); the edit is undoable.
    void editFigure(const Data::Fact &fact);
    bool applyFigureEdit(const Data::Fact &fact, const Data::Fact &edited);

signals:
    void storeChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseFile();
    void saveArticle(ArticleDialog *dialog);
    void afterUndoOrRedo(const QString &error);

    QWidget *m_window;
    QString m_userStorePath;
    QUndoStack *m_undo;
};
