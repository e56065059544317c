// SPDX-License-Identifier: MIT
#include "datatabs.h"

#include "facttablepanel.h"
#include "keyedtablepanel.h"
#include "models/dashboardmodels.h"
#include "models/eventmodel.h"
#include "models/topicmodel.h"
#include "seriestablepanel.h"
#include "tablecolumnfitter.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>

DataTabs::DataTabs(DashboardModels *models, QWidget *parent)
    : QTabWidget(parent)
    , m_facts(new FactTablePanel(models->facts(), models->factSearch(), this))
    , m_series(new SeriesTablePanel(models->observations(), this))
    , m_topics(new KeyedTablePanel(models->topics(), TopicModel::KeyRole, this))
    , m_events(new KeyedTablePanel(models->events(), EventModel::KeyRole, this))
{
    setDocumentMode(true);
    setAccessibleName(tr("Tables"));
    m_facts->setHeadlinePins(models->headlinePins());
    addTab(m_facts, tr("Facts"));
    setTabToolTip(0, tr("The article's figures, each with its sentence"));
    addTab(m_series, tr("Series data"));
    setTabToolTip(1, tr("Every observation of every series, built in and imported"));
    addTab(m_topics, tr("Topics"));
    setTabToolTip(2, tr("The areas, technologies and aims the article names, each with its "
                        "sentence: the segments of the cooperation chart"));
    addTab(m_events, tr("Events"));
    setTabToolTip(3, tr("The dated events of the article, and how each date was worked out: "
                        "the items of the timeline"));

    m_topics->tableView()->setAccessibleName(tr("Topics"));
    QHeaderView *topicHeader = m_topics->tableView()->horizontalHeader();
    for (int column : {TopicModel::Pillar, TopicModel::Kind, TopicModel::Term})
        topicHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_topics->columnFitter()->addFlexibleColumn(TopicModel::Name, 260, 140);
    m_topics->columnFitter()->addFlexibleColumn(TopicModel::Quote, 480, 180);

    m_events->tableView()->setAccessibleName(tr("Events"));
    QHeaderView *eventHeader = m_events->tableView()->horizontalHeader();
    for (int column : {EventModel::Place, EventModel::Start, EventModel::End})
        eventHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_events->columnFitter()->addFlexibleColumn(EventModel::Name, 260, 140);
    m_events->columnFitter()->addFlexibleColumn(EventModel::DateBasis, 220, 110);
    m_events->columnFitter()->addFlexibleColumn(EventModel::Quote, 420, 160);
}

void DataTabs::selectFact(const QString &key)
{
    setCurrentWidget(m_facts);
    m_facts->selectFact(key);
}

void DataTabs::selectObservation(const QString &seriesKey, const QString &entityCode, int year)
{
    if (m_series->selectObservation(seriesKey, entityCode, year))
        setCurrentWidget(m_series);
}

void DataTabs::selectTopic(const QString &key)
{
    if (m_topics->selectKey(key))
        setCurrentWidget(m_topics);
}

void DataTabs::selectEvent(const QString &key)
{
    if (m_events->selectKey(key))
        setCurrentWidget(m_events);
}

QList<QWidget *> DataTabs::tabOrder() const
{
    return {tabBar(),
            m_facts->searchField(),
            m_facts->tableView(),
            m_series->searchField(),
            m_series->tableView(),
            m_topics->tableView(),
            m_events->tableView()};
}

void DataTabs::addFindActions(QMenu *menu)
{
    const auto findIn = [this](QWidget *panel, QLineEdit *field) {
        setCurrentWidget(panel);
        field->setFocus(Qt::ShortcutFocusReason);
        field->selectAll();
    };
    QAction *find = menu->addAction(tr("&Find Figures"), this,
                                    [this, findIn] { findIn(m_facts, m_facts->searchField()); });
    find->setShortcut(QKeySequence::Find);
    find->setStatusTip(tr("Search the facts by any word, number or period"));
    QAction *findData = menu->addAction(tr("Find &Observations"), this, [this, findIn] {
        findIn(m_series, m_series->searchField());
    });
    findData->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    findData->setStatusTip(tr("Search every observation, built in and imported"));
}
