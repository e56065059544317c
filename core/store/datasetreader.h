// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QSqlQuery;

// Reads every table of an open, schema-checked dashboard database into value types: the
// database attached as SCHEMA ("main" for a connection's own file, "user" for the user store).
// Returns std::nullopt and sets errorString() (naming the table) when a query fails.
class DatasetReader
{
public:
    // LANGUAGE: the one the labels are given in ("en": as stored).
    explicit DatasetReader(const QSqlDatabase &db, const QString &schema = QStringLiteral("main"),
                           const QString &language = QStringLiteral("en"));

    std::optional<Data::Dataset> read();
    // A dataset of the sources alone, for readFact().
    std::optional<Data::Dataset> readSources();
    // Without observations the series are a catalogue: a large store's rows are read a page
    // at a time through ObservationQuery instead.
    void setReadObservations(bool read) { m_readObservations = read; }
    // Without facts: a large store's facts are read a page at a time through FactQuery, each
    // with readFact().
    void setReadFacts(bool read) { m_readFacts = read; }
    // A team store on a server holds the analyst's tables alone: the article's topics,
    // people, events, members and translations are the built-in dataset's.
    void setTeamStore(bool on) { m_teamStore = on; }
    // The fact columns readFact() reads, in order, of the table aliased ALIAS.
    static QString factColumns(const QString &alias = QStringLiteral("f"));
    // The fact in Q's columns from FIRST on (factColumns()), with its source from SOURCES' (a
    // dataset read by this reader); std::nullopt with errorString() naming a bad value.
    std::optional<Data::Fact> readFact(const QSqlQuery &q, int first, const Data::Dataset &sources);
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
    bool readMemberStates(Data::Dataset &dataset);
    // TEXT with "@." replaced by the schema prefix.
    QString sql(const char *text) const;
    Data::Source sourceById(const Data::Dataset &dataset, qint64 id) const;
    // Parses an ISO date; the first invalid one becomes errorString(), naming table, row and
    // column.
    QDate isoDate(const QVariant &value, const QString &table, const QString &key,
                  const char *column);
    // A stored number; text, NULL, NaN and infinity become errorString(), as isoDate().
    double number(const QVariant &value, const QString &table, const QString &key,
                  const char *column);
    // Records the first problem: "table 'fact', row 'k': value 'abc' is not a finite number".
    void problem(const QString &table, const QString &key, const char *column, const QString &value,
                 const QString &what);
    bool checkFormulas(const Data::Dataset &dataset);

    QSqlDatabase m_db;
    QString m_schema;
    QString m_language;
    bool m_readObservations = true;
    bool m_readFacts = true;
    bool m_teamStore = false;
    QHash<qint64, int> m_sourceIndex;
    QString m_error;
};
