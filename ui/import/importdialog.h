// SPDX-License-Identifier: MIT
#pragma once

#include "import/importoptions.h"
#include "import/importreport.h"

#include <QDialog>

#include <memory>

class ImportJob;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

// Import › preview › write. Opening it runs a dry run of the file (on a worker thread) and
// shows what would be added, updated, left unchanged or skipped, the first rows it would write,
// and every problem. Import
// writes only after a clean preview; both runs show progress and can be cancelled.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const QString &userStorePath, const QString &file, QWidget *parent = nullptr);
    ~ImportDialog() override;

    ImportOptions options() const;
    // The series name and unit fields: filled in by the analyst, or showing the file's own as
    // placeholders; enabled only for a file of one series.
    QLineEdit *seriesLabelField() const { return m_seriesLabel; }
    QLineEdit *seriesUnitField() const { return m_seriesUnit; }
    QString summaryText() const;
    // The first rows the import writes, after a clean preview.
    QTableWidget *firstRowsTable() const { return m_firstRows; }
    QString problemsText() const;
    QPushButton *importButton() const { return m_import; }
    QCheckBox *updateSourceBox() const { return m_updateSource; }
    bool isBusy() const;

signals:
    // The store changed: the window reloads it.
    void imported(const ImportReport &report);

protected:
    void reject() override;

private:
    void runPreview();
    void runImport();
    void run(bool dryRun);
    void onProgress(qint64 done, qint64 total);
    void onFinished(bool ok, const ImportReport &report, const QString &error, bool dryRun);
    void showSeriesNaming(const ImportReport &report);
    void showFirstRows(const ImportReport &report);

    QString m_userStorePath;
    QString m_file;
    QComboBox *m_format;
    QCheckBox *m_scoOnly;
    QLineEdit *m_sourceName;
    QLineEdit *m_sourceUrl;
    QLineEdit *m_seriesLabel;
    QLineEdit *m_seriesUnit;
    QCheckBox *m_updateSource;
    QLabel *m_summary;
    QTableWidget *m_firstRows;
    QPlainTextEdit *m_problems;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_import;
    QDialogButtonBox *m_buttons;
    std::unique_ptr<ImportJob> m_job;
    bool m_previewClean = false;
};
