// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "firstpaintprobe.h"

#include "i18n/translation.h"

#include "appinfo.h"
#include "charts/chartpanel.h"
#include "charts/chartset.h"
#include "charts/chartview.h"
#include "charts/dashboardchart.h"
#include "export/chartexporter.h"
#include "export/exportcontroller.h"
#include "help/helpcontroller.h"
#include "import/importcontroller.h"
#include "import/shownstore.h"
#include "models/countryselection.h"
#include "models/countryselectionsettings.h"
#include "models/dashboardmodels.h"
#include "models/eventmodel.h"
#include "models/facttablemodel.h"
#include "models/observationtablemodel.h"
#include "models/topicmodel.h"
#include "presentation/presentationcontroller.h"
#include "widgets/countrypicker.h"
#include "widgets/datatabs.h"
#include "widgets/decimalsmenu.h"
#include "widgets/facttablepanel.h"
#include "widgets/focusring.h"
#include "widgets/headlinestrip.h"
#include "widgets/headlinetile.h"
#include "widgets/keyedtablepanel.h"
#include "widgets/seriestablepanel.h"
#include "widgets/sourcepane.h"
#include "widgets/windowplacement.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>


MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_models(new DashboardModels(this))
    , m_charts(new ChartSet(m_models, this))
{
    setWindowTitle(AppInfo::displayName());
    setWindowIcon(QIcon(QStringLiteral(":/icons/sco-dashboard.svg")));
    m_export = new ExportController(m_models, this);
    m_present = new PresentationController(m_models, this);
    m_import = new ImportController(this);
    m_help = new HelpController(this, m_models);
    connect(m_import, &ImportController::storeChanged, this, &MainWindow::reloadStore);
    createLayout();
    createActions();
    connectSelection();
    restoreSettings();
    FirstPaintProbe::whenPainted(this, [this] {
        for (DashboardChart *chart : m_charts->charts())
            chart->releaseHold();
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::setDataset(const Data::Dataset &dataset)
{
    m_models->setDataset(dataset);
    m_models->observations()->open(dataset.userStorePath);
    m_store->setShown(dataset.userStorePath);
    // The chart on screen is built now, for the first paint; the others on the event loop.
    if (const ChartPanel *panel = m_chartPanels.value(m_chartTabs->currentIndex()))
        panel->dashboardChart()->chart();
    m_sourcePane->setOverview(dataset);
    const QString search = m_factTable->searchField()->text();
    m_factTable->setSearchTextNow(search);
    const QString source = dataset.sources.isEmpty()
                               ? QString()
                               : tr("Figures from %1")
                                     .arg(dataset.sources.first().publisher + QStringLiteral(", ") +
                                          dataset.sources.first().title);
    m_sourceLine->setText(source);
}

void MainWindow::setUserStorePath(const QString &path)
{
    m_import->setUserStorePath(path);
    m_store->follow(path);
}

// Reads the store again, keeping the selected figure and observation and the fact table's
// scroll.
void MainWindow::reloadStore()
{
    const std::optional<Data::Dataset> dataset = m_store->read(m_import->userStorePath());
    if (!dataset)
        return;
    const QString fact = m_factTable->currentFactKey();
    QScrollBar *factScroll = m_factTable->tableView()->verticalScrollBar();
    const int scrolled = factScroll->value();
    m_seriesTable->keepCurrentRow();
    setDataset(*dataset);
    if (!fact.isEmpty()) {
        m_factTable->selectFact(fact);
        factScroll->setValue(scrolled);
    }
}

void MainWindow::setStoreProblem(const QString &problem)
{
    m_store->setProblem(problem);
}

TeamStoreLink *MainWindow::teamStoreLink() const
{
    return m_store->teamStoreLink();
}

QString MainWindow::sourceLineText() const
{
    return m_sourceLine->isVisible() ? m_sourceLine->text() : QString();
}

QString MainWindow::storeProblem() const
{
    return m_store->problem();
}

void MainWindow::createLayout()
{
    m_focusRing = new FocusRing(this);
    m_store = new ShownStore(statusBar(), this);
    connect(m_store, &ShownStore::reloadRequested, this, &MainWindow::reloadStore);
    connect(m_store, &ShownStore::storeChosen, this, [this](const QString &location) {
        setUserStorePath(location);
        reloadStore();
    });
    // A normal widget, not a message: a menu's status tip hides it only while it shows.
    m_sourceLine = new QLabel(this);
    m_sourceLine->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_sourceLine);
    m_headlines = new HeadlineStrip(m_models->facts(), m_models->headlinePins(), this);
    m_chartTabs = new QTabWidget(this);
    m_chartTabs->setAccessibleName(tr("Charts"));
    m_chartTabs->setDocumentMode(true);
    for (DashboardChart *chart : m_charts->charts()) {
        auto *panel = new ChartPanel(chart, m_chartTabs);
        if (chart->id() == u"countries" || chart->id() == u"members")
            panel->setControls(new CountryPicker(m_models->countries(), m_models->series()));
        m_chartPanels.append(panel);
        m_chartTabs->addTab(panel, chart->shortTitle());
        auto label = [this, panel, chart] {
            const int index = m_chartTabs->indexOf(panel);
            m_chartTabs->setTabText(index, chart->shortTitle());
            m_chartTabs->setTabToolTip(index, chart->isBuildPending()
                                                  ? chart->title()
                                                  : chart->title() + u'\n' + chart->sourceLine());
        };
        // A hidden tab's chart is built after the window's first paint (see the constructor).
        chart->setBuildHold([this, panel] { return m_chartTabs->currentWidget() != panel; });
        connect(chart, &DashboardChart::rebuilt, m_chartTabs, label);
        label();
    }
    m_dataTabs = new DataTabs(m_models, this);
    m_factTable = m_dataTabs->facts();
    m_seriesTable = m_dataTabs->series();
    m_sourcePane = new SourcePane(this);

    m_contentSplitter = new QSplitter(Qt::Vertical, this);
    m_contentSplitter->addWidget(m_chartTabs);
    m_contentSplitter->addWidget(m_dataTabs);
    m_contentSplitter->setStretchFactor(0, 3);
    m_contentSplitter->setStretchFactor(1, 2);
    m_contentSplitter->setChildrenCollapsible(false);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->addWidget(m_contentSplitter);
    m_mainSplitter->addWidget(m_sourcePane);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setChildrenCollapsible(false);
    m_sourcePane->setMinimumWidth(260);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_headlines);
    layout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);
    // Tab walks the regions in reading order: tiles, chart tabs and chart, table tabs, search,
    // table, source pane. Widgets of a hidden tab are skipped.
    const QList<QWidget *> order = m_dataTabs->tabOrder() << m_sourcePane;
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_import->addActions(file);
    m_store->addActions(file);
    file->addSeparator();
    const QList<QAction *> chartActions = m_export->addActions(
        file, [this] { return currentChartId(); }, [this] { return m_theme.name; });
    file->addSeparator();
    for (ChartPanel *panel : std::as_const(m_chartPanels)) {
        panel->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
        panel->view()->addActions(chartActions);
    }
    connect(m_export, &ExportController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_import->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = m_import->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    edit->addActions({undo, redo});
    edit->addSeparator();
    m_dataTabs->addFindActions(edit);
    QAction *copy = edit->addAction(tr("&Copy Source Sentence"), this, &MainWindow::copySource);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copy->setStatusTip(tr("Copy the selected figure's sentence and citation"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_chartTabs->count(); ++i) {
        QAction *show = view->addAction(m_chartTabs->tabText(i), this,
                                        [this, i] { m_chartTabs->setCurrentIndex(i); });
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        const DashboardChart *chart = m_chartPanels.at(i)->dashboardChart();
        connect(chart, &DashboardChart::rebuilt, show,
                [show, chart] { show->setText(chart->shortTitle()); });
    }
    view->addSeparator();
    m_present->addActions(view);
    view->addSeparator();
    QMenu *themes = view->addMenu(tr("Chart &Theme"));
    m_themeActions = new QActionGroup(this);
    for (const QString &name : ChartTheme::names()) {
        QAction *action = themes->addAction(ChartTheme::displayName(name), this,
                                            [this, name] { setTheme(name); });
        action->setCheckable(true);
        action->setData(name);
        m_themeActions->addAction(action);
    }

    // The value labels' decimals, also from the country charts' own context menus.
    auto *decimals = new DecimalsMenu(m_models->countries(), view);
    view->addMenu(decimals);
    for (ChartPanel *panel : std::as_const(m_chartPanels)) {
        if (panel->dashboardChart()->id() == u"members")
            panel->view()->addAction(decimals->menuAction());
    }
    addLanguageMenu(view);
    m_help->addActions(menuBar()->addMenu(tr("&Help")));
}

// Each language under its own name, so it can be found whatever the current language is.
void MainWindow::addLanguageMenu(QMenu *view)
{
    QMenu *languages = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(languages);
    for (const Translation::Language &language : Translation::languages()) {
        QAction *action = languages->addAction(language.nativeName, this, [this, language] {
            if (language.code != Translation::current())
                emit languageRequested(language.code);
        });
        action->setCheckable(true);
        action->setChecked(language.code == Translation::current());
        action->setData(language.code);
        group->addAction(action);
    }
}

void MainWindow::connectSelection()
{
    connect(m_factTable, &FactTablePanel::deleteFigureRequested, m_import,
            &ImportController::deleteFigure);
    connect(m_factTable, &FactTablePanel::editFigureRequested, m_import,
            &ImportController::editFigure);
    connect(m_factTable, &FactTablePanel::currentFactChanged, this,
            &MainWindow::onCurrentFactChanged);
    connect(m_factTable, &FactTablePanel::copySentenceRequested, this, &MainWindow::copySource);
    connect(m_factTable, &FactTablePanel::exportRowsRequested, this,
            [this](const QStringList &keys) {
                QList<Data::Fact> facts;
                for (const QString &key : keys) {
                    if (const Data::Fact *fact =
                            m_models->facts()->factAt(m_models->facts()->rowOfKey(key)))
                        facts.append(*fact);
                }
                m_export->exportFacts(facts);
            });
    connect(m_dataTabs->topics(), &KeyedTablePanel::currentKeyChanged, this,
            &MainWindow::onCurrentTopicChanged);
    connect(m_dataTabs->events(), &KeyedTablePanel::currentKeyChanged, this,
            &MainWindow::onCurrentEventChanged);
    connect(m_headlines, &HeadlineStrip::factActivated, this, &MainWindow::selectFact);
    for (DashboardChart *chart : m_charts->charts()) {
        connect(chart, &DashboardChart::factActivated, this, &MainWindow::selectFact);
        connect(chart, &DashboardChart::topicActivated, m_dataTabs, &DataTabs::selectTopic);
        connect(chart, &DashboardChart::eventActivated, m_dataTabs, &DataTabs::selectEvent);
        connect(chart, &DashboardChart::observationActivated, this, &MainWindow::selectObservation);
    }
}

void MainWindow::selectFact(const QString &key)
{
    m_dataTabs->selectFact(key);
}

void MainWindow::selectObservation(const QString &seriesKey, const QString &entityCode, int year)
{
    m_dataTabs->selectObservation(seriesKey, entityCode, year);
}

QString MainWindow::currentChartId() const
{
    const int index = m_chartTabs->currentIndex();
    return index >= 0 && index < m_chartPanels.size()
               ? m_chartPanels.at(index)->dashboardChart()->id()
               : QString();
}

void MainWindow::onCurrentFactChanged(const QString &key)
{
    m_charts->setHighlightedFact(key);
    m_headlines->setSelectedFact(key);
    const FactTableModel *facts = m_models->facts();
    if (const Data::Fact *fact = facts->factAt(facts->rowOfKey(key)))
        m_sourcePane->showFact(*fact, facts->facts());
    else
        m_sourcePane->showNothing();
}

void MainWindow::onCurrentTopicChanged(const QString &key)
{
    m_charts->setHighlightedTopic(key);
    const TopicModel *topics = m_models->topics();
    if (const Data::Topic *topic = topics->topicAt(topics->rowOfKey(key)))
        m_sourcePane->showTopic(*topic);
}

void MainWindow::onCurrentEventChanged(const QString &key)
{
    m_charts->setHighlightedEvent(key);
    for (const Data::Event &event : m_models->events()->events()) {
        if (event.key == key)
            m_sourcePane->showCalendarEvent(event);
    }
}

void MainWindow::setTheme(const QString &name)
{
    m_theme = ChartTheme::byName(name);
    QApplication::setPalette(m_theme.widgetPalette()); // the whole window, dialogs included
    for (HeadlineTile *tile : m_headlines->tiles())
        tile->updateStyle(); // its own palette, derived from the application's
    m_charts->applyTheme(m_theme);
    for (QAction *action : m_themeActions->actions())
        action->setChecked(action->data().toString() == m_theme.name);
    m_charts->setHighlightedFact(m_factTable->currentFactKey());
    m_charts->setHighlightedTopic(m_dataTabs->topics()->currentKey());
    m_charts->setHighlightedEvent(m_dataTabs->events()->currentKey());
}

void MainWindow::copySource()
{
    QApplication::clipboard()->setText(m_sourcePane->plainText());
    statusBar()->showMessage(tr("Copied the source sentence and citation."), 3000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        WindowPlacement::fitToScreen(this, QSize(1280, 720));
    else
        WindowPlacement::bringOnScreen(this);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_mainSplitter->restoreState(
        settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_contentSplitter->restoreState(
        settings.value(QStringLiteral("window/contentSplitter")).toByteArray());
    m_chartTabs->setCurrentIndex(settings.value(QStringLiteral("window/chartTab"), 0).toInt());
    m_dataTabs->setCurrentIndex(settings.value(QStringLiteral("window/dataTab"), 0).toInt());
    m_factTable->setSearchTextNow(settings.value(QStringLiteral("search/text")).toString());
    setTheme(
        settings.value(QStringLiteral("charts/theme"), ChartTheme::platformDefault()).toString());
    CountrySelectionSettings::restore(m_models->countries());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/contentSplitter"), m_contentSplitter->saveState());
    settings.setValue(QStringLiteral("window/chartTab"), m_chartTabs->currentIndex());
    settings.setValue(QStringLiteral("window/dataTab"), m_dataTabs->currentIndex());
    settings.setValue(QStringLiteral("search/text"), m_factTable->searchField()->text());
    settings.setValue(QStringLiteral("charts/theme"), m_theme.name);
    CountrySelectionSettings::save(*m_models->countries());
}
