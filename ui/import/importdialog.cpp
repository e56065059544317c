// SPDX-License-Identifier: MIT
#include "importdialog.h"

#include "import/importjob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

ImportDialog::ImportDialog(const QString &userStorePath, const QString &file, QWidget *parent)
    : QDialog(parent)
    , m_userStorePath(userStorePath)
    , m_file(file)
    , m_format(new QComboBox(this))
    , m_scoOnly(new QCheckBox(tr("Keep only the ten &SCO member states"), this))
    , m_sourceName(new QLineEdit(this))
    , m_sourceUrl(new QLineEdit(this))
    , m_seriesLabel(new QLineEdit(this))
    , m_seriesUnit(new QLineEdit(this))
    , m_updateSource(
          new QCheckBox(tr("&Replace the values of this source if my store has it"), this))
    , m_summary(new QLabel(this))
    , m_firstRows(new QTableWidget(0, 6, this))
    , m_problems(new QPlainTextEdit(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Stop"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(file).fileName()));
    m_format->addItem(tr("Recognise it"), int(ImportOptions::Format::Auto));
    m_format->addItem(tr("Dashboard facts CSV"), int(ImportOptions::Format::Facts));
    m_format->addItem(tr("Our World in Data CSV"), int(ImportOptions::Format::Owid));
    m_format->addItem(tr("World Bank CSV"), int(ImportOptions::Format::WorldBank));
    m_sourceName->setPlaceholderText(tr("as the file names it"));
    m_sourceName->setToolTip(tr("The publisher credited wherever these figures are shown"));
    m_sourceUrl->setPlaceholderText(tr("https://… where the file came from"));
    m_seriesLabel->setToolTip(tr("The name the charts and tables give this series; empty keeps "
                                 "the file's own, shown greyed"));
    m_seriesUnit->setToolTip(tr("The unit on the value axis, such as % or per 100 people; empty "
                                "keeps the file's own, shown greyed"));
    m_seriesLabel->setEnabled(false);
    m_seriesUnit->setEnabled(false);
    m_updateSource->setToolTip(tr("For a newer version of a file you imported before. Off, an "
                                  "import never overwrites a source already in your store."));
    QSettings settings;
    m_scoOnly->setChecked(settings.value(QStringLiteral("import/scoOnly"), true).toBool());

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(QDir::toNativeSeparators(file), this);
    fileLabel->setWordWrap(true);
    fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("File:"), fileLabel);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(QString(), m_scoOnly);
    form->addRow(tr("Source &name:"), m_sourceName);
    form->addRow(tr("Source &URL:"), m_sourceUrl);
    form->addRow(QString(), m_updateSource);
    form->addRow(tr("Series na&me:"), m_seriesLabel);
    form->addRow(tr("Series uni&t:"), m_seriesUnit);

    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_firstRows->setHorizontalHeaderLabels(
        {tr("Series"), tr("Country"), tr("Period"), tr("Value"), tr("Unit"), tr("Change")});
    m_firstRows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_firstRows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_firstRows->verticalHeader()->hide();
    m_firstRows->horizontalHeader()->setStretchLastSection(true);
    m_firstRows->setAccessibleName(tr("First rows to be written"));
    m_firstRows->setToolTip(tr("The first rows the import writes, as read from the file"));
    m_firstRows->hide();
    m_problems->setReadOnly(true);
    m_problems->setPlaceholderText(tr("No problems found."));
    m_problems->setAccessibleName(tr("Problems"));
    m_cancel->setToolTip(tr("Stop reading; nothing is written"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_firstRows, 2);
    layout->addWidget(m_problems, 1);
    layout->addLayout(progressRow);
    layout->addWidget(m_buttons);
    resize(720, 560);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::runPreview);
    connect(m_scoOnly, &QCheckBox::toggled, this, &ImportDialog::runPreview);
    connect(m_updateSource, &QCheckBox::toggled, this, &ImportDialog::runPreview);
    connect(m_sourceName, &QLineEdit::editingFinished, this, &ImportDialog::runPreview);
    connect(m_sourceUrl, &QLineEdit::editingFinished, this, &ImportDialog::runPreview);
    connect(m_seriesLabel, &QLineEdit::editingFinished, this, &ImportDialog::runPreview);
    connect(m_seriesUnit, &QLineEdit::editingFinished, this, &ImportDialog::runPreview);
    runPreview();
}

