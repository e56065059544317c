// SPDX-License-Identifier: MIT
#pragma once

#include "observationquery.h"
#include "shadowingrule.h"

#include <memory>

// The built-in dataset's rows and a store's as one ObservationQuery. Each part answers the
// same request through its own index; pages are merged by the order's key, so every row,
// built in or not, is found by one path. Built-in rows are marked (ObservationRow::builtIn)
// and go first among equal keys, and in the natural order before every stored row.
//
// It holds the rule that a built-in key shadows a stored one: the store's rows of a series
// whose key, or whose source's key, the built-in dataset has are never returned.
class CompositeObservationQuery : public ObservationQuery
{
public:
    // STORED may be null: no store is attached, and only the built-in rows are read. RULE
    // leaves out the stored rows the built-in dataset shadows.
    CompositeObservationQuery(std::unique_ptr<ObservationQuery> builtIn,
                              std::unique_ptr<ObservationQuery> stored, const ShadowingRule &rule);

    void setTerms(const QList<ObservationTerm> &terms) override;
    // Adds to the built-in dataset's keys, for the stored part.
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
    // The built-in row when the built-in dataset has the series, else the stored one.
    std::optional<ObservationRow> find(const QString &seriesKey, const QString &entity,
                                       int year) override;
    // A stored series: on-demand series are the store's own.
    std::optional<QList<Data::Observation>> ofSeries(qint64 seriesId) override;
    qint64 leftOut() const override;
    QString firstProblem() const override;
    // Each distinct entity once, the built-in ones first.
    std::optional<QList<Data::Observation>> entities() override;

    QString errorString() const override { return m_error; }

    // Whether A goes before B in ORDER and DIRECTION (ENTITYORDER for Order::Entity when
    // it is not empty): the parts' SQL order, then built-in first, then by id.
    static bool before(const ObservationRow &a, const ObservationRow &b, Order order,
                       Qt::SortOrder direction, const EntityOrder &entityOrder);

private:
    struct Part
    {
        ObservationQuery *query;
        bool builtIn;
    };
    QList<Part> parts() const;
    enum class Bound { Start, None, From };
    Bound boundIn(const Part &part, const ObservationRow &row, bool after,
                  ObservationRow *bound) const;
    bool fail(const ObservationQuery &part);

    std::unique_ptr<ObservationQuery> m_builtIn;
    std::unique_ptr<ObservationQuery> m_stored;
    QStringList m_shadowedSeries; // ShadowingRule's keys
    QStringList m_shadowedSources;
    Order m_order = Order::Natural;
    Qt::SortOrder m_direction = Qt::AscendingOrder;
    EntityOrder m_entityOrder;
    QString m_error;
};
