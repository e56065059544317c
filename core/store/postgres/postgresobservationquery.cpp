// SPDX-License-Identifier: MIT
#include "postgresobservationquery.h"

#include "store/observationrowreader.h"
#include "store/sqlite/sqlliteral.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kSelect = ObservationRowReader::select(QStringLiteral("sco"));

} // namespace

PostgresObservationQuery::PostgresObservationQuery(const QSqlDatabase &db)
    : m_db(db)
{
}

QString PostgresObservationQuery::containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

bool PostgresObservationQuery::fail(const QString &message)
{
    m_error = message.simplified();
    return false;
}

// Each term: its series, its entities, its kind, or its word in the row's search document.
void PostgresObservationQuery::setTerms(const QList<ObservationTerm> &terms)
{
    m_whereValues.clear();
    const QString derived =
        QStringLiteral("EXISTS (SELECT 1 FROM sco.fact f WHERE f.id = o.fact_id AND f.derived)");
    QStringList clauses;
    for (const ObservationTerm &term : terms) {
        if (term.stated && term.derived)
            continue; // every row
        QStringList any;
        if (!term.seriesKeys.isEmpty())
            any << QStringLiteral("o.series_id IN (SELECT id FROM sco.series WHERE key IN (%1))")
                       .arg(SqlLiteral::list(term.seriesKeys));
        if (!term.entities.isEmpty())
            any << QStringLiteral("o.entity IN (%1)").arg(SqlLiteral::list(term.entities));
        if (term.stated)
            any << QStringLiteral("NOT ") + derived;
        if (term.derived)
            any << derived;
        any << QStringLiteral("o.search_document LIKE ?");
        m_whereValues << containsPattern(term.text);
        clauses << u'(' + any.join(QStringLiteral(" OR ")) + u')';
    }
    m_where = clauses.isEmpty() ? QStringLiteral("TRUE") : clauses.join(QStringLiteral(" AND "));
}

void PostgresObservationQuery::setShadowed(const QStringList &seriesKeys,
                                           const QStringList &sourceKeys)
{
    if (seriesKeys.isEmpty() && sourceKeys.isEmpty()) {
        m_hidden.clear();
        return;
    }
    m_hidden =
        QStringLiteral(" AND o.series_id NOT IN (SELECT s.id FROM sco.series s"
                       " JOIN sco.source r ON r.id = s.source_id"
                       " WHERE s.key IN (%1) OR r.key IN (%2))")
            .arg(SqlLiteral::list(seriesKeys.isEmpty() ? QStringList{QString()} : seriesKeys),
                 SqlLiteral::list(sourceKeys.isEmpty() ? QStringList{QString()} : sourceKeys));
}

void PostgresObservationQuery::setOrder(Order order, Qt::SortOrder direction)
{
    m_order = order;
    m_direction = direction;
}

// Entities the order does not list sort after those it does, by stored name.
void PostgresObservationQuery::setEntityOrder(const EntityOrder &order)
{
    m_entityOrder = order;
    m_entityOrderComplete = false;
    m_entityRank = ObservationRowReader::rankOf(order);
}

QStringList PostgresObservationQuery::keyColumns() const
{
    const QString entity = QStringLiteral("o.entity COLLATE \"C\"");
    switch (m_order) {
    case Order::Entity:
        if (!m_entityOrder.isEmpty())
            return {m_entityRank, entity, QStringLiteral("o.entity_code COLLATE \"C\""),
                    QStringLiteral("o.aggregate"), QStringLiteral("o.id")};
        return {entity, QStringLiteral("o.id")};
    case Order::Period:
        return {QStringLiteral("o.period_start"), QStringLiteral("o.id")};
    case Order::Value:
        return {QStringLiteral("o.value"), QStringLiteral("o.id")};
    case Order::Natural:
        break;
    }
    return {QStringLiteral("o.series_id"), entity, QStringLiteral("o.period_start")};
}

// "(key columns) > (?, ?)": the rows on SIDE of ROW in the current order, binding ROW's key.
QString PostgresObservationQuery::keyset(const ObservationRow &row, Side side,
                                         QVariantList *values) const
{
    *values << ObservationRowReader::keyOf(row, m_order,
                                           byShownEntity() ? m_entityOrder : EntityOrder());
    const QStringList columns = keyColumns();
    const QStringList marks(columns.size(), QStringLiteral("?"));
    const bool greater = (m_direction == Qt::AscendingOrder) == (side == Side::After);
    return QStringLiteral("(%1) %2 (%3)")
        .arg(columns.join(QStringLiteral(", ")), greater ? u">" : u"<",
             marks.join(QStringLiteral(", ")));
}

std::optional<QList<ObservationRow>> PostgresObservationQuery::page(int limit,
                                                                    const ObservationRow *after)
{
    if (byShownEntity())
        return walkEntities(limit, after);
    QVariantList values = m_whereValues;
    QString condition = where();
    if (after)
        condition += QStringLiteral(" AND ") + keyset(*after, Side::After, &values);
    QStringList order = keyColumns();
    for (QString &column : order)
        column +=
            m_direction == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    values << limit;
    return run(kSelect + QStringLiteral(" WHERE ") + condition + QStringLiteral(" ORDER BY ") +
                   order.join(QStringLiteral(", ")) + QStringLiteral(" LIMIT ?"),
               values);
}

