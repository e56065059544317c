// SPDX-License-Identifier: MIT
#include "exportcommand.h"

#include "export/chartexporter.h"
#include "models/countryselection.h"
#include "models/dashboardmodels.h"

#include "export/exporttarget.h"

#include <QCoreApplication>
#include <QDir>

bool ExportCommand::run(const Invocation &invocation)
{
    const std::optional<Data::Dataset> dataset = loadStore(invocation, true);
    if (!dataset)
        return false;
    DashboardModels models;
    models.setDataset(*dataset);
    if (!chooseCountrySeries(invocation, models.countries()))
        return false;
    ChartExporter exporter(&models);

    if (invocation.command == Invocation::Command::Charts) {
        QString text;
        for (const QString &id : exporter.chartIds())
            text += QStringLiteral("%1\t%2\n").arg(id, exporter.chartTitle(id));
        m_output = text.toUtf8();
        return true;
    }
    const ExportOptions &options = invocation.exportOptions;
    const QStringList targets = invocation.allCharts
                                    ? exporter.allPaths(options, invocation.outPath)
                                    : QStringList{invocation.outPath};
    for (const QString &target : targets) {
        const ExportTarget::Check check = ExportTarget::check(target);
        if (check == ExportTarget::Check::NotAFile ||
            (check == ExportTarget::Check::Exists && !invocation.overwrite)) {
            m_error = ExportTarget::problem(
                target, check,
                QCoreApplication::translate("ExportCommand", "add --force to replace it"));
            return false;
        }
    }
    if (invocation.allCharts) {
        if (!exporter.exportAll(options, invocation.outPath)) {
            m_error = exporter.errorString();
            return false;
        }
        QString text;
        for (const QString &id : exporter.chartIds())
            text += QDir(invocation.outPath)
                        .filePath(id + u'.' + ExportOptions::suffix(options.format)) +
                    u'\n';
        m_output = text.toUtf8();
        return true;
    }
    if (!exporter.exportChart(invocation.chartId, options, invocation.outPath)) {
        m_error = exporter.errorString();
        return false;
    }
    m_output = (invocation.outPath + u'\n').toUtf8();
    return true;
}

// --series, --countries, --from, --to and --decimals: what the countries and members charts show,
// as the window's indicator, country and year pickers would set it.
bool ExportCommand::chooseCountrySeries(const Invocation &invocation, CountrySelection *selection)
{
    if (!invocation.seriesKey.isEmpty()) {
        const QStringList keys = selection->indicators();
        if (!keys.contains(invocation.seriesKey)) {
            m_error =
                QCoreApplication::translate("ExportCommand", "No country series '%1'. Series with "
                                                             "countries: %2.")
                    .arg(invocation.seriesKey, keys.join(QStringLiteral(", ")));
            return false;
        }
        selection->setIndicator(invocation.seriesKey);
    }
    selection->setYears(invocation.fromYear, invocation.toYear);
    selection->setValueDecimals(invocation.valueDecimals);
    if (invocation.countries.isEmpty())
        return true;
    QSet<QString> known;
    for (const auto &[code, name] : selection->countriesOfIndicator())
        known.insert(code);
    QStringList unknown;
    for (const QString &code : invocation.countries) {
        if (!known.contains(code))
            unknown << code;
    }
    if (!unknown.isEmpty()) {
        m_error =
            QCoreApplication::translate("ExportCommand", "The series '%1' has no rows for %2.")
                .arg(selection->indicator(), unknown.join(QStringLiteral(", ")));
        return false;
    }
    selection->setCountries(
        QSet<QString>(invocation.countries.cbegin(), invocation.countries.cend()));
    return true;
}
