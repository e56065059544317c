// SPDX-License-Identifier: MIT
#pragma once

#include "store/datasetreader.h"
#include "store/factquery.h"
#include "store/shadowingrule.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

class QSqlQuery;

// The SQLite FactQuery over the built-in dataset ("main") and the analyst's store ("user",
// when attached): in a sorted order one compound SELECT whose arms each walk their own index
// (resources/data/factsearch.sql), merged by SQLite and cut at the limit; in the natural order
// each arm in turn, by id. A search word is
// looked up in the FTS5 trigram index when it is rare there and checked on each row walked in
// order when it is common, so neither gathers a common word's every match to show one page.
class SqliteFactQuery : public FactQuery
{
public:
    // LANGUAGE: the one the built-in facts' labels are given in, and sorted by.
    SqliteFactQuery(const QSqlDatabase &db, bool withStore, const ShadowingRule &rule,
                    const QString &language);

    void setTerms(const QList<FactTerm> &terms) override;
    void setOrder(Order order, Qt::SortOrder direction = Qt::AscendingOrder) override;
    std::optional<QList<FactRow>> page(int limit, const FactRow *after = nullptr) override;
    std::optional<qint64> count() override;
    std::optional<QList<Data::Source>> sources() override;
    QString errorString() const override { return m_error; }

    // A word in at most this many facts is listed from the indexes once per page.
    static constexpr int kRareInIndex = 1'000;

private:
    struct Arm
    {
        QString schema;
        int part; // 0 built in, 1 the store: the order's tie-break after the sort key
        DatasetReader reader;
        std::optional<Data::Dataset> sources;
    };
    QString termsWhere(const Arm &arm) const;
    QString sortExpression(const Arm &arm) const;
    QString keyset(const Arm &arm, const FactRow &after, QVariantList *values) const;
    QString armSelect(const Arm &arm, const QString &bound) const;
    bool run(const QString &sql, const QVariantList &values, QList<FactRow> &rows);
    bool naturalPage(int limit, const FactRow *after, QList<FactRow> &rows);
    QVariant sortValue(const FactRow &row) const;
    bool isRare(const Arm &arm, const FactTerm &term);
    bool readSources();
    std::optional<FactRow> rowOf(const QSqlQuery &q, Arm &arm);
    bool translate(QList<FactRow> &rows);
    bool fail(const QString &message);

    QSqlDatabase m_db;
    QList<Arm> m_arms;
    QStringList m_shadowedFacts;
    QStringList m_shadowedSources;
    QString m_language;
    QList<FactTerm> m_terms;
    QList<QList<bool>> m_rare; // per arm, per term: listed from the index
    Order m_order = Order::Natural;
    Qt::SortOrder m_direction = Qt::AscendingOrder;
    QString m_error;
};
