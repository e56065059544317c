// SPDX-License-Identifier: MIT
#pragma once

#include "charts/charttheme.h"
#include "data/dataset.h"

#include <QList>
#include <QMainWindow>

class ChartPanel;
class ChartSet;
class DashboardModels;
class DataTabs;
class ExportController;
class FocusRing;
class HelpController;
class ImportController;
class PresentationController;
class FactTablePanel;
class HeadlineStrip;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class SeriesTablePanel;
class ShownStore;
class SourcePane;
class TeamStoreLink;

// The dashboard: headline tiles, the charts in tabs, the searchable fact table and the source
// pane, with selection linked across all of them. Holds no data of its own: everything shown
// comes from the DashboardModels.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDataset(const Data::Dataset &dataset);
    // The user store that File › Import writes and reloadStore() reads.
    void setUserStorePath(const QString &path);
    void reloadStore();
    ImportController *importController() const { return m_import; }
    TeamStoreLink *teamStoreLink() const;
    HelpController *helpController() const { return m_help; }
    FocusRing *focusRing() const { return m_focusRing; }
    // Shows, until cleared with an empty text, why the user store was left out.
    void setStoreProblem(const QString &problem);
    QString storeProblem() const;
    // The status bar's lasting line, "Figures from …", under any passing message.
    QString sourceLineText() const;

    DashboardModels *models() const { return m_models; }
    ChartSet *charts() const { return m_charts; }
    QList<ChartPanel *> chartPanels() const { return m_chartPanels; }
    HeadlineStrip *headlines() const { return m_headlines; }
    FactTablePanel *factTable() const { return m_factTable; }
    SourcePane *sourcePane() const { return m_sourcePane; }
    QTabWidget *chartTabs() const { return m_chartTabs; }

    void setTheme(const QString &name);
    QString themeName() const { return m_theme.name; }

    // Selects a fact everywhere: table row, tile, bar or point, and the source pane.
    void selectFact(const QString &key);
    // Shows a country's observation in the Series data table (a click on a country chart).
    void selectObservation(const QString &seriesKey, const QString &entityCode, int year);
    SeriesTablePanel *seriesTable() const { return m_seriesTable; }
    DataTabs *dataTabs() const { return m_dataTabs; }
    QString currentChartId() const;
    ExportController *exportController() const { return m_export; }
    PresentationController *presentationController() const { return m_present; }

    // Writes geometry, splitters, tabs, search, theme and the country choice to QSettings;
    // restored by the next window.
    void saveSettings() const;

signals:
    // View › Language: the window is rebuilt in the language CODE (MainWindowHost).
    void languageRequested(const QString &code);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createLayout();
    void connectSelection();
    void onCurrentFactChanged(const QString &key);
    void onCurrentTopicChanged(const QString &key);
    void onCurrentEventChanged(const QString &key);
    void copySource();
    void restoreSettings();
    void addLanguageMenu(QMenu *view);

    DashboardModels *m_models;
    ChartSet *m_charts;
    ExportController *m_export = nullptr;
    PresentationController *m_present = nullptr;
    ImportController *m_import = nullptr;
    ShownStore *m_store = nullptr;
    HelpController *m_help = nullptr;
    FocusRing *m_focusRing = nullptr;
    QList<ChartPanel *> m_chartPanels;
    HeadlineStrip *m_headlines = nullptr;
    QTabWidget *m_chartTabs = nullptr;
    FactTablePanel *m_factTable = nullptr;
    SeriesTablePanel *m_seriesTable = nullptr;
    DataTabs *m_dataTabs = nullptr;
    SourcePane *m_sourcePane = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_contentSplitter = nullptr;
    QActionGroup *m_themeActions = nullptr;
    QLabel *m_sourceLine = nullptr; // "Figures from …", left in the status bar
    ChartTheme m_theme = ChartTheme::light();
};
