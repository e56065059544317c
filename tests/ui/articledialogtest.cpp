// SPDX-License-Identifier: MIT
// File › Figures from Article… in the real window: an article pasted, three of its four
// figures kept and one rejected, saved; the three appear in the fact table and the source pane
// with their sentences; one deleted and put back; Ctrl+Z takes the save out of the store and
// the window, Ctrl+Shift+Z brings it back. Re-reading the text keeps the analyst's choices.
#include "import/articledialog.h"
#include "extract/articlefigurewriter.h"
#include "extract/proposalfacts.h"
#include "import/importcontroller.h"
#include "mainwindow.h"
#include "models/dashboardmodels.h"
#include "models/facttablemodel.h"
#include "models/proposaltablemodel.h"
#include "widgets/facttablepanel.h"
#include "widgets/sourcepane.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace {

const QString kArticle = QStringLiteral(
    "China-SCO trade keeps growing\n"
    "Xinhua | August 28, 2025\n"
    "China's trade with other SCO member states stood at around 512.4 billion U.S. dollars in "
    "2024, up 2.7 percent year on year, a commerce official said.\n"
    "Chinese enterprises have set up more than 3,000 companies in other member states.\n"
    "Qingdao Port is connected with 42 shipping routes to SCO countries.\n");

QStringList factKeysOf(const MainWindow &window, const QString &sourceKey)
{
    QStringList keys;
    for (const Data::Fact &f : window.models()->facts()->facts()) {
        if (f.source.key == sourceKey)
            keys << f.key;
    }
    return keys;
}

QAction *actionWithShortcut(MainWindow &window, const QKeySequence &shortcut)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == shortcut)
            return action;
    }
    return nullptr;
}

