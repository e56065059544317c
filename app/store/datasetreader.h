// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QSqlQuery;

// Reads every table of an open, schema-checked dashboard database into value types.
// Returns std::nullopt and sets errorString() (naming the table) when a query fails.
class DatasetReader
{
public:
    explicit DatasetReader(const QSqlDatabase &db);

    std::optional<Data::Dataset> read();
    QString errorString() const { return m_error; }

private:
    bool exec(QSqlQuery &query, const QString &sql, const QString &table);
    bool readSources(Data::Dataset &dataset);
    bool readFacts(Data::Dataset &dataset);
    bool readFactInputs(Data::Dataset &dataset);
    bool readSeries(Data::Dataset &dataset);
    bool readTopics(Data::Dataset &dataset);
    bool readPeople(Data::Dataset &dataset);
    bool readEvents(Data::Dataset &dataset);
    Data::Source sourceById(const Data::Dataset &dataset, qint64 id) const;
    // Parses an ISO date; the first invalid one becomes errorString(), naming table, row and
    // column.
    QDate isoDate(const QVariant &value, const QString &table, const QString &key,
                  const char *column);

    QSqlDatabase m_db;
    QString m_error;
};
