// SPDX-License-Identifier: MIT
#include "sqliteobservationquery.h"

#include "sqlliteral.h"
#include "store/observationrowreader.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

SqliteObservationQuery::SqliteObservationQuery(const QSqlDatabase &db, const QString &schema)
    : m_db(db)
    , m_schema(schema)
{
}

QString SqliteObservationQuery::containsPattern(const QString &text)
{
    QString pattern = QStringLiteral("*");
    for (const QChar c : text) {
        if (c == u'*' || c == u'?' || c == u'[')
            pattern += u'[' + QString(c) + u']';
        else
            pattern += c;
    }
    return pattern + u'*';
}

// One term's condition, in one of three forms:
// - Count: every part as it is, for a full pass (the index's matches are listed once);
// - Driver: a word in few rows (by the index, its series and its entities): the rows to start
//   from, through each part's index;
// - Filter: checked row by row while the rows are walked in sort order or read from a driver.
//   Its parts cannot use an index ('+'), so SQLite never gathers and sorts a common word's
//   every match just to show a screen; the index part is listed once when it is rare there
//   and looked up row by row otherwise.
QString SqliteObservationQuery::termClause(const ObservationTerm &term, Form form,
                                           bool rareInIndex) const
{
    const QString plus = form == Form::Filter ? QStringLiteral("+") : QString();
    const QString derived = QStringLiteral("EXISTS (SELECT 1 FROM %1.fact f WHERE f.id = o.fact_id"
                                           " AND f.derived)")
                                .arg(m_schema);
    QStringList any;
    if (!term.seriesKeys.isEmpty())
        any << plus + seriesOfKeys(term.seriesKeys);
    if (!term.entities.isEmpty())
        any << plus + QStringLiteral("o.entity IN (%1)").arg(SqlLiteral::list(term.entities));
    if (term.stated)
        any << QStringLiteral("NOT ") + derived;
    if (term.derived)
        any << derived;
    if (form != Form::Filter || rareInIndex)
        any << plus + QStringLiteral("o.id IN (SELECT rowid FROM %1.observation_search"
                                     " WHERE document GLOB ?)")
                          .arg(m_schema);
    else
        any << QStringLiteral("EXISTS (SELECT 1 FROM %1.observation_search s"
                              " WHERE s.rowid = o.id AND +s.document GLOB ?)")
                   .arg(m_schema);
    return u'(' + any.join(QStringLiteral(" OR ")) + u')';
}

void SqliteObservationQuery::setTerms(const QList<ObservationTerm> &terms)
{
    m_terms.clear();
    m_whereValues.clear();
    QStringList clauses;
    for (const ObservationTerm &term : terms) {
        if (term.stated && term.derived)
            continue; // every row
        m_terms.append(term);
        m_whereValues << containsPattern(term.text);
        clauses << termClause(term, Form::Count, true);
    }
    m_where = clauses.isEmpty() ? QStringLiteral("1") : clauses.join(QStringLiteral(" AND "));
    m_pageWhere.reset();
}

// The number SQL's one row holds: a count.
std::optional<qint64> SqliteObservationQuery::scalar(const QString &sql, const QVariantList &values)
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

// Up to LIMIT + 1 rows of SQL's count, so a probe never costs more than LIMIT rows.
std::optional<qint64> SqliteObservationQuery::boundedCount(const QString &rows,
                                                           const QVariantList &values, int limit)
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM (%1 LIMIT %2)").arg(rows).arg(limit + 1),
                  values);
}

// How many rows TERM can match at most, up to kFewRows + 1, and whether the search index
// holds it in at most kRareInIndex rows: a bounded look at the index and the lists.
std::optional<SqliteObservationQuery::Probe>
SqliteObservationQuery::probe(const ObservationTerm &term)
{
    const std::optional<qint64> inIndex = boundedCount(
        QStringLiteral("SELECT 1 FROM %1.observation_search WHERE document GLOB ?").arg(m_schema),
        {containsPattern(term.text)}, kRareInIndex);
    if (!inIndex)
        return std::nullopt;
    Probe probe{*inIndex <= kRareInIndex, kFewRows + 1};
    if (!probe.rareInIndex || term.stated || term.derived)
        return probe;
    QStringList lists;
    if (!term.seriesKeys.isEmpty())
        lists << seriesOfKeys(term.seriesKeys);
    if (!term.entities.isEmpty())
        lists << QStringLiteral("o.entity IN (%1)").arg(SqlLiteral::list(term.entities));
    std::optional<qint64> listed = 0;
    if (!lists.isEmpty())
        listed =
            boundedCount(QStringLiteral("SELECT 1 FROM %1.observation o WHERE ").arg(m_schema) +
                             lists.join(QStringLiteral(" OR ")),
                         {}, kFewRows);
    if (!listed)
        return std::nullopt;
    probe.candidates = *listed + *inIndex;
    return probe;
}