TEST(ArticleDialogTest, KeptFiguresAreSavedShownUndoneAndRedone)
{
    QTemporaryDir dir;
    MainWindow window;
    window.setUserStorePath(dir.filePath(QStringLiteral("user.sqlite")));
    window.reloadStore();
    ArticleDialog *dialog = window.importController()->figuresFromArticle();
    ASSERT_TRUE(dialog);
    dialog->setArticleText(kArticle);
    ArticleCitation citation = dialog->citation();
    EXPECT_EQ(citation.title, QStringLiteral("China-SCO trade keeps growing"));
    EXPECT_EQ(citation.published, QDate(2025, 8, 28));
    EXPECT_FALSE(dialog->saveButton()->isEnabled()) << "no outlet yet";
    EXPECT_TRUE(dialog->problem().contains(QStringLiteral("outlet")));
    citation.outlet = QStringLiteral("Xinhua"); // as the analyst types it
    dialog->setCitation(citation);

    ProposalTableModel *proposals = dialog->proposals();
    ASSERT_EQ(proposals->rowCount(), 4);
    EXPECT_EQ(proposals->index(0, ProposalTableModel::Figure).data().toString(),
              QStringLiteral("around 512.4 billion U.S. dollars"));
    // Reject the percentage, keep the other three, and name one of them by hand.
    ASSERT_TRUE(proposals->setData(proposals->index(1, ProposalTableModel::Keep), Qt::Unchecked,
                                   Qt::CheckStateRole));
    ASSERT_TRUE(proposals->setData(proposals->index(3, ProposalTableModel::Label),
                                   QStringLiteral("Qingdao Port shipping routes to SCO")));
    EXPECT_EQ(proposals->keptCount(), 3);
    // A re-read (more text, another day) keeps the choices and edits of the figures still there.
    dialog->setArticleText(kArticle + QStringLiteral("Exports to the region rose 5 percent.\n"));
    ASSERT_EQ(proposals->rowCount(), 5);
    EXPECT_EQ(proposals->keptCount(), 4); // the new figure is kept, the rejected one is not
    citation.published = QDate(2025, 8, 29);
    dialog->setCitation(citation);
    dialog->setArticleText(kArticle);
    citation.published = QDate(2025, 8, 28);
    dialog->setCitation(citation);
    ASSERT_EQ(proposals->rowCount(), 4);
    EXPECT_EQ(proposals->index(1, ProposalTableModel::Keep).data(Qt::CheckStateRole),
              Qt::Unchecked);
    EXPECT_EQ(proposals->index(3, ProposalTableModel::Label).data().toString(),
              QStringLiteral("Qingdao Port shipping routes to SCO"));
    EXPECT_EQ(proposals->keptCount(), 3);
    ASSERT_TRUE(dialog->saveButton()->isEnabled()) << dialog->problem().toStdString();
    const QString sourceKey = dialog->source().key;
    dialog->saveButton()->click();

    const QStringList saved = factKeysOf(window, sourceKey);
    ASSERT_EQ(saved.size(), 3);
    const FactTableModel *facts = window.models()->facts();
    const Data::Fact *routes = facts->factAt(facts->rowOfKey(saved.at(2)));
    ASSERT_TRUE(routes);
    EXPECT_EQ(routes->label, QStringLiteral("Qingdao Port shipping routes to SCO"));
    EXPECT_EQ(routes->value, 42);
    EXPECT_EQ(
        routes->quote,
        QStringLiteral("Qingdao Port is connected with 42 shipping routes to SCO countries."));
    EXPECT_EQ(routes->source.publisher, QStringLiteral("Xinhua"));
    window.selectFact(saved.at(0));
    EXPECT_TRUE(window.sourcePane()->plainText().contains(QStringLiteral(
        "stood at around 512.4 billion U.S. dollars in 2024, up 2.7 percent year on year")))
        << window.sourcePane()->plainText().toStdString();

    QAction *undo = actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    ASSERT_TRUE(undo && redo);

    // One of them deleted (Delete in the table), and put back by Ctrl+Z; the article's own
    // figures cannot be deleted.
    QAction *remove = window.factTable()->deleteAction();
    window.selectFact(QStringLiteral("digital_industry_revenue_growth_2025"));
    EXPECT_FALSE(remove->isEnabled()) << "a built-in figure";
    EXPECT_FALSE(ArticleFigureWriter(dir.filePath(QStringLiteral("user.sqlite")))
                     .removeFigure(*facts->factAt(
                         facts->rowOfKey(QStringLiteral("digital_industry_revenue_growth_2025")))));
    window.selectFact(saved.at(1));
    ASSERT_TRUE(remove->isEnabled());
    remove->trigger();
    EXPECT_EQ(factKeysOf(window, sourceKey), (QStringList{saved.at(0), saved.at(2)}));
    undo->trigger();
    QStringList restored = factKeysOf(window, sourceKey);
    restored.sort();
    QStringList all = saved;
    all.sort();
    EXPECT_EQ(restored, all) << "the deleted figure is back";

    ASSERT_TRUE(undo->isEnabled());
    undo->trigger(); // the save
    EXPECT_TRUE(factKeysOf(window, sourceKey).isEmpty()) << "undone: out of the window";
    window.reloadStore();
    EXPECT_TRUE(factKeysOf(window, sourceKey).isEmpty()) << "and out of the store";
    ASSERT_TRUE(redo->isEnabled());
    redo->trigger();
    restored = factKeysOf(window, sourceKey);
    restored.sort();
    EXPECT_EQ(restored, all);
}

TEST(ArticleDialogTest, SavingAnArticleTwiceIsRefusedAndWritesNothing)
{
    QTemporaryDir dir;
    MainWindow window;
    window.setUserStorePath(dir.filePath(QStringLiteral("user.sqlite")));
    window.reloadStore();
    for (int attempt = 0; attempt < 2; ++attempt) {
        ArticleDialog *dialog = window.importController()->figuresFromArticle();
        dialog->setArticleText(kArticle);
        ArticleCitation citation = dialog->citation();
        citation.outlet = QStringLiteral("Xinhua");
        dialog->setCitation(citation);
        if (attempt == 1) {
            // The refusal is a message box over the dialog; answer it as the analyst would.
            QTimer::singleShot(0, [] {
                if (QWidget *box = QApplication::activeModalWidget())
                    box->close();
            });
        }
        dialog->saveButton()->click();
        if (attempt == 1) {
            EXPECT_TRUE(dialog->isVisible()) << "the dialog stays open, nothing lost";
            dialog->close();
        }
    }
    EXPECT_EQ(factKeysOf(window, ProposalFacts::sourceOf({QStringLiteral("China-SCO trade keeps "
                                                                         "growing"),
                                                          QStringLiteral("Xinhua"), QString(),
                                                          QString(), QDate(2025, 8, 28)})
                                     .key)
                  .size(),
              4);
}

} // namespace
