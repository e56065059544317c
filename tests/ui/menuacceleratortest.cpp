// SPDX-License-Identifier: MIT
// No two entries of one menu share an accelerator, in any language: Alt and a letter must do
// one thing. The window is built after the language is installed, as a start in it would be.
#include "i18n/translation.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>

#include <gtest/gtest.h>

namespace {

// The letter after a single '&', lower-cased; none for a text without one ("&&" is a '&').
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// "File: F used by &Open… and &Find" for each letter two visible entries of WIDGET share, and
// the same for each submenu.
QStringList clashes(const QString &where, const QList<QAction *> &actions)
{
    QStringList found;
    QHash<QChar, QString> byLetter;
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QChar letter = mnemonic(action->text());
        if (!letter.isNull()) {
            if (byLetter.contains(letter))
                found << QStringLiteral("%1: '%2' used by %3 and %4")
                             .arg(where, letter, byLetter.value(letter), action->text());
            else
                byLetter.insert(letter, action->text());
        }
        if (action->menu())
            found << clashes(where + QStringLiteral(" › ") + action->text(),
                             action->menu()->actions());
    }
    return found;
}

class MenuAcceleratorTest : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override { QSettings().clear(); }
    void TearDown() override
    {
        InterfaceLanguage::apply(QStringLiteral("en"));
        QSettings().clear();
    }
};

TEST_P(MenuAcceleratorTest, NoMenuHasTwoEntriesWithOneLetter)
{
    const QString language = QString::fromLatin1(GetParam());
    ASSERT_TRUE(InterfaceLanguage::apply(language));
    MainWindow window;
    window.setDataset(TestSupport::embeddedDataset());
    const QList<QAction *> menus = window.menuBar()->actions();
    ASSERT_GE(menus.size(), 4); // File, Edit, View, Help
    const QStringList found = clashes(language, menus);
    EXPECT_TRUE(found.isEmpty()) << found.join(u'\n').toStdString();
}

INSTANTIATE_TEST_SUITE_P(Languages, MenuAcceleratorTest, ::testing::Values("en", "zh_CN", "ru"),
                         [](const ::testing::TestParamInfo<const char *> &param) {
                             return std::string(param.param);
                         });

} // namespace
