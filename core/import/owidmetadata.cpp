// SPDX-License-Identifier: MIT
#include "owidmetadata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUrl>

QString OwidMetadata::pathFor(const QString &csvPath)
{
    const QFileInfo csv(csvPath);
    return csv.dir().filePath(csv.completeBaseName() + QStringLiteral(".metadata.json"));
}

bool OwidMetadata::read(const QString &csvPath)
{
    const QString path = pathFor(csvPath);
    if (!QFileInfo(path).isFile())
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QCoreApplication::translate("OwidMetadata", "Cannot read %1 beside the file: %2")
                      .arg(path, file.errorString());
        return false;
    }
    if (file.size() > kMaxBytes) {
        m_error = QCoreApplication::translate("OwidMetadata",
                                              "%1 beside the file is larger than %2 MiB; it "
                                              "cannot be OWID's metadata")
                      .arg(path)
                      .arg(kMaxBytes / (1024 * 1024));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        m_error = QCoreApplication::translate("OwidMetadata",
                                              "%1 beside the file is not a JSON object (at byte "
                                              "%2: %3); fix it or move it away")
                      .arg(path)
                      .arg(parseError.offset)
                      .arg(parseError.errorString());
        return false;
    }
    m_chart = document.object().value(QStringLiteral("chart")).toObject();
    m_columns = document.object().value(QStringLiteral("columns")).toObject();
    return true;
}

std::optional<SeriesNaming> OwidMetadata::naming(const QString &header) const
{
    const QJsonValue value = m_columns.value(header.trimmed());
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject column = value.toObject();
    SeriesNaming naming = SeriesNaming::fromHeader(header);
    const QString title = column.value(QStringLiteral("titleShort")).toString().trimmed();
    if (!title.isEmpty())
        naming.label = title;
    const QString shortUnit = column.value(QStringLiteral("shortUnit")).toString().trimmed();
    const QString unit = column.value(QStringLiteral("unit")).toString().trimmed();
    if (shortUnit == u"%" || unit == u"%")
        naming.unit = QStringLiteral("%");
    else if (!unit.isEmpty())
        naming.unit = unit;
    else if (!shortUnit.isEmpty())
        naming.unit = shortUnit;
    return naming;
}

QString OwidMetadata::citation(const QString &header) const
{
    const QString column = m_columns.value(header.trimmed())
                               .toObject()
                               .value(QStringLiteral("citationShort"))
                               .toString()
                               .trimmed();
    return column.isEmpty() ? m_chart.value(QStringLiteral("citation")).toString().trimmed()
                            : column;
}

QString OwidMetadata::chartUrl() const
{
    const QUrl url(m_chart.value(QStringLiteral("originalChartUrl")).toString().trimmed(),
                   QUrl::StrictMode);
    const bool web = url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http");
    return web ? url.toString() : QString();
}
