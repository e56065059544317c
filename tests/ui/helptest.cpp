// SPDX-License-Identifier: MIT
#include "help/helpcontroller.h"
#include "help/userguide.h"
#include "help/userguidedialog.h"
#include "mainwindow.h"
#include "store/factstore.h"
#include "testsupport.h"

#include <gtest/gtest.h>

namespace {

TEST(UserGuide, TheReadmeIsShippedAndSplitAtItsSections)
{
    const QList<UserGuide::Section> sections = UserGuide::sections(UserGuide::builtInMarkdown());
    QStringList titles;
    for (const UserGuide::Section &s : sections)
        titles << s.title;
    ASSERT_GE(sections.size(), 5);
    EXPECT_EQ(titles.first(), QStringLiteral("SCO Digital Cooperation Dashboard"));
    for (const char *title : {"What it is", "Command line", "Your own data", "Layout"})
        EXPECT_TRUE(titles.contains(QString::fromLatin1(title))) << title;
    // A "## " inside a code block is not a heading.
    EXPECT_EQ(UserGuide::sections(u"# T\n```\n## not\n```\n## Real\ntext\n"_qs).size(), 2);
}

TEST(UserGuide, DialogShowsTheChosenSection)
{
    UserGuideDialog dialog(UserGuide::sections(UserGuide::builtInMarkdown()));
    dialog.showSection(QStringLiteral("Your own data"));
    EXPECT_EQ(dialog.currentTitle(), QStringLiteral("Your own data"));
    EXPECT_TRUE(dialog.currentText().contains(QStringLiteral("user store")))
        << dialog.currentText().toStdString();
}

TEST(HelpController, AboutNamesVersionsRevisionCitationAndLicences)
{
    MainWindow window;
    window.setDataset(TestSupport::embeddedDataset());
    const QString about = window.helpController()->aboutText();
    EXPECT_TRUE(
        about.contains(QStringLiteral("dataset revision ") + FactStore::embeddedRevision()));
    EXPECT_FALSE(FactStore::embeddedRevision().isEmpty());
    EXPECT_TRUE(
        about.contains(QStringLiteral("China Daily (Chinadaily.com.cn), Yan Dongjie, 29 Aug "
                                      "2025 08:20")))
        << about.toStdString();
    EXPECT_TRUE(about.contains(QStringLiteral("Licence: CC BY 4.0")));
    EXPECT_TRUE(about.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
    const QString keys = window.helpController()->shortcutsText();
    for (const char *key : {"Ctrl+I", "Ctrl+E", "F5", "Home and End"})
        EXPECT_TRUE(keys.contains(QString::fromLatin1(key))) << key;
}

} // namespace
