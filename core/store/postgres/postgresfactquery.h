// SPDX-License-Identifier: MIT
#pragma once

#include "store/datasetreader.h"
#include "store/factquery.h"
#include "store/shadowingrule.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

// The facts of a team store as the stored part of CompositeFactQuery: the request
// SqliteFactQuery answers for the analyst's file, in the server's SQL, with the same keys, so
// pages of both parts merge into one order. A word is found in each fact's stored document
// (FactSearchDocument) by LIKE, which the pg_trgm index serves; labels sort in the "C"
// collation, SQLite's byte order.
class PostgresFactQuery : public FactQuery
{
public:
    // RULE leaves out the facts the built-in dataset shadows.
    PostgresFactQuery(const QSqlDatabase &db, const ShadowingRule &rule);

    void setTerms(const QList<FactTerm> &terms) override;
    void setOrder(Order order, Qt::SortOrder direction = Qt::AscendingOrder) override;
    // AFTER may be a built-in row: the page then starts where the built-in part's ends.
    std::optional<QList<FactRow>> page(int limit, const FactRow *after = nullptr) override;
    std::optional<qint64> count() override;
    std::optional<QList<Data::Source>> sources() override;
    QString errorString() const override { return m_error; }

private:
    QString where(QVariantList *values) const;
    QString sortExpression() const;
    std::optional<QString> bound(const FactRow &after, QVariantList *values) const;
    bool readSources();
    bool fail(const QString &message);

    QSqlDatabase m_db;
    DatasetReader m_reader;
    std::optional<Data::Dataset> m_sources;
    QStringList m_shadowedFacts;
    QStringList m_shadowedSources;
    QList<FactTerm> m_terms;
    Order m_order = Order::Natural;
    Qt::SortOrder m_direction = Qt::AscendingOrder;
    QString m_error;
};
