// SPDX-License-Identifier: MIT
#include "shownstore.h"

#include "format/plaintext.h"
#include "i18n/translation.h"
#include "ownstorelink.h"
#include "store/postgres/postgreslocation.h"
#include "store/storefactory.h"
#include "teamstorelink.h"

#include <QLabel>
#include <QStatusBar>

ShownStore::ShownStore(QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_problem(new QLabel(statusBar))
    , m_teamStore(new TeamStoreLink(statusBar, this))
    , m_ownStore(new OwnStoreLink(statusBar, this))
{
    m_problem->setObjectName(QStringLiteral("storeProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 2px 6px; }"));
    m_problem->setVisible(false);
    statusBar->addPermanentWidget(m_problem, 1);
    connect(m_teamStore, &TeamStoreLink::reloadRequested, this, &ShownStore::reloadRequested);
    connect(m_ownStore, &OwnStoreLink::reloadRequested, this, &ShownStore::reloadRequested);
    connect(m_teamStore, &TeamStoreLink::storeChosen, this, &ShownStore::storeChosen);
    connect(m_teamStore, &TeamStoreLink::problemChanged, this, [this](const QString &problem) {
        if (!problem.isEmpty())
            setProblem(problem);
    });
}

void ShownStore::addActions(QMenu *fileMenu)
{
    m_teamStore->addActions(fileMenu);
}

void ShownStore::follow(const QString &location)
{
    m_teamStore->follow(location);
    m_ownStore->follow(location);
}

std::optional<Data::Dataset> ShownStore::read(const QString &location)
{
    m_ownStore->acknowledge(); // what is read now is no other program's news
    StoreOptions options;
    options.access = StoreOptions::Access::CreateIfAbsent;
    options.observationsOnDemand = true; // a large store's rows stay in it
    options.language = Translation::current();
    QString error;
    const std::unique_ptr<Store> store = StoreFactory::open(location, options, &error);
    if (store && store->isLeftOut() && PostgresLocation::namesAServer(location) &&
        location == m_shown) {
        setProblem(store->problem());
        return std::nullopt;
    }
    std::optional<Data::Dataset> dataset = store ? store->load() : std::nullopt;
    setProblem(!store ? error : dataset ? store->problem() : store->errorString());
    return dataset;
}

void ShownStore::setProblem(const QString &problem)
{
    // The problem names files and values from the store: text, never markup.
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setText(problem);
    m_problem->setToolTip(problem.isEmpty() ? QString() : PlainText::toolTip(problem));
    m_problem->setVisible(!problem.isEmpty());
}

QString ShownStore::problem() const
{
    return m_problem->text();
}
