// SPDX-License-Identifier: MIT
#include "observationquery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace {

QString quoted(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

QString textList(const QStringList &texts)
{
    QStringList parts;
    for (const QString &t : texts)
        parts << quoted(t);
    return parts.join(u',');
}

} // namespace

ObservationQuery::ObservationQuery(const QSqlDatabase &db, const QString &schema)
    : m_db(db)
    , m_schema(schema)
{
}

QString ObservationQuery::containsPattern(const QString &text)
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
QString ObservationQuery::termClause(const ObservationTerm &term, Form form, bool rareInIndex) const
{
    const QString plus = form == Form::Filter ? QStringLiteral("+") : QString();
    const QString derived = QStringLiteral("EXISTS (SELECT 1 FROM %1.fact f WHERE f.id = o.fact_id"
                                           " AND f.derived)")
                                .arg(m_schema);
    QStringList any;
    if (!term.seriesIds.isEmpty())
        any << plus + QStringLiteral("o.series_id IN (%1)").arg(idList(term.seriesIds));
    if (!term.entities.isEmpty())
        any << plus + QStringLiteral("o.entity IN (%1)").arg(textList(term.entities));
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

void ObservationQuery::setTerms(const QList<ObservationTerm> &terms)
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
std::optional<qint64> ObservationQuery::scalar(const QString &sql, const QVariantList &values)
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
std::optional<qint64> ObservationQuery::boundedCount(const QString &rows,
                                                     const QVariantList &values, int limit)
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM (%1 LIMIT %2)").arg(rows).arg(limit + 1),
                  values);
}

// How many rows TERM can match at most, up to kFewRows + 1, and whether the search index
// holds it in at most kRareInIndex rows: a bounded look at the index and the lists.
std::optional<ObservationQuery::Probe> ObservationQuery::probe(const ObservationTerm &term)
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
    if (!term.seriesIds.isEmpty())
        lists << QStringLiteral("o.series_id IN (%1)").arg(idList(term.seriesIds));
    if (!term.entities.isEmpty())
        lists << QStringLiteral("o.entity IN (%1)").arg(textList(term.entities));
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
std::optional<QString> ObservationQuery::pageWhere()
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
    return m_pageWhere;
}

void ObservationQuery::setHiddenSeries(const QList<qint64> &seriesIds)
{
    m_hidden = seriesIds.isEmpty()
                   ? QString()
                   : QStringLiteral(" AND o.series_id NOT IN (%1)").arg(idList(seriesIds));
}

std::optional<QList<Data::Observation>> ObservationQuery::ofSeries(qint64 seriesId)
{
    const auto rows = run(select() + QStringLiteral(" WHERE o.series_id = ?"
                                                    " ORDER BY o.entity, o.period_start"),
                          {seriesId});
    if (!rows)
        return std::nullopt;
    QList<Data::Observation> observations;
    observations.reserve(rows->size());
    for (const ObservationRow &row : *rows) {
        if (row.problem.isEmpty()) {
            observations.append(row.observation);
        } else if (m_leftOut++ == 0) {
            m_firstProblem = row.problem;
        }
    }
    return observations;
}

std::optional<QList<Data::Observation>> ObservationQuery::entities()
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

void ObservationQuery::setOrder(Order order, Qt::SortOrder direction)
{
    m_order = order;
    m_direction = direction;
}

QString ObservationQuery::keyColumns() const
{
    switch (m_order) {
    case Order::Entity:
        return QStringLiteral("o.entity, o.id");
    case Order::Period:
        return QStringLiteral("o.period_start, o.id");
    case Order::Value:
        return QStringLiteral("o.value, o.id");
    case Order::Natural:
        break;
    }
    return QStringLiteral("o.series_id, o.entity, o.period_start");
}

QString ObservationQuery::select() const
{
    return QStringLiteral("SELECT o.id, o.series_id, o.entity, o.entity_code, o.aggregate,"
                          " o.period_start, o.period_end, o.period_label, o.value, f.key,"
                          " COALESCE(f.derived, 0) FROM %1.observation o"
                          " LEFT JOIN %1.fact f ON f.id = o.fact_id")
        .arg(m_schema);
}

// "(key columns) > (?, ?)": the rows on SIDE of ROW in the current order, binding ROW's key.
QString ObservationQuery::keyset(const ObservationRow &row, Side side, QVariantList *values) const
{
    const Data::Observation &o = row.observation;
    const QString start = o.periodStart.toString(Qt::ISODate);
    switch (m_order) {
    case Order::Entity:
        *values << o.entity << row.id;
        break;
    case Order::Period:
        *values << start << row.id;
        break;
    case Order::Value:
        *values << o.value << row.id;
        break;
    case Order::Natural:
        *values << row.seriesId << o.entity << start;
        break;
    }
    const QString marks =
        m_order == Order::Natural ? QStringLiteral("?, ?, ?") : QStringLiteral("?, ?");
    const bool greater = (m_direction == Qt::AscendingOrder) == (side == Side::After);
    return QStringLiteral("(%1) %2 (%3)").arg(keyColumns(), greater ? u">" : u"<", marks);
}

