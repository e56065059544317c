// SPDX-License-Identifier: MIT
#pragma once

#include "store/observationquery.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

// The PostgreSQL ObservationQuery of a team store: the request SqliteObservationQuery answers,
// in the server's SQL. A word is found in each row's stored search document (the text
// SearchDocument gives, as on SQLite) by LIKE, which the pg_trgm index serves for three
// characters or more. Names sort in the "C" collation, the byte order SQLite sorts in, so the
// composite's merge of built-in and stored rows sees one order.
class PostgresObservationQuery : public ObservationQuery
{
public:
    explicit PostgresObservationQuery(const QSqlDatabase &db);

    void setTerms(const QList<ObservationTerm> &terms) override;
    void setShadowed(const QStringList &seriesKeys, const QStringList &sourceKeys) override;
    void setOrder(Order order, Qt::SortOrder direction = Qt::AscendingOrder) override;
    Order order() const override { return m_order; }
    Qt::SortOrder direction() const override { return m_direction; }
    void setEntityOrder(const EntityOrder &order) override;
    const EntityOrder &entityOrder() const override { return m_entityOrder; }

    std::optional<QList<ObservationRow>> page(int limit,
                                              const ObservationRow *after = nullptr) override;
    std::optional<qint64> count() override;
    std::optional<qint64> position(const ObservationRow &row) override;
    std::optional<ObservationRow> find(const QString &seriesKey, const QString &entity,
                                       int year) override;
    std::optional<QList<Data::Observation>> ofSeries(qint64 seriesId) override;
    qint64 leftOut() const override { return m_leftOut; }
    QString firstProblem() const override { return m_firstProblem; }
    std::optional<QList<Data::Observation>> entities() override;

    QString errorString() const override { return m_error; }
    // TEXT as a LIKE pattern that finds it anywhere: '%', '_' and '\' stand for themselves.
    static QString containsPattern(const QString &text);

private:
    enum class Side { Before, After };
    QStringList keyColumns() const;
    QString keyset(const ObservationRow &row, Side side, QVariantList *values) const;
    QString where() const { return m_where + m_hidden; }
    bool byShownEntity() const { return m_order == Order::Entity && !m_entityOrder.isEmpty(); }
    std::optional<QList<ObservationRow>> walkEntities(int limit, const ObservationRow *after);
    std::optional<qint64> scalar(const QString &sql, const QVariantList &values);
    std::optional<QList<ObservationRow>> run(const QString &sql, const QVariantList &values);
    bool fail(const QString &message);

    QSqlDatabase m_db;
    QString m_where = QStringLiteral("TRUE");
    QVariantList m_whereValues;
    QString m_hidden;
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
