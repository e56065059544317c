// SPDX-License-Identifier: MIT
#include "mainwindowhost.h"

#include "i18n/translation.h"
#include "import/importcontroller.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "widgets/facttablepanel.h"

#include <QApplication>
#include <QSettings>

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

} // namespace

MainWindowHost::MainWindowHost(const QString &userStorePath, QObject *parent)
    : QObject(parent)
    , m_userStorePath(userStorePath)
{
}

MainWindowHost::~MainWindowHost() = default;

QString MainWindowHost::startLanguage(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    const QString remembered = QSettings().value(kLanguageKey).toString();
    return Translation::isSupported(remembered) ? remembered : Translation::systemDefault();
}

void MainWindowHost::makeWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setUserStorePath(m_userStorePath);
    connect(m_window.get(), &MainWindow::languageRequested, this, &MainWindowHost::switchLanguage);
}

void MainWindowHost::createWindow(const Data::Dataset &dataset, const QString &storeProblem)
{
    makeWindow();
    m_window->setDataset(dataset);
    m_window->setStoreProblem(storeProblem);
}

void MainWindowHost::switchLanguage(const QString &code)
{
    if (!m_window || !InterfaceLanguage::apply(code))
        return;
    QSettings().setValue(kLanguageKey, code);
    m_window->saveSettings();
    const QString fact = m_window->factTable()->currentFactKey();
    m_userStorePath = m_window->importController()->userStorePath(); // perhaps connected since
    const bool wasVisible = m_window->isVisible();
    // The request comes from the old window's own menu, so it is deleted once that returns.
    MainWindow *old = m_window.release();
    old->disconnect(this);
    makeWindow();
    m_window->reloadStore();
    if (wasVisible)
        m_window->show();
    if (!fact.isEmpty())
        m_window->selectFact(fact);
    old->hide();
    old->deleteLater();
}