// The pages' condition: the term with the fewest candidate rows drives when it has few (a few
// thousand rows to read and sort); otherwise the rows are walked in sort order.
std::optional<QString> SqliteObservationQuery::pageWhere()
{
    if (m_pageWhere)
        return m_pageWhere;
    int driver = -1;
    qint64 fewest = kFewRows;
    QList<bool> rare;
    for (qsizetype i = 0; i < m_terms.size(); ++i) {
        const std::optional<Probe> p = probe(m_terms.at(i));
        if (!p)
            return std::nullopt;
        rare.append(p->rareInIndex);
        if (p->candidates <= fewest) {
            fewest = p->candidates;
            driver = int(i);
        }
    }
    QStringList clauses;
    for (qsizetype i = 0; i < m_terms.size(); ++i)
        clauses << termClause(m_terms.at(i), i == driver ? Form::Driver : Form::Filter, rare.at(i));
    m_pageWhere = clauses.isEmpty() ? QStringLiteral("1") : clauses.join(QStringLiteral(" AND "));
    m_hasDriver = driver >= 0;
    return m_pageWhere;
}

// "o.series_id IN (…)" for the series of KEYS: a list SQLite reads once per statement.
QString SqliteObservationQuery::seriesOfKeys(const QStringList &keys) const
{
    return QStringLiteral("o.series_id IN (SELECT id FROM %1.series WHERE key IN (%2))")
        .arg(m_schema, SqlLiteral::list(keys));
}

void SqliteObservationQuery::setShadowed(const QStringList &seriesKeys,
                                         const QStringList &sourceKeys)
{
    if (seriesKeys.isEmpty() && sourceKeys.isEmpty()) {
        m_hidden.clear();
        return;
    }
    m_hidden = QStringLiteral(" AND o.series_id NOT IN (SELECT s.id FROM %1.series s"
                              " JOIN %1.source r ON r.id = s.source_id"
                              " WHERE s.key IN (%2) OR r.key IN (%3))")
                   .arg(m_schema, SqlLiteral::list(seriesKeys), SqlLiteral::list(sourceKeys));
}

std::optional<QList<Data::Observation>> SqliteObservationQuery::ofSeries(qint64 seriesId)
{
    const auto rows = run(ObservationRowReader::select(m_schema) +
                              QStringLiteral(" WHERE o.series_id = ?"
                                             " ORDER BY o.entity, o.period_start"),
                          {seriesId});
    if (!rows)
        return std::nullopt;
    return ObservationRowReader::valid(*rows, &m_leftOut, &m_firstProblem);
}

std::optional<QList<Data::Observation>> SqliteObservationQuery::entities()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // A skip scan: each step seeks the next distinct triple in observation_by_entity, so the
    // cost is the number of entities, not of rows (4 ms against 140 ms for SELECT DISTINCT on
    // 1M rows). The three seeks are the next aggregate, the next code, the next entity.
    static const QString sql = QStringLiteral(
        "WITH RECURSIVE e(id, entity, code, aggregate) AS ("
        " SELECT * FROM (SELECT id, entity, entity_code, aggregate FROM @.observation"
        "  ORDER BY entity, entity_code, aggregate LIMIT 1)"
        " UNION ALL"
        " SELECT o.id, o.entity, o.entity_code, o.aggregate FROM e JOIN @.observation o"
        "  ON o.id = COALESCE("
        "   (SELECT p.id FROM @.observation p WHERE p.entity = e.entity"
        "     AND p.entity_code = e.code AND p.aggregate > e.aggregate"
        "     ORDER BY p.aggregate LIMIT 1),"
        "   (SELECT p.id FROM @.observation p WHERE p.entity = e.entity"
        "     AND p.entity_code > e.code ORDER BY p.entity_code, p.aggregate LIMIT 1),"
        "   (SELECT p.id FROM @.observation p WHERE p.entity > e.entity"
        "     ORDER BY p.entity, p.entity_code, p.aggregate LIMIT 1)))"
        " SELECT entity, code, aggregate FROM e");
    if (!q.exec(QString(sql).replace(QStringLiteral("@."), m_schema + u'.'))) {
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

void SqliteObservationQuery::setOrder(Order order, Qt::SortOrder direction)
{
    m_order = order;
    m_direction = direction;
}

void SqliteObservationQuery::setEntityOrder(const EntityOrder &order)
{
    m_entityOrder = order;
    m_entityOrderComplete = false;
    m_entityRank = ObservationRowReader::rankOf(order);
}

QStringList SqliteObservationQuery::keyColumns() const
{
    switch (m_order) {
    case Order::Entity:
        if (byShownEntity())
            return {m_entityRank, QStringLiteral("o.entity"), QStringLiteral("o.entity_code"),
                    QStringLiteral("o.aggregate"), QStringLiteral("o.id")};
        return {QStringLiteral("o.entity"), QStringLiteral("o.id")};
    case Order::Period:
        return {QStringLiteral("o.period_start"), QStringLiteral("o.id")};
    case Order::Value:
        return {QStringLiteral("o.value"), QStringLiteral("o.id")};
    case Order::Natural:
        break;
    }
    return {QStringLiteral("o.series_id"), QStringLiteral("o.entity"),
            QStringLiteral("o.period_start")};
}

// "(key columns) > (?, ?)": the rows on SIDE of ROW in the current order, binding ROW's key.
QString SqliteObservationQuery::keyset(const ObservationRow &row, Side side,
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

std::optional<QList<ObservationRow>> SqliteObservationQuery::page(int limit,
                                                                  const ObservationRow *after)
{
    const std::optional<QString> condition = pageWhere();
    if (!condition)
        return std::nullopt;
    if (byShownEntity() && !m_hasDriver)
        return walkEntities(*condition, limit, after);
    QVariantList values = m_whereValues;
    QString where = *condition + m_hidden;
    if (after)
        where += QStringLiteral(" AND ") + keyset(*after, Side::After, &values);
    QStringList order = keyColumns();
    for (QString &column : order)
        column +=
            m_direction == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    values << limit;
    return run(ObservationRowReader::select(m_schema) + QStringLiteral(" WHERE ") + where +
                   QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", ")) +
                   QStringLiteral(" LIMIT ?"),
               values);
}

