// SPDX-License-Identifier: MIT
#include "teamstorelink.h"

#include "store/postgres/postgreslocation.h"
#include "store/postgres/teamstorewatch.h"
#include "teamstoredialog.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>

namespace {

constexpr int kMessageMs = 10000;

} // namespace

TeamStoreLink::TeamStoreLink(QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_statusBar(statusBar)
    , m_note(new QLabel(statusBar))
{
    m_note->setObjectName(QStringLiteral("teamStoreNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setVisible(false);
    m_statusBar->addPermanentWidget(m_note);
}

TeamStoreLink::~TeamStoreLink() = default;

QString TeamStoreLink::noteText() const
{
    return m_note->isVisible() ? m_note->text() : QString();
}

void TeamStoreLink::addActions(QMenu *fileMenu)
{
    QAction *connectTo = fileMenu->addAction(tr("Connect to &Team Store…"), this, [this] {
        auto *dialog = new TeamStoreDialog(m_location, m_statusBar->window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &TeamStoreDialog::chosen, this, &TeamStoreLink::storeChosen);
        dialog->open();
    });
    connectTo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connectTo->setStatusTip(tr("Share one store with your team on a PostgreSQL server, or go "
                               "back to your own"));
}

void TeamStoreLink::follow(const QString &location)
{
    m_location = location;
    m_watch.reset();
    m_note->setVisible(false);
    if (!PostgresLocation::namesAServer(location))
        return;
    m_watch = std::make_unique<TeamStoreWatch>(location);
    connect(m_watch.get(), &TeamStoreWatch::changed, this, [this](const QString &summary) {
        m_statusBar->showMessage(summary, kMessageMs);
        emit reloadRequested();
    });
    connect(m_watch.get(), &TeamStoreWatch::connectionLost, this, [this](const QString &why) {
        showNote();
        emit problemChanged(tr("The team store at %1 cannot be reached: %2. The window shows "
                               "what it last read and reconnects by itself.")
                                .arg(m_watch->display(), why));
    });
    connect(m_watch.get(), &TeamStoreWatch::reconnected, this, [this] {
        showNote();
        m_statusBar->showMessage(tr("Connected again to %1").arg(m_watch->display()), kMessageMs);
        emit problemChanged(QString());
        emit reloadRequested();
    });
    m_watch->start(); // an unreachable server is the store's problem, shown by the window
    showNote();
}

void TeamStoreLink::showNote()
{
    QString text = tr("Team store: %1").arg(m_watch->display());
    if (m_watch->isConnected() && m_watch->isUnencrypted())
        text += tr(" · not encrypted");
    else if (!m_watch->isConnected())
        text += tr(" · offline");
    m_note->setText(text);
    m_note->setToolTip(m_watch->isUnencrypted()
                           ? tr("The connection to this server is not encrypted: what you read "
                                "and write crosses the network in the clear.")
                           : tr("Changes your colleagues commit appear here within a second."));
    m_note->setVisible(true);
}
