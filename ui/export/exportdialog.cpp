// SPDX-License-Identifier: MIT
#include "exportdialog.h"
#include "widgets/plainmessagebox.h"

#include "charts/charttheme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

namespace {

QSpinBox *spinBox(int minimum, int maximum, const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

} // namespace

ExportDialog::ExportDialog(const QList<QPair<QString, QString>> &charts,
                           const QString &currentChartId, QWidget *parent)
    : QDialog(parent)
    , m_chart(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_preset(new QComboBox(this))
    , m_width(spinBox(16, 16384, tr(" px"), this))
    , m_height(spinBox(16, 16384, tr(" px"), this))
    , m_dpi(spinBox(36, 2400, tr(" dpi"), this))
    , m_theme(new QComboBox(this))
    , m_transparent(new QCheckBox(tr("&Transparent background"), this))
    , m_title(new QCheckBox(tr("Include the chart &title"), this))
    , m_footer(new QCheckBox(tr("Include the &source line"), this))
    , m_path(new QLineEdit(this))
{
    setWindowTitle(tr("Export Chart"));
    for (const auto &[id, title] : charts)
        m_chart->addItem(title, id);
    m_chart->addItem(tr("All charts, one file each"), QString());
    m_chart->setCurrentIndex(std::max(0, m_chart->findData(currentChartId)));
    m_format->addItem(tr("PNG image"), int(ExportOptions::Format::Png));
    m_format->addItem(tr("SVG vector image"), int(ExportOptions::Format::Svg));
    m_format->addItem(tr("PDF document"), int(ExportOptions::Format::Pdf));
    for (const SizePreset &preset : SizePreset::all())
        m_preset->addItem(preset.label, preset.name);
    m_preset->addItem(tr("Custom size"), QString());
    for (const QString &name : ChartTheme::names())
        m_theme->addItem(ChartTheme::displayName(name), name);
    m_title->setChecked(true);
    m_footer->setChecked(true);
    m_footer->setToolTip(tr("Keeps the source with the picture wherever it is pasted"));
    m_transparent->setToolTip(tr("For dark slides; PNG and SVG only"));

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(m_height);
    sizeRow->addWidget(m_dpi);

    auto *form = new QFormLayout;
    form->addRow(tr("&Chart:"), m_chart);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Si&ze:"), m_preset);
    form->addRow(tr("Width, height, resolution:"), sizeRow);
    form->addRow(tr("T&heme:"), m_theme);
    form->addRow(QString(), m_transparent);
    form->addRow(QString(), m_title);
    form->addRow(QString(), m_footer);
    form->addRow(tr("Save to:"), pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    m_width->setAccessibleName(tr("Width in pixels"));
    m_height->setAccessibleName(tr("Height in pixels"));
    m_dpi->setAccessibleName(tr("Resolution in dots per inch"));
    m_path->setAccessibleName(tr("Output path"));

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportDialog::onPresetChanged);
    connect(m_chart, &QComboBox::currentIndexChanged, this, &ExportDialog::onChartChanged);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    restoreChoices();
    onPresetChanged();
    onFormatChanged();
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.format = ExportOptions::Format(m_format->currentData().toInt());
    o.size = QSize(m_width->value(), m_height->value());
    o.dpi = m_dpi->value();
    o.theme = m_theme->currentData().toString();
    o.transparent = m_transparent->isEnabled() && m_transparent->isChecked();
    o.includeTitle = m_title->isChecked();
    o.includeFooter = m_footer->isChecked();
    return o;
}

QString ExportDialog::chartId() const
{
    return m_chart->currentData().toString();
}

QString ExportDialog::outputPath() const
{
    return m_path->text().trimmed();
}

void ExportDialog::accept()
{
    if (outputPath().isEmpty()) {
        PlainMessageBox::warning(this, windowTitle(), tr("Choose where to save the export."));
        return;
    }
    saveChoices();
    QDialog::accept();
}

void ExportDialog::onFormatChanged()
{
    const auto format = ExportOptions::Format(m_format->currentData().toInt());
    m_transparent->setEnabled(format != ExportOptions::Format::Pdf);
    onChartChanged(); // the file suffix follows the format
}

void ExportDialog::onPresetChanged()
{
    SizePreset preset;
    const bool named = SizePreset::byName(m_preset->currentData().toString(), &preset);
    if (named) {
        m_width->setValue(preset.size.width());
        m_height->setValue(preset.size.height());
        m_dpi->setValue(preset.dpi);
    }
    for (QSpinBox *box : {m_width, m_height, m_dpi})
        box->setEnabled(!named);
}

void ExportDialog::onChartChanged()
{
    setWindowTitle(chartId().isEmpty() ? tr("Export All Charts") : tr("Export Chart"));
    const QString current = outputPath();
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString folder =
        !current.isEmpty()
            ? (QFileInfo(current).suffix().isEmpty() ? current : QFileInfo(current).path())
        : QDir(pictures).exists() ? pictures
                                  : QDir::homePath();
    const QString suffix = ExportOptions::suffix(options().format);
    m_path->setText(chartId().isEmpty() ? QDir(folder).filePath(QStringLiteral("dashboard-export"))
                                        : QDir(folder).filePath(chartId() + u'.' + suffix));
}

void ExportDialog::browse()
{
    QString path;
    if (chartId().isEmpty()) {
        path = QFileDialog::getExistingDirectory(this, tr("Export All Charts To"), outputPath());
    } else {
        const QString suffix = ExportOptions::suffix(options().format);
        path = QFileDialog::getSaveFileName(this, tr("Export Chart"), outputPath(),
                                            tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    }
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::restoreChoices()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("export"));
    m_format->setCurrentIndex(
        std::max(0, m_format->findData(settings.value(QStringLiteral("format"), 0))));
    m_preset->setCurrentIndex(std::max(
        0, m_preset->findData(settings.value(QStringLiteral("preset"), QStringLiteral("slide")))));
    m_width->setValue(settings.value(QStringLiteral("width"), 1920).toInt());
    m_height->setValue(settings.value(QStringLiteral("height"), 1080).toInt());
    m_dpi->setValue(settings.value(QStringLiteral("dpi"), 96).toInt());
    m_theme->setCurrentIndex(std::max(
        0, m_theme->findData(settings.value(QStringLiteral("theme"), QStringLiteral("light")))));
    m_transparent->setChecked(settings.value(QStringLiteral("transparent"), false).toBool());
    m_title->setChecked(settings.value(QStringLiteral("title"), true).toBool());
    m_footer->setChecked(settings.value(QStringLiteral("footer"), true).toBool());
    const QString folder = settings.value(QStringLiteral("folder")).toString();
    if (!folder.isEmpty())
        m_path->setText(QDir(folder).filePath(QStringLiteral("x.png")));
}

void ExportDialog::saveChoices() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("export"));
    settings.setValue(QStringLiteral("format"), m_format->currentData());
    settings.setValue(QStringLiteral("preset"), m_preset->currentData());
    settings.setValue(QStringLiteral("width"), m_width->value());
    settings.setValue(QStringLiteral("height"), m_height->value());
    settings.setValue(QStringLiteral("dpi"), m_dpi->value());
    settings.setValue(QStringLiteral("theme"), m_theme->currentData());
    settings.setValue(QStringLiteral("transparent"), m_transparent->isChecked());
    settings.setValue(QStringLiteral("title"), m_title->isChecked());
    settings.setValue(QStringLiteral("footer"), m_footer->isChecked());
    settings.setValue(QStringLiteral("folder"),
                      chartId().isEmpty() ? outputPath() : QFileInfo(outputPath()).path());
}
