// SPDX-License-Identifier: MIT
#include "exportcontroller.h"

#include "chartprinter.h"
#include "export/chartclipboard.h"
#include "widgets/plainmessagebox.h"
#include "widgets/rememberedfolder.h"

#include "chartexporter.h"
#include "export/chartclipboard.h"
#include "export/exporttarget.h"
#include "export/factlistwriter.h"
#include "exportdialog.h"
#include "models/dashboardmodels.h"
#include "models/factfilterproxymodel.h"
#include "models/facttablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStandardPaths>

ExportController::ExportController(DashboardModels *models, QWidget *window)
    : QObject(window)
    , m_models(models)
    , m_window(window)
    , m_confirmReplace([window](const QString &question) {
        return PlainMessageBox::question(window, tr("Replace Files"), question);
    })
{
}

ExportController::~ExportController() = default;

ChartExporter *ExportController::exporter()
{
    if (!m_exporter)
        m_exporter = std::make_unique<ChartExporter>(m_models);
    return m_exporter.get();
}

void ExportController::exportCharts(const QString &chartId)
{
    QList<QPair<QString, QString>> charts;
    for (const QString &id : exporter()->chartIds())
        charts.append({id, exporter()->chartTitle(id)});
    ExportDialog dialog(charts, chartId, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QStringList targets = dialog.chartId().isEmpty()
                                    ? exporter()->allPaths(dialog.options(), dialog.outputPath())
                                    : QStringList{dialog.outputPath()};
    if (!mayWrite(targets))
        return;
    if (dialog.chartId().isEmpty()) {
        if (exportAllWithProgress(dialog))
            emit statusMessage(tr("Exported every chart to %1.").arg(dialog.outputPath()));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok =
        exporter()->exportChart(dialog.chartId(), dialog.options(), dialog.outputPath());
    QApplication::restoreOverrideCursor();
    if (!ok) {
        PlainMessageBox::critical(m_window, tr("Export Failed"), exporter()->errorString());
        return;
    }
    emit statusMessage(tr("Exported %1.").arg(dialog.outputPath()));
}

bool ExportController::mayWrite(const QStringList &targets)
{
    for (const QString &target : targets) {
        if (ExportTarget::check(target) == ExportTarget::Check::NotAFile) {
            PlainMessageBox::critical(
                m_window, tr("Export Failed"),
                ExportTarget::problem(target, ExportTarget::Check::NotAFile, QString()));
            return false;
        }
    }
    const QStringList existing = ExportTarget::existing(targets);
    if (existing.isEmpty())
        return true;
    QStringList names;
    for (const QString &path : existing)
        names << QDir::toNativeSeparators(path);
    return m_confirmReplace(existing.size() == 1
                                ? tr("%1 already exists. Replace it?").arg(names.first())
                                : tr("%n of the files already exist:\n%1\n\nReplace them?", nullptr,
                                     int(existing.size()))
                                      .arg(names.join(u'\n')));
}

bool ExportController::exportAllWithProgress(const ExportDialog &dialog)
{
    QProgressDialog progress(tr("Exporting charts…"), tr("Cancel"), 0,
                             int(exporter()->chartIds().size()), m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    const bool ok =
        exporter()->exportAll(dialog.options(), dialog.outputPath(), [&progress](int done, int) {
            progress.setValue(done);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
    if (!ok)
        PlainMessageBox::critical(m_window, tr("Export Failed"), exporter()->errorString());
    return ok;
}

void ExportController::copyChart(const QString &chartId, const QString &theme)
{
    if (!exporter()->hasChart(chartId))
        return;
    ExportOptions options;
    options.size = QSize(1920, 1080);
    options.theme = theme;
    QApplication::clipboard()->setMimeData(ChartClipboard::mimeData(
        exporter()->renderImage(chartId, options), exporter()->citation(chartId)));
    emit statusMessage(tr("Copied the chart and its citation."));
}

std::unique_ptr<QPrintPreviewDialog> ExportController::printPreview(const QStringList &chartIds,
                                                                    QPrinter *printer)
{
    printer->setPageOrientation(QPageLayout::Landscape);
    printer->setDocName(chartIds.size() == 1 ? exporter()->chartTitle(chartIds.first())
                                             : tr("SCO Digital Cooperation Dashboard charts"));
    auto preview = std::make_unique<QPrintPreviewDialog>(printer, m_window);
    preview->setWindowTitle(tr("Print Preview"));
    connect(preview.get(), &QPrintPreviewDialog::paintRequested, this,
            [this, chartIds](QPrinter *target) {
                ExportOptions options;
                options.theme = QStringLiteral("light");
                if (!ChartPrinter(exporter()).print(target, chartIds, options))
                    emit statusMessage(tr("Could not print the charts."));
            });
    return preview;
}

void ExportController::printCharts(const QStringList &chartIds)
{
    QPrinter printer(QPrinter::HighResolution);
    printPreview(chartIds, &printer)->exec();
}

void ExportController::exportTable()
{
    QList<Data::Fact> facts;
    const FactFilterProxyModel *proxy = m_models->factSearch();
    for (int row = 0; row < proxy->rowCount(); ++row)
        facts.append(*m_models->facts()->factAt(proxy->mapToSource(proxy->index(row, 0)).row()));
    exportFacts(facts);
}

void ExportController::exportFacts(const QList<Data::Fact> &facts)
{
    if (facts.isEmpty())
        return;
    const QString csvBom = tr("CSV for Excel, UTF-8 with BOM (*.csv)");
    const QString csv = tr("CSV, UTF-8 (*.csv)");
    const QString json = tr("JSON (*.json)");
    QString filter = csvBom;
    const RememberedFolder folder(QStringLiteral("export/factsFolder"),
                                  QStandardPaths::DocumentsLocation);
    // The file dialog itself asks before replacing a file.
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Facts"), folder.path() + QStringLiteral("/sco-facts.csv"),
        QStringList{csvBom, csv, json}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    folder.remember(path);
    if (ExportTarget::check(path) == ExportTarget::Check::NotAFile) {
        PlainMessageBox::critical(m_window, tr("Export Failed"),
                                  ExportTarget::problem(path, ExportTarget::Check::NotAFile, {}));
        return;
    }

    const FactListWriter::Format format =
        filter == json ? FactListWriter::Format::Json : FactListWriter::Format::Csv;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(FactListWriter::write(facts, format, filter == csvBom)) < 0 || !file.commit()) {
        PlainMessageBox::critical(m_window, tr("Export Failed"),
                                  tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    emit statusMessage(tr("Exported %n fact(s) to %1.", nullptr, int(facts.size())).arg(path));
}

QList<QAction *> ExportController::addActions(QMenu *file,
                                              const std::function<QString()> &currentChart,
                                              const std::function<QString()> &theme)
{
    QAction *exportChart = file->addAction(tr("&Export Chart…"), this,
                                           [this, currentChart] { exportCharts(currentChart()); });
    exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportChart->setStatusTip(tr("Save the chart as PNG, SVG or PDF for slides and reports"));
    QAction *exportAll =
        file->addAction(tr("Export &All Charts…"), this, [this] { exportCharts(QString()); });
    exportAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *copy = file->addAction(tr("&Copy Chart"), this, [this, currentChart, theme] {
        copyChart(currentChart(), theme());
    });
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    copy->setStatusTip(tr("Copy the chart as an image, with its citation as text"));
    QAction *print = file->addAction(tr("P&rint Chart…"), this,
                                     [this, currentChart] { printCharts({currentChart()}); });
    print->setShortcut(QKeySequence::Print);
    print->setStatusTip(tr("Print the chart with its source line, from a preview"));
    file->addAction(tr("Print All C&harts…"), this,
                    [this] { printCharts(exporter()->chartIds()); });
    file->addSeparator();
    QAction *exportFacts =
        file->addAction(tr("Export &Facts…"), this, &ExportController::exportTable);
    exportFacts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    exportFacts->setStatusTip(tr("Save the facts the search shows as CSV or JSON"));
    return {exportChart, copy, print, exportAll};
}