std::optional<QList<ObservationRow>> ObservationQuery::page(int limit, const ObservationRow *after)
{
    const std::optional<QString> condition = pageWhere();
    if (!condition)
        return std::nullopt;
    QVariantList values = m_whereValues;
    QString where = *condition + m_hidden;
    if (after)
        where += QStringLiteral(" AND ") + keyset(*after, Side::After, &values);
    QStringList order = keyColumns().split(QStringLiteral(", "));
    for (QString &column : order)
        column +=
            m_direction == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    values << limit;
    return run(select() + QStringLiteral(" WHERE ") + where + QStringLiteral(" ORDER BY ") +
                   order.join(QStringLiteral(", ")) + QStringLiteral(" LIMIT ?"),
               values);
}

std::optional<qint64> ObservationQuery::count()
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM %1.observation o WHERE ").arg(m_schema) +
                      m_where + m_hidden,
                  m_whereValues);
}

std::optional<qint64> ObservationQuery::position(const ObservationRow &row)
{
    QVariantList values = m_whereValues;
    const QString before = keyset(row, Side::Before, &values);
    return scalar(QStringLiteral("SELECT COUNT(*) FROM %1.observation o WHERE ").arg(m_schema) +
                      m_where + m_hidden + QStringLiteral(" AND ") + before,
                  values);
}

std::optional<ObservationRow> ObservationQuery::find(qint64 seriesId, const QString &entity,
                                                     int year)
{
    const auto rows =
        run(select() + QStringLiteral(" WHERE o.series_id = ? AND (o.entity_code = ? OR"
                                      " (o.entity_code = '' AND o.entity = ?))"
                                      " AND o.period_start >= ? AND"
                                      " o.period_start < ? LIMIT 1"),
            {seriesId, entity, entity, QStringLiteral("%1-01-01").arg(year, 4, 10, QChar(u'0')),
             QStringLiteral("%1-01-01").arg(year + 1, 4, 10, QChar(u'0'))});
    if (!rows)
        return std::nullopt;
    if (rows->isEmpty()) {
        fail(QStringLiteral("no such observation"));
        return std::nullopt;
    }
    return rows->first();
}

std::optional<QList<ObservationRow>> ObservationQuery::run(const QString &sql,
                                                           const QVariantList &values)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    QList<ObservationRow> rows;
    while (q.next()) {
        ObservationRow row;
        row.id = q.value(0).toLongLong();
        row.seriesId = q.value(1).toLongLong();
        Data::Observation &o = row.observation;
        o.entity = q.value(2).toString();
        o.entityCode = q.value(3).toString();
        o.aggregate = q.value(4).toBool();
        o.periodStart = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        o.periodEnd = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        o.periodLabel = q.value(7).toString();
        o.value = q.value(8).toDouble();
        o.factKey = q.value(9).toString();
        o.derived = q.value(10).toBool();
        row.problem = problemOf(row, q.value(8), q.value(5), q.value(6));
        rows.append(std::move(row));
    }
    return rows;
}

// The checks DatasetReader makes of a row it loads, in its words.
QString ObservationQuery::problemOf(const ObservationRow &row, const QVariant &value,
                                    const QVariant &start, const QVariant &end)
{
    const QString table = QStringLiteral("observation");
    const QString key = QString::number(row.id);
    const int type = value.typeId();
    const bool numeric = !value.isNull() && (type == QMetaType::Double ||
                                             type == QMetaType::LongLong || type == QMetaType::Int);
    if (!numeric || !std::isfinite(row.observation.value))
        return QCoreApplication::translate("DatasetReader", "table '%1', row '%2': %3 '%4' %5")
            .arg(table, key, QStringLiteral("value"),
                 value.isNull() ? QStringLiteral("NULL") : value.toString(),
                 QCoreApplication::translate("DatasetReader", "is not a finite number"));
    const std::pair<const char *, const QVariant *> dates[] = {{"period_start", &start},
                                                               {"period_end", &end}};
    for (const auto &[column, date] : dates) {
        if (!QDate::fromString(date->toString(), Qt::ISODate).isValid())
            return QCoreApplication::translate("DatasetReader",
                                               "table '%1', row '%2': %3 '%4' is not a date "
                                               "(YYYY-MM-DD)")
                .arg(table, key, QString::fromLatin1(column), date->toString());
    }
    return {};
}

bool ObservationQuery::fail(const QString &message)
{
    m_error = message;
    return false;
}