// A page in the shown names' order without sorting every match: each entity's rows, in
// EntityOrder's order, through observation_by_entity, until the page is full. Entities this
// store does not hold are skipped without a statement. Entities the
// order does not list (imported since it was made) are appended first, by stored name, as the
// rank's ELSE sorts them.
std::optional<QList<ObservationRow>>
SqliteObservationQuery::walkEntities(const QString &condition, int limit,
                                     const ObservationRow *after)
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
    const QString key = QStringLiteral("o.entity_code%1, o.aggregate%1, o.id%1").arg(direction);
    const int last = int(m_entityOrder.size()) - 1;
    const int start =
        after ? m_entityOrder.rankOf(after->observation.entity) : (ascending ? 0 : last);
    QList<ObservationRow> rows;
    for (int rank = start; rows.size() < limit && rank >= 0 && rank <= last;
         rank += ascending ? 1 : -1) {
        if (!m_storedEntities.contains(m_entityOrder.entities().at(rank)))
            continue; // another store's: the composite's other part walks it
        QVariantList values = m_whereValues;
        QString where = condition + m_hidden + QStringLiteral(" AND o.entity = ?");
        values << m_entityOrder.entities().at(rank);
        if (after && rank == start) {
            where += QStringLiteral(" AND (o.entity_code, o.aggregate, o.id) %1 (?, ?, ?)")
                         .arg(ascending ? QStringLiteral(">") : QStringLiteral("<"));
            values << after->observation.entityCode << after->observation.aggregate << after->id;
        }
        values << limit - rows.size();
        const auto more =
            run(ObservationRowReader::select(m_schema) + QStringLiteral(" WHERE ") + where +
                    QStringLiteral(" ORDER BY ") + key + QStringLiteral(" LIMIT ?"),
                values);
        if (!more)
            return std::nullopt;
        rows += *more;
    }
    return rows;
}

std::optional<qint64> SqliteObservationQuery::count()
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM %1.observation o WHERE ").arg(m_schema) +
                      m_where + m_hidden,
                  m_whereValues);
}

std::optional<qint64> SqliteObservationQuery::position(const ObservationRow &row)
{
    QVariantList values = m_whereValues;
    const QString before = keyset(row, Side::Before, &values);
    return scalar(QStringLiteral("SELECT COUNT(*) FROM %1.observation o WHERE ").arg(m_schema) +
                      m_where + m_hidden + QStringLiteral(" AND ") + before,
                  values);
}

std::optional<ObservationRow> SqliteObservationQuery::find(const QString &seriesKey,
                                                           const QString &entity, int year)
{
    QVariantList values{seriesKey, entity, entity,
                        QStringLiteral("%1-01-01").arg(year, 4, 10, QChar(u'0')),
                        QStringLiteral("%1-01-01").arg(year + 1, 4, 10, QChar(u'0'))};
    values += m_whereValues;
    const auto rows =
        run(ObservationRowReader::select(m_schema) +
                QStringLiteral(" WHERE o.series_id = (SELECT id FROM %1.series WHERE key = ?)"
                               " AND (o.entity_code = ? OR (o.entity_code = '' AND o.entity = ?))"
                               " AND o.period_start >= ? AND o.period_start < ? AND ")
                    .arg(m_schema) +
                m_where + m_hidden + QStringLiteral(" LIMIT 1"),
            values);
    if (!rows)
        return std::nullopt;
    if (rows->isEmpty()) {
        fail(QStringLiteral("no such observation"));
        return std::nullopt;
    }
    return rows->first();
}

std::optional<QList<ObservationRow>> SqliteObservationQuery::run(const QString &sql,
                                                                 const QVariantList &values)
{
    QString error;
    auto rows = ObservationRowReader::read(m_db, sql, values, &error);
    if (!rows)
        fail(error);
    return rows;
}

bool SqliteObservationQuery::fail(const QString &message)
{
    m_error = message;
    return false;
}
