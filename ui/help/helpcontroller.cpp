// SPDX-License-Identifier: MIT
#include "helpcontroller.h"

#include "appinfo.h"
#include "format/factformatter.h"
#include "help/userguide.h"
#include "models/dashboardmodels.h"
#include "models/facttablemodel.h"
#include "models/seriesmodel.h"
#include "store/factstore.h"
#include "userguidedialog.h"

#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

#include <functional>

HelpController::HelpController(QMainWindow *window, DashboardModels *models)
    : QObject(window)
    , m_window(window)
    , m_models(models)
{
}

void HelpController::addActions(QMenu *help)
{
    QAction *guide = help->addAction(tr("&User Guide"), this, [this] { showGuide(); });
    guide->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F1));
    QMenu *sections = help->addMenu(tr("User Guide &Sections"));
    for (const UserGuide::Section &s : UserGuide::sections(UserGuide::builtInMarkdown())) {
        if (!s.title.isEmpty())
            sections->addAction(s.title, this, [this, title = s.title] { showGuide(title); });
    }
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        QMessageBox::information(m_window, tr("Keyboard Shortcuts"), shortcutsText());
    });
    keys->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(m_window, tr("About %1").arg(AppInfo::displayName()), aboutText());
    });
}

void HelpController::showGuide(const QString &section)
{
    auto *dialog = new UserGuideDialog(UserGuide::sections(UserGuide::builtInMarkdown()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showSection(section);
    dialog->show();
}

// Built from the menus, so the list is always the shortcuts the window really has.
QString HelpController::shortcutsText() const
{
    QString rows;
    const std::function<void(const QMenu *)> collect = [&](const QMenu *menu) {
        for (const QAction *action : menu->actions()) {
            if (action->menu())
                collect(action->menu());
            else if (!action->shortcut().isEmpty())
                rows +=
                    QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                        .arg(action->text().remove(u'&').toHtmlEscaped(),
                             action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
        }
    };
    for (const QAction *top : m_window->menuBar()->actions()) {
        if (top->menu())
            collect(top->menu());
    }
    return tr("<table cellspacing='6'>%1</table><p>In the fact search: Esc clears, Down moves to "
              "the table. In the table: Ctrl+A selects every row, Ctrl+C copies the selection "
              "as tab-separated text. In a presentation: arrows, PgUp/PgDn, Space and Enter move; "
              "Home and End go to the first and last slide; a number and Enter jumps; B and W "
              "blank the screen; P pauses; T changes the theme; Esc or F5 ends.</p>")
        .arg(rows);
}

QString HelpController::aboutText() const
{
    QStringList credits;
    QStringList seen;
    auto credit = [&](const Data::Source &source) {
        if (!source.builtIn && source.importedAt.isValid())
            return; // an import is the analyst's own, credited under Sources
        if (seen.contains(source.key))
            return;
        seen << source.key;
        credits << QStringLiteral("<li>%1%2</li>")
                       .arg(FactFormatter::fullCitation(source).toHtmlEscaped(),
                            source.licence.isEmpty()
                                ? tr(" — quoted for reference; no licence is stated")
                                : QString());
    };
    for (const Data::Fact &fact : m_models->facts()->facts())
        credit(fact.source);
    for (const Data::Series &series : m_models->series()->series())
        credit(series.source);
    return tr("<h3>%1 %2</h3><p>The figures of China Daily, 29 Aug 2025, “Digital tech boom "
              "offers opportunities”, on China's digital cooperation with the Shanghai "
              "Cooperation Organization countries. Every figure carries the sentence it comes "
              "from; derived figures show their formula.</p>"
              "<p>Built-in data (dataset revision %3):</p><ul>%4</ul>"
              "<p>Built with Qt %5 (running on Qt %6).</p>")
        .arg(AppInfo::displayName(), AppInfo::version(), FactStore::embeddedRevision(),
             credits.join(QString()), QStringLiteral(QT_VERSION_STR),
             QString::fromLatin1(qVersion()));
}