// A page in the shown names' order without sorting every match, as the SQLite store walks it:
// each entity's rows in EntityOrder's order, through observation_by_entity, until the page is
// full; entities the store does not hold cost no statement, and those the order does not list
// come after it, by stored name, as the rank's ELSE sorts them.
std::optional<QList<ObservationRow>>
PostgresObservationQuery::walkEntities(int limit, const ObservationRow *after)
{
    if (!m_entityOrderComplete) {
        const std::optional<QList<Data::Observation>> stored = entities();
        if (!stored)
            return std::nullopt;
        QStringList names;
        for (const Data::Observation &o : *stored)
            names.append(o.entity);
        m_storedEntities = QSet<QString>(names.cbegin(), names.cend());
        EntityOrder complete = m_entityOrder;
        complete.appendUnlisted(names);
        setEntityOrder(complete); // the rank's CASE lists them too, for position()
        m_entityOrderComplete = true;
    }
    const bool ascending = m_direction == Qt::AscendingOrder;
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const int last = int(m_entityOrder.size()) - 1;
    const int start =
        after ? m_entityOrder.rankOf(after->observation.entity) : (ascending ? 0 : last);
    QList<ObservationRow> rows;
    for (int rank = start; rows.size() < limit && rank >= 0 && rank <= last;
         rank += ascending ? 1 : -1) {
        const QString entity = m_entityOrder.entities().at(rank);
        if (!m_storedEntities.contains(entity))
            continue; // another store's: the composite's other part walks it
        QVariantList values = m_whereValues;
        QString condition = where() + QStringLiteral(" AND o.entity = ?");
        values << entity;
        if (after && rank == start) {
            condition += QStringLiteral(" AND (o.entity_code, o.aggregate, o.id) %1 (?, ?, ?)")
                             .arg(ascending ? QStringLiteral(">") : QStringLiteral("<"));
            values << after->observation.entityCode << after->observation.aggregate << after->id;
        }
        values << limit - rows.size();
        const auto more = run(kSelect + QStringLiteral(" WHERE ") + condition +
                                  QStringLiteral(" ORDER BY o.entity_code%1, o.aggregate%1,"
                                                 " o.id%1 LIMIT ?")
                                      .arg(direction),
                              values);
        if (!more)
            return std::nullopt;
        rows += *more;
    }
    return rows;
}

std::optional<qint64> PostgresObservationQuery::count()
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM sco.observation o WHERE ") + where(),
                  m_whereValues);
}

std::optional<qint64> PostgresObservationQuery::position(const ObservationRow &row)
{
    QVariantList values = m_whereValues;
    const QString before = keyset(row, Side::Before, &values);
    return scalar(QStringLiteral("SELECT COUNT(*) FROM sco.observation o WHERE ") + where() +
                      QStringLiteral(" AND ") + before,
                  values);
}

std::optional<ObservationRow> PostgresObservationQuery::find(const QString &seriesKey,
                                                             const QString &entity, int year)
{
    QVariantList values{seriesKey, entity, entity, QDate(year, 1, 1), QDate(year + 1, 1, 1)};
    values += m_whereValues;
    const auto rows =
        run(kSelect +
                QStringLiteral(" WHERE o.series_id = (SELECT id FROM sco.series WHERE key = ?)"
                               " AND (o.entity_code = ? OR (o.entity_code = '' AND o.entity = ?))"
                               " AND o.period_start >= ? AND o.period_start < ? AND ") +
                where() + QStringLiteral(" LIMIT 1"),
            values);
    if (!rows)
        return std::nullopt;
    if (rows->isEmpty()) {
        fail(QStringLiteral("no such observation"));
        return std::nullopt;
    }
    return rows->first();
}

std::optional<QList<Data::Observation>> PostgresObservationQuery::ofSeries(qint64 seriesId)
{
    const auto rows = run(kSelect + QStringLiteral(" WHERE o.series_id = ?"
                                                   " ORDER BY o.entity COLLATE \"C\","
                                                   " o.period_start"),
                          {seriesId});
    if (!rows)
        return std::nullopt;
    return ObservationRowReader::valid(*rows, &m_leftOut, &m_firstProblem);
}

std::optional<QList<Data::Observation>> PostgresObservationQuery::entities()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // A skip scan through observation_by_entity: each step seeks the next distinct triple, so
    // the cost is the number of entities, not of rows (DISTINCT reads every row: 0.2 s at 1M).
    if (!q.exec(QStringLiteral(
            "WITH RECURSIVE e(entity, code, aggregate) AS ("
            " (SELECT entity, entity_code, aggregate FROM sco.observation"
            "  ORDER BY entity, entity_code, aggregate LIMIT 1)"
            " UNION ALL"
            " SELECT n.entity, n.entity_code, n.aggregate FROM e CROSS JOIN LATERAL"
            " (SELECT o.entity, o.entity_code, o.aggregate FROM sco.observation o"
            "  WHERE (o.entity, o.entity_code, o.aggregate) > (e.entity, e.code, e.aggregate)"
            "  ORDER BY o.entity, o.entity_code, o.aggregate LIMIT 1) n)"
            " SELECT entity, code, aggregate FROM e"))) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    QList<Data::Observation> entities;
    while (q.next()) {
        Data::Observation o;
        o.entity = q.value(0).toString();
        o.entityCode = q.value(1).toString();
        o.aggregate = q.value(2).toBool();
        entities.append(o);
    }
    return entities;
}

std::optional<qint64> PostgresObservationQuery::scalar(const QString &sql,
                                                       const QVariantList &values)
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<QList<ObservationRow>> PostgresObservationQuery::run(const QString &sql,
                                                                   const QVariantList &values)
{
    QString error;
    auto rows = ObservationRowReader::read(m_db, sql, values, &error);
    if (!rows)
        fail(error);
    return rows;
}
