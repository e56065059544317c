// SPDX-License-Identifier: MIT
#pragma once

#include "store/observationquery.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// The SQLite ObservationQuery: each sort order walks
// an index (resources/data/search.sql), and a word goes through the FTS5 trigram index.
class SqliteObservationQuery : public ObservationQuery
{
public:
    // The store attached to DB as SCHEMA: "user" for the analyst's, "main" for the built-in
    // dataset, which the build indexes the same way.
    explicit SqliteObservationQuery(const QSqlDatabase &db,
                                    const QString &schema = QStringLiteral("user"));

    void setTerms(const QList<ObservationTerm> &terms) override;
    void setShadowed(const QStringList &seriesKeys, const QStringList &sourceKeys) override;
    void setOrder(Order order, Qt::SortOrder direction = Qt::AscendingOrder) override;
    Order order() const override { return m_order; }
    // The order of Order::Entity: by the names shown in the interface language when ORDER is
    // not empty (it must list the store's entities; any other sorts last, by stored name).
    void setEntityOrder(const EntityOrder &order) override;
    const EntityOrder &entityOrder() const override { return m_entityOrder; }
    Qt::SortOrder direction() const override { return m_direction; }

    // Up to LIMIT rows after AFTER (from the start when it is null).
    std::optional<QList<ObservationRow>> page(int limit,
                                              const ObservationRow *after = nullptr) override;
    // How many rows match; a full pass over the matches, so callers ask after the first page.
    std::optional<qint64> count() override;
    // How many matching rows come before ROW in the current order.
    std::optional<qint64> position(const ObservationRow &row) override;
    std::optional<ObservationRow> find(const QString &seriesKey, const QString &entity,
                                       int year) override;
    // The valid rows of one series; leftOut() then counts the rows it left out, and
    // firstProblem() names the first.
    std::optional<QList<Data::Observation>> ofSeries(qint64 seriesId) override;
    qint64 leftOut() const override { return m_leftOut; }
    QString firstProblem() const override { return m_firstProblem; }
    // Every distinct entity, with its code and whether it is an aggregate.
    std::optional<QList<Data::Observation>> entities() override;

    QString errorString() const override { return m_error; }
    // TEXT as a GLOB pattern that finds it anywhere: '*', '?' and '[' stand for themselves.
    static QString containsPattern(const QString &text);

    // A word that can match at most this many rows has them read and sorted; a commoner one
    // is checked row by row in sort order. The index part of a word in at most kRareInIndex
    // documents is listed once rather than looked up per row.
    static constexpr int kFewRows = 20'000;
    static constexpr int kRareInIndex = 5'000;

private:
    enum class Form { Count, Driver, Filter };
    QString seriesOfKeys(const QStringList &keys) const;
    QString termClause(const ObservationTerm &term, Form form, bool rareInIndex) const;
    struct Probe
    {
        bool rareInIndex;
        qint64 candidates; // rows it can match, kFewRows + 1 meaning more
    };
    std::optional<Probe> probe(const ObservationTerm &term);
    std::optional<qint64> boundedCount(const QString &rows, const QVariantList &values, int limit);
    std::optional<qint64> scalar(const QString &sql, const QVariantList &values);
    std::optional<QString> pageWhere();
    QStringList keyColumns() const;
    bool byShownEntity() const { return m_order == Order::Entity && !m_entityOrder.isEmpty(); }
    std::optional<QList<ObservationRow>> walkEntities(const QString &condition, int limit,
                                                      const ObservationRow *after);
    enum class Side { Before, After };
    QString keyset(const ObservationRow &row, Side side, QVariantList *values) const;
    std::optional<QList<ObservationRow>> run(const QString &sql, const QVariantList &values);
    bool fail(const QString &message);

    QSqlDatabase m_db;
    QString m_schema;
    QList<ObservationTerm> m_terms;
    QString m_where = QStringLiteral("1"); // for counting: every word listed from the index
    std::optional<QString> m_pageWhere;
    bool m_hasDriver = false; // pageWhere() chose a term whose few rows are read and sorted
    QString m_hidden;
    QVariantList m_whereValues;
    Order m_order = Order::Natural;
    Qt::SortOrder m_direction = Qt::AscendingOrder;
    EntityOrder m_entityOrder;
    QString m_entityRank; // a CASE giving each listed entity its rank
    bool m_entityOrderComplete = false;
    QSet<QString> m_storedEntities; // the entities this store holds, read with the order
    QString m_error;
    qint64 m_leftOut = 0;
    QString m_firstProblem;
};
