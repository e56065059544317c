// SPDX-License-Identifier: MIT
#pragma once

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

private:
    static QString problemOf(const ObservationRow &row, const QVariant &value,
                             const QVariant &start, const QVariant &end);
};
