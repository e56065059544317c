// SPDX-License-Identifier: MIT
#include "postgresfactquery.h"

#include "postgresobservationquery.h"
#include "store/sqlite/sqlliteral.h"

#include <QSqlError>
#include <QSqlQuery>

PostgresFactQuery::PostgresFactQuery(const QSqlDatabase &db, const ShadowingRule &rule)
    : m_db(db)
    , m_reader(db, QStringLiteral("sco"))
    , m_shadowedFacts(rule.factKeys())
    , m_shadowedSources(rule.sourceKeys())
{
    m_reader.setTeamStore(true);
}

bool PostgresFactQuery::fail(const QString &message)
{
    m_error = message.simplified();
    return false;
}

void PostgresFactQuery::setTerms(const QList<FactTerm> &terms)
{
    m_terms.clear();
    for (const FactTerm &term : terms) {
        if (!(term.stated && term.derived)) // every fact
            m_terms.append(term);
    }
}

void PostgresFactQuery::setOrder(Order order, Qt::SortOrder direction)
{
    m_order = order;
    m_direction = direction;
}

// Every term's condition, and the facts the built-in dataset shadows left out.
QString PostgresFactQuery::where(QVariantList *values) const
{
    QStringList clauses;
    for (const FactTerm &term : m_terms) {
        QStringList any{QStringLiteral("f.search_document LIKE ?"),
                        QStringLiteral("f.search_document IS NULL")};
        *values << PostgresObservationQuery::containsPattern(term.text);
        if (!term.units.isEmpty())
            any << QStringLiteral("f.unit IN (%1)").arg(SqlLiteral::list(term.units));
        if (!term.sourceKeys.isEmpty())
            any << QStringLiteral("f.source_id IN (SELECT id FROM sco.source WHERE key IN (%1))")
                       .arg(SqlLiteral::list(term.sourceKeys));
        if (term.stated)
            any << QStringLiteral("NOT f.derived");
        if (term.derived)
            any << QStringLiteral("f.derived");
        clauses << u'(' + any.join(QStringLiteral(" OR ")) + u')';
    }
    if (!m_shadowedFacts.isEmpty())
        clauses << QStringLiteral("f.key NOT IN (%1)").arg(SqlLiteral::list(m_shadowedFacts));
    if (!m_shadowedSources.isEmpty())
        clauses << QStringLiteral("f.source_id NOT IN (SELECT id FROM sco.source"
                                  " WHERE key IN (%1))")
                       .arg(SqlLiteral::list(m_shadowedSources));
    return clauses.isEmpty() ? QStringLiteral("TRUE") : clauses.join(QStringLiteral(" AND "));
}

QString PostgresFactQuery::sortExpression() const
{
    switch (m_order) {
    case Order::Natural:
        break;
    case Order::Label:
        return QStringLiteral("f.label COLLATE \"C\"");
    case Order::Value:
        return QStringLiteral("f.value");
    case Order::Period:
        return QStringLiteral("f.period_start");
    }
    return QStringLiteral("f.id");
}

// The stored facts after AFTER, in SqliteFactQuery's keys: by id in the natural order, where
// every built-in fact comes first; by (sort key, id, part) in a sorted one, the stored part
// coming after the built-in one at equal keys. Nullopt: none come after it.
std::optional<QString> PostgresFactQuery::bound(const FactRow &after, QVariantList *values) const
{
    const bool ascending = m_direction == Qt::AscendingOrder;
    const QString beyond = ascending ? QStringLiteral(">") : QStringLiteral("<");
    if (m_order == Order::Natural) {
        if (after.builtIn)
            return ascending ? std::optional<QString>(QStringLiteral("TRUE")) : std::nullopt;
        *values << after.fact.id;
        return QStringLiteral("f.id %1 ?").arg(beyond);
    }
    switch (m_order) {
    case Order::Label:
        *values << after.fact.label;
        break;
    case Order::Value:
        *values << after.fact.value;
        break;
    default:
        *values << after.fact.periodStart;
        break;
    }
    *values << after.fact.id;
    const bool orEqual = ascending && after.builtIn; // this part is later at equal keys
    return QStringLiteral("(%1, f.id) %2%3 (?, ?)")
        .arg(sortExpression(), beyond, orEqual ? QStringLiteral("=") : QString());
}

bool PostgresFactQuery::readSources()
{
    if (!m_sources && !(m_sources = m_reader.readSources()))
        return fail(m_reader.errorString());
    return true;
}

std::optional<QList<FactRow>> PostgresFactQuery::page(int limit, const FactRow *after)
{
    m_error.clear();
    if (!readSources())
        return std::nullopt;
    QVariantList values;
    QString condition = where(&values);
    if (after) {
        const std::optional<QString> from = bound(*after, &values);
        if (!from)
            return QList<FactRow>();
        condition += QStringLiteral(" AND ") + *from;
    }
    const QString direction =
        m_direction == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM sco.fact f WHERE %2 ORDER BY %3%4, f.id%4 LIMIT %5")
                  .arg(DatasetReader::factColumns(), condition, sortExpression(), direction)
                  .arg(limit));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    QList<FactRow> rows;
    while (q.next()) {
        const std::optional<Data::Fact> fact = m_reader.readFact(q, 0, *m_sources);
        if (!fact) {
            fail(m_reader.errorString());
            return std::nullopt;
        }
        rows.append({*fact, false});
    }
    return rows;
}

std::optional<qint64> PostgresFactQuery::count()
{
    m_error.clear();
    QVariantList values;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM sco.fact f WHERE ") + where(&values));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<QList<Data::Source>> PostgresFactQuery::sources()
{
    m_error.clear();
    if (!readSources())
        return std::nullopt;
    return m_sources->sources;
}
