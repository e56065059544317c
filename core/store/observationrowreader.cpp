// SPDX-License-Identifier: MIT
#include "observationrowreader.h"

#include "sqlite/sqlliteral.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

QString ObservationRowReader::select(const QString &schema)
{
    return QStringLiteral("SELECT o.id, o.series_id, o.entity, o.entity_code, o.aggregate,"
                          " o.period_start, o.period_end, o.period_label, o.value, f.key,"
                          " COALESCE(f.derived, FALSE) FROM %1.observation o"
                          " LEFT JOIN %1.fact f ON f.id = o.fact_id")
        .arg(schema);
}

std::optional<QList<ObservationRow>> ObservationRowReader::read(const QSqlDatabase &db,
                                                                const QString &sql,
                                                                const QVariantList &values,
                                                                QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    QList<ObservationRow> rows;
    while (q.next()) {
        ObservationRow row;
        row.id = q.value(0).toLongLong();
        row.seriesId = q.value(1).toLongLong();
        Data::Observation &o = row.observation;
        o.entity = q.value(2).toString();
        o.entityCode = q.value(3).toString();
        o.aggregate = q.value(4).toBool();
        o.periodStart = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        o.periodEnd = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        o.periodLabel = q.value(7).toString();
        o.value = q.value(8).toDouble();
        o.factKey = q.value(9).toString();
        o.derived = q.value(10).toBool();
        row.problem = problemOf(row, q.value(8), q.value(5), q.value(6));
        rows.append(std::move(row));
    }
    return rows;
}

// The checks DatasetReader makes of a row it loads, in its words.
QString ObservationRowReader::problemOf(const ObservationRow &row, const QVariant &value,
                                        const QVariant &start, const QVariant &end)
{
    const QString table = QStringLiteral("observation");
    const QString key = QString::number(row.id);
    const int type = value.typeId();
    const bool numeric = !value.isNull() && (type == QMetaType::Double ||
                                             type == QMetaType::LongLong || type == QMetaType::Int);
    if (!numeric || !std::isfinite(row.observation.value))
        return QCoreApplication::translate("DatasetReader", "table '%1', row '%2': %3 '%4' %5")
            .arg(table, key, QStringLiteral("value"),
                 value.isNull() ? QStringLiteral("NULL") : value.toString(),
                 QCoreApplication::translate("DatasetReader", "is not a finite number"));
    const std::pair<const char *, const QVariant *> dates[] = {{"period_start", &start},
                                                               {"period_end", &end}};
    for (const auto &[column, date] : dates) {
        if (!QDate::fromString(date->toString(), Qt::ISODate).isValid())
            return QCoreApplication::translate("DatasetReader",
                                               "table '%1', row '%2': %3 '%4' is not a date "
                                               "(YYYY-MM-DD)")
                .arg(table, key, QString::fromLatin1(column), date->toString());
    }
    return {};
}

QVariantList ObservationRowReader::keyOf(const ObservationRow &row, ObservationQuery::Order order,
                                         const EntityOrder &entityOrder)
{
    const Data::Observation &o = row.observation;
    switch (order) {
    case ObservationQuery::Order::Entity:
        if (!entityOrder.isEmpty())
            return {entityOrder.rankOf(o.entity), o.entity, o.entityCode, o.aggregate, row.id};
        return {o.entity, row.id};
    case ObservationQuery::Order::Period:
        return {o.periodStart, row.id};
    case ObservationQuery::Order::Value:
        return {o.value, row.id};
    case ObservationQuery::Order::Natural:
        break;
    }
    return {row.seriesId, o.entity, o.periodStart};
}

QString ObservationRowReader::rankOf(const EntityOrder &order)
{
    QString rank = QStringLiteral("CASE o.entity");
    for (qsizetype i = 0; i < order.size(); ++i)
        rank += QStringLiteral(" WHEN %1 THEN %2")
                    .arg(SqlLiteral::quoted(order.entities().at(i)))
                    .arg(i);
    return rank + QStringLiteral(" ELSE %1 END").arg(order.size());
}

QList<Data::Observation> ObservationRowReader::valid(const QList<ObservationRow> &rows,
                                                     qint64 *leftOut, QString *firstProblem)
{
    QList<Data::Observation> observations;
    observations.reserve(rows.size());
    for (const ObservationRow &row : rows) {
        if (row.problem.isEmpty())
            observations.append(row.observation);
        else if ((*leftOut)++ == 0)
            *firstProblem = row.problem;
    }
    return observations;
}
