// SPDX-License-Identifier: MIT
#pragma once

#include "factquery.h"

#include <memory>

// The built-in facts and a store's of another connection as one FactQuery: each part answers
// the same request through its own index, and pages are merged by the order's key (the sort
// key, then the id, then the part, built in first), as SqliteFactQuery's one statement orders
// them. In the natural order every built-in fact comes first. The parts leave out the
// shadowed facts themselves.
class CompositeFactQuery : public FactQuery
{
public:
    // STORED may be null: only the built-in facts are read.
    CompositeFactQuery(std::unique_ptr<FactQuery> builtIn, std::unique_ptr<FactQuery> stored);

    void setTerms(const QList<FactTerm> &terms) override;
    void setOrder(Order order, Qt::SortOrder direction = Qt::AscendingOrder) override;
    std::optional<QList<FactRow>> page(int limit, const FactRow *after = nullptr) override;
    std::optional<qint64> count() override;
    std::optional<QList<Data::Source>> sources() override;
    QString errorString() const override { return m_error; }

    // Whether A goes before B in ORDER and DIRECTION.
    static bool before(const FactRow &a, const FactRow &b, Order order, Qt::SortOrder direction);

private:
    QList<FactQuery *> parts() const;
    bool fail(const FactQuery &part);

    std::unique_ptr<FactQuery> m_builtIn;
    std::unique_ptr<FactQuery> m_stored;
    Order m_order = Order::Natural;
    Qt::SortOrder m_direction = Qt::AscendingOrder;
    QString m_error;
};