ImportDialog::~ImportDialog() = default;

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    options.format = ImportOptions::Format(m_format->currentData().toInt());
    options.scoOnly = m_scoOnly->isChecked();
    options.sourceName = m_sourceName->text().trimmed();
    options.sourceUrl = m_sourceUrl->text().trimmed();
    options.updateSource = m_updateSource->isChecked();
    if (m_seriesLabel->isEnabled()) {
        options.seriesLabel = m_seriesLabel->text().trimmed();
        options.seriesUnit = m_seriesUnit->text().trimmed();
    }
    return options;
}

QString ImportDialog::summaryText() const
{
    return m_summary->text();
}

QString ImportDialog::problemsText() const
{
    return m_problems->toPlainText();
}

bool ImportDialog::isBusy() const
{
    return m_job && m_job->isRunning();
}

void ImportDialog::runPreview()
{
    run(true);
}

void ImportDialog::runImport()
{
    if (m_previewClean)
        run(false);
}

void ImportDialog::run(bool dryRun)
{
    if (m_job) {
        m_job->cancel();
        m_job.reset(); // waits for the worker
    }
    ImportOptions opts = options();
    opts.dryRun = dryRun;
    QSettings().setValue(QStringLiteral("import/scoOnly"), opts.scoOnly);
    m_previewClean = false;
    m_firstRows->hide(); // until this run's rows arrive
    m_import->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_summary->setText(dryRun ? tr("Reading the file…") : tr("Importing…"));
    m_job = std::make_unique<ImportJob>(m_userStorePath, m_file, opts);
    connect(m_job.get(), &ImportJob::progress, this, &ImportDialog::onProgress);
    connect(m_job.get(), &ImportJob::finished, this,
            [this, dryRun](bool ok, const ImportReport &report, const QString &error) {
                onFinished(ok, report, error, dryRun);
            });
    m_job->start();
}

void ImportDialog::onProgress(qint64 done, qint64 total)
{
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
}

void ImportDialog::onFinished(bool ok, const ImportReport &report, const QString &error,
                              bool dryRun)
{
    m_cancel->setEnabled(false);
    m_progress->setValue(1000);
    if (!ok) {
        m_summary->setText(report.cancelled
                               ? tr("Stopped. Nothing was written.")
                               : tr("<b>This file cannot be imported</b>; nothing was written. "
                                    "%n problem(s):",
                                    nullptr, int(std::max<qint64>(1, report.problems.count()))));
        m_problems->setPlainText(error);
        return;
    }
    m_problems->clear();
    if (dryRun) {
        showSeriesNaming(report);
        showFirstRows(report);
        m_previewClean = true;
        m_import->setEnabled(report.added + report.updated > 0);
        const int format = m_format->findData(int(report.format));
        m_summary->setText(tr("<b>Preview</b> (nothing written yet): %1<br>Read as %2, into "
                              "the source %3.")
                               .arg(report.summary(), m_format->itemText(format),
                                    report.sourceKeys.join(QStringLiteral(", ")).toHtmlEscaped()));
        return;
    }
    m_summary->setText(tr("<b>Imported</b>: %1").arg(report.summary()));
    emit imported(report);
    m_buttons->button(QDialogButtonBox::Close)->setFocus();
}

void ImportDialog::showSeriesNaming(const ImportReport &report)
{
    // Only a file of one series can be renamed here; a facts CSV names each fact itself.
    const bool one = report.series.size() == 1;
    m_seriesLabel->setEnabled(one);
    m_seriesUnit->setEnabled(one);
    if (!one) {
        const QString why = report.series.isEmpty() ? tr("the file's own columns name its figures")
                                                    : tr("%n series, each named by the file", "",
                                                         int(report.series.size()));
        m_seriesLabel->setPlaceholderText(why);
        m_seriesUnit->setPlaceholderText(why);
        return;
    }
    m_seriesLabel->setPlaceholderText(report.series.first().label);
    m_seriesUnit->setPlaceholderText(report.series.first().unit.isEmpty()
                                         ? tr("not stated by the file")
                                         : report.series.first().unit);
}

void ImportDialog::reject()
{
    if (m_job)
        m_job->cancel();
    QDialog::reject();
}

// Plain text cells: the names come from the file.
void ImportDialog::showFirstRows(const ImportReport &report)
{
    m_firstRows->setRowCount(int(report.firstRows.size()));
    for (int r = 0; r < report.firstRows.size(); ++r) {
        const ImportReport::Row &row = report.firstRows.at(r);
        const QStringList cells{
            row.series, row.entity,
            row.period, QLocale().toString(row.value, 'g', QLocale::FloatingPointShortest),
            row.unit,   row.added ? tr("added") : tr("updated")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_firstRows->setItem(r, c, item);
        }
    }
    m_firstRows->resizeColumnsToContents();
    m_firstRows->setVisible(!report.firstRows.isEmpty());
}
