// SPDX-License-Identifier: MIT
// Figures by hand in the real window: a figure the extractor missed, added by selecting it in
// the article's text (New Figure from Selection), labelled and saved with its sentence; then
// edited through Edit Figure… (F2), the form refusing an edit that no longer traces to the
// sentence; Ctrl+Z takes the edit back and Ctrl+Shift+Z makes it again. Built-in figures are
// never offered for editing.
#include "import/articledialog.h"
#include "import/figureeditdialog.h"
#include "import/importcontroller.h"
#include "mainwindow.h"
#include "models/dashboardmodels.h"
#include "models/facttablemodel.h"
#include "models/proposaltablemodel.h"
#include "widgets/facttablepanel.h"
#include "widgets/sourcepane.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace {

const QString kArticle = QStringLiteral(
    "China-SCO trade keeps growing\n"
    "Xinhua | August 28, 2025\n"
    "China's trade with other SCO member states grew 2.7 percent year on year in 2024.\n"
    "Customs officers counted 830 in the first half of this year.\n");

const Data::Fact *factLabelled(const MainWindow &window, const QString &label)
{
    for (const Data::Fact &f : window.models()->facts()->facts()) {
        if (f.label == label)
            return &f;
    }
    return nullptr;
}

TEST(FigureEditTest, AFigureAddedFromASelectionIsSavedEditedUndoneAndRedone)
{
    QTemporaryDir dir;
    MainWindow window;
    window.setUserStorePath(dir.filePath(QStringLiteral("user.sqlite")));
    window.reloadStore();
    ArticleDialog *dialog = window.importController()->figuresFromArticle();
    ASSERT_TRUE(dialog);
    dialog->setArticleText(kArticle);
    ArticleCitation citation = dialog->citation();
    citation.outlet = QStringLiteral("Xinhua");
    dialog->setCitation(citation);
    ProposalTableModel *proposals = dialog->proposals();
    ASSERT_EQ(proposals->rowCount(), 1) << "the rules see no figure in a bare 830";

    // Select " 830" as a mouse does, and add it.
    QTextCursor cursor = dialog->textEdit()->textCursor();
    const int at = int(kArticle.indexOf(QStringLiteral("830")));
    cursor.setPosition(at - 1);
    cursor.setPosition(at + 3, QTextCursor::KeepAnchor);
    dialog->textEdit()->setTextCursor(cursor);
    ASSERT_TRUE(dialog->newFigureButton()->isEnabled());
    dialog->newFigureButton()->click();
    ASSERT_EQ(proposals->rowCount(), 2);
    EXPECT_EQ(proposals->index(1, ProposalTableModel::Figure).data().toString(),
              QStringLiteral("830"));
    EXPECT_EQ(proposals->index(1, ProposalTableModel::Period).data().toString(),
              QStringLiteral("H1 2025"));
    EXPECT_EQ(dialog->problem(), QStringLiteral("Label every figure you keep."));
    ASSERT_TRUE(proposals->setData(proposals->index(1, ProposalTableModel::Label),
                                   QStringLiteral("Customs declarations")));
    EXPECT_EQ(dialog->problem(), QStringLiteral("Give every figure you keep its unit."));
    ASSERT_TRUE(proposals->setData(proposals->index(1, ProposalTableModel::Unit),
                                   QStringLiteral("declarations")));
    ASSERT_TRUE(dialog->saveButton()->isEnabled()) << dialog->problem().toStdString();
    dialog->saveButton()->click();
    const Data::Fact *added = factLabelled(window, QStringLiteral("Customs declarations"));
    ASSERT_TRUE(added);
    EXPECT_EQ(added->value, 830);
    EXPECT_EQ(added->quote, QStringLiteral("Customs officers counted 830 in the first half of "
                                           "this year."));
    const QString key = added->key;

    QAction *edit = window.factTable()->editAction();
    window.selectFact(QStringLiteral("digital_industry_revenue_growth_2025"));
    EXPECT_FALSE(edit->isEnabled()) << "a built-in figure";
    window.selectFact(key);
    ASSERT_TRUE(edit->isEnabled());
    EXPECT_TRUE(window.sourcePane()->plainText().contains(
        QStringLiteral("H1 2025 · From the article\nStated")))
        << "no empty place for the basis it lacks: "
        << window.sourcePane()->plainText().toStdString();
    EXPECT_EQ(edit->shortcut(), QKeySequence(Qt::Key_F2));

    // F2: the form refuses a figure the sentence does not state, then takes a new label.
    bool formSeen = false;
    QTimer::singleShot(0, [&] {
        auto *form = qobject_cast<FigureEditDialog *>(QApplication::activeModalWidget());
        if (!form)
            return;
        formSeen = true;
        form->asWrittenEdit()->setText(QStringLiteral("831"));
        EXPECT_FALSE(form->okButton()->isEnabled());
        EXPECT_EQ(form->problem(), QStringLiteral("The sentence does not hold \"831\" word for "
                                                  "word."));
        form->asWrittenEdit()->setText(QStringLiteral("830"));
        form->periodEndEdit()->setText(QStringLiteral("2025-06-31"));
        EXPECT_EQ(form->problem(), QStringLiteral("\"2025-06-31\" is not a day (YYYY-MM-DD)."));
        form->periodEndEdit()->setText(QStringLiteral("2025-06-30"));
        form->labelEdit()->setText(QStringLiteral("Customs declarations, H1"));
        ASSERT_TRUE(form->okButton()->isEnabled()) << form->problem().toStdString();
        form->okButton()->click();
    });
    edit->trigger();
    ASSERT_TRUE(formSeen);
    ASSERT_TRUE(factLabelled(window, QStringLiteral("Customs declarations, H1")));
    EXPECT_FALSE(factLabelled(window, QStringLiteral("Customs declarations")));

    QUndoStack *undo = window.importController()->undoStack();
    EXPECT_EQ(undo->undoText(), QStringLiteral("Edit Customs declarations, H1"));
    undo->undo();
    EXPECT_TRUE(factLabelled(window, QStringLiteral("Customs declarations")));
    window.reloadStore();
    EXPECT_TRUE(factLabelled(window, QStringLiteral("Customs declarations"))) << "in the store";
    undo->redo();
    EXPECT_TRUE(factLabelled(window, QStringLiteral("Customs declarations, H1")));
}

} // namespace
