// SPDX-License-Identifier: MIT
#include "exportcommand.h"

#include "chartexporter.h"
#include "models/dashboardmodels.h"
#include "store/repository.h"

#include "export/exporttarget.h"

#include <QCoreApplication>
#include <QDir>

bool ExportCommand::run(const Invocation &invocation)
{
    Repository store;
    store.setUserObservationsOnDemand(true);
    std::optional<Data::Dataset> dataset =
        store.openAndLoad(invocation.databasePath, Repository::UserStore::OpenIfPresent);
    if (!dataset) {
        m_error = store.errorString();
        return false;
    }
    if (store.isUserStoreLeftOut()) {
        m_error = store.userStoreProblem();
        return false;
    }
    m_warning = store.userStoreProblem();
    DashboardModels models;
    models.setDataset(*dataset);
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
