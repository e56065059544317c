// SPDX-License-Identifier: MIT
#pragma once

#include "export/exportoptions.h"

#include <QDialog>
#include <QList>
#include <QPair>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

// Asks how to export: which chart (or all), format, size preset or custom size and dpi, theme,
// transparency, title and footer, and where to. Remembers the choices in QSettings.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // charts: (id, title) pairs in display order.
    ExportDialog(const QList<QPair<QString, QString>> &charts, const QString &currentChartId,
                 QWidget *parent = nullptr);

    ExportOptions options() const;
    QString chartId() const; // empty for all charts
    QString outputPath() const;

    void accept() override;

private:
    void onFormatChanged();
    void onPresetChanged();
    void onChartChanged();
    void browse();
    void restoreChoices();
    void saveChoices() const;

    QComboBox *m_chart;
    QComboBox *m_format;
    QComboBox *m_preset;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_dpi;
    QComboBox *m_theme;
    QCheckBox *m_transparent;
    QCheckBox *m_title;
    QCheckBox *m_footer;
    QLineEdit *m_path;
};
