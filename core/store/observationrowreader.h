// SPDX-License-Identifier: MIT
#pragma once

#include "observationquery.h"
#include "observationrow.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

// Reads user-store observations: the one SELECT every observation query starts from, and each
// row's decoding, with the checks DatasetReader makes of a row it loads.
class ObservationRowReader
{
public:
    // "SELECT … FROM SCHEMA.observation o LEFT JOIN SCHEMA.fact f …": the columns read() takes.
    static QString select(const QString &schema);
    // The rows of SQL, which starts with select(), with VALUES bound in order; std::nullopt with
    // ERROR set when it fails.
    static std::optional<QList<ObservationRow>> read(const QSqlDatabase &db, const QString &sql,
                                                     const QVariantList &values, QString *error);

    // What both stores' queries share of an order: the values of ROW's key, bound in the order of
    // the key columns (rank, entity, code, aggregate, id when ENTITYORDER ranks the entities).
    static QVariantList keyOf(const ObservationRow &row, ObservationQuery::Order order,
                              const EntityOrder &entityOrder);
    // "CASE o.entity WHEN … THEN 0 … ELSE n END": each entity ORDER lists, its rank.
    static QString rankOf(const EntityOrder &order);
    // The valid observations of ROWS; LEFTOUT counts the others and FIRSTPROBLEM names the
    // first of them.
    static QList<Data::Observation> valid(const QList<ObservationRow> &rows, qint64 *leftOut,
                                          QString *firstProblem);

private:
    static QString problemOf(const ObservationRow &row, const QVariant &value,
                             const QVariant &start, const QVariant &end);
};
