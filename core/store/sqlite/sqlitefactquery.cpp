// SPDX-License-Identifier: MIT
#include "sqlitefactquery.h"

#include "sqliteobservationquery.h"
#include "sqlliteral.h"
#include "store/labeltranslations.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Whether the trigram index can find TEXT: three characters or more. SQLite 3.40's FTS5 finds
// nothing for a shorter GLOB of three bytes or more ("数字"), so such words are checked per row.
bool indexable(const QString &text)
{
    return text.toUcs4().size() >= 3;
}

} // namespace

SqliteFactQuery::SqliteFactQuery(const QSqlDatabase &db, bool withStore, const ShadowingRule &rule,
                                 const QString &language)
    : m_db(db)
    , m_shadowedFacts(rule.factKeys())
    , m_shadowedSources(rule.sourceKeys())
    , m_language(language)
{
    m_arms.append({QStringLiteral("main"), 0, DatasetReader(db, QStringLiteral("main")), {}});
    if (withStore)
        m_arms.append({QStringLiteral("user"), 1, DatasetReader(db, QStringLiteral("user")), {}});
}

void SqliteFactQuery::setTerms(const QList<FactTerm> &terms)
{
    m_terms.clear();
    for (const FactTerm &term : terms) {
        if (!(term.stated && term.derived)) // every fact
            m_terms.append(term);
    }
    m_rare.clear();
}

void SqliteFactQuery::setOrder(Order order, Qt::SortOrder direction)
{
    m_order = order;
    m_direction = direction;
}

bool SqliteFactQuery::fail(const QString &message)
{
    m_error = message;
    return false;
}

// Whether TERM matches few enough facts of ARM to list them once (through the search index and
// the indexes of its lists) rather than check it on each fact walked in order: bounded looks,
// so a common word costs no more than kRareInIndex rows. A word the trigram index cannot find,
// or a kind, which most facts are, is checked per fact.
bool SqliteFactQuery::isRare(const Arm &arm, const FactTerm &term)
{
    if (!indexable(term.text) || term.stated || term.derived)
        return false;
    const auto few = [&](const QString &rows, const QVariant &value) {
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("SELECT COUNT(*) FROM (%1 LIMIT %2)").arg(rows).arg(kRareInIndex + 1));
        if (value.isValid())
            q.addBindValue(value);
        return q.exec() && q.next() && q.value(0).toLongLong() <= kRareInIndex;
    };
    QStringList lists;
    if (!term.units.isEmpty())
        lists << QStringLiteral("f.unit IN (%1)").arg(SqlLiteral::list(term.units));
    if (!term.sourceKeys.isEmpty())
        lists << QStringLiteral("f.source_id IN (SELECT id FROM %1.source WHERE key IN (%2))")
                     .arg(arm.schema, SqlLiteral::list(term.sourceKeys));
    return few(QStringLiteral("SELECT 1 FROM %1.fact_search WHERE search_document GLOB ?")
                   .arg(arm.schema),
               SqliteObservationQuery::containsPattern(term.text)) &&
           (lists.isEmpty() ||
            few(QStringLiteral("SELECT 1 FROM %1.fact f WHERE ").arg(arm.schema) +
                    lists.join(QStringLiteral(" OR ")),
                {}));
}

// Every term's condition: its index part, or a check of the stored document per row walked
// ('+' keeps SQLite from gathering a common word's matches through an index), or the units,
// sources and kinds whose shown names hold it.
QString SqliteFactQuery::termsWhere(const Arm &arm) const
{
    QStringList clauses;
    for (qsizetype i = 0; i < m_terms.size(); ++i) {
        const FactTerm &term = m_terms.at(i);
        // A count lists every term from the index, but for words the index cannot find.
        const bool rare = indexable(term.text) && m_rare.value(arm.part).value(i, true);
        const QString plus = rare ? QString() : QStringLiteral("+");
        const QString pattern =
            SqlLiteral::quoted(SqliteObservationQuery::containsPattern(term.text));
        QStringList any;
        any << (rare ? QStringLiteral("f.id IN (SELECT rowid FROM %1.fact_search"
                                      " WHERE search_document GLOB %2)")
                           .arg(arm.schema, pattern)
                     : QStringLiteral("+f.search_document GLOB %1").arg(pattern));
        // A fact another tool wrote without a document: the check of each candidate decides.
        any << (rare ? QStringLiteral("f.id IN (SELECT id FROM %1.fact WHERE search_document"
                                      " IS NULL)")
                           .arg(arm.schema)
                     : QStringLiteral("+f.search_document IS NULL"));
        if (!term.units.isEmpty())
            any << plus + QStringLiteral("f.unit IN (%1)").arg(SqlLiteral::list(term.units));
        if (!term.sourceKeys.isEmpty())
            any << plus + QStringLiteral("f.source_id IN (SELECT id FROM %1.source"
                                         " WHERE key IN (%2))")
                              .arg(arm.schema, SqlLiteral::list(term.sourceKeys));
        if (term.stated)
            any << QStringLiteral("+f.derived = 0");
        if (term.derived)
            any << QStringLiteral("+f.derived = 1");
        clauses << u'(' + any.join(QStringLiteral(" OR ")) + u')';
    }
    if (arm.part == 1 && !m_shadowedFacts.isEmpty())
        clauses << QStringLiteral("+f.key NOT IN (%1)").arg(SqlLiteral::list(m_shadowedFacts));
    if (arm.part == 1 && !m_shadowedSources.isEmpty())
        clauses << QStringLiteral("+f.source_id NOT IN (SELECT id FROM user.source"
                                  " WHERE key IN (%1))")
                       .arg(SqlLiteral::list(m_shadowedSources));
    return clauses.isEmpty() ? QStringLiteral("1") : clauses.join(QStringLiteral(" AND "));
}

// The sort key: what the table shows, so a translated label sorts by its translation.
QString SqliteFactQuery::sortExpression(const Arm &arm) const
{
    switch (m_order) {
    case Order::Natural:
        return QStringLiteral("NULL");
    case Order::Label:
        if (arm.part == 0 && m_language != u"en")
            return QStringLiteral("COALESCE((SELECT t.text FROM main.label_translation t"
                                  " WHERE t.table_name = 'fact' AND t.row_key = f.key"
                                  " AND t.column_name = 'label' AND t.language = %1), f.label)")
                .arg(SqlLiteral::quoted(m_language));
        return QStringLiteral("f.label");
    case Order::Value:
        return QStringLiteral("f.value");
    case Order::Period:
        return QStringLiteral("f.period_start");
    }
    return QStringLiteral("NULL");
}

QVariant SqliteFactQuery::sortValue(const FactRow &row) const
{
    switch (m_order) {
    case Order::Natural:
        return {};
    case Order::Label:
        return row.fact.label;
    case Order::Value:
        return row.fact.value;
    case Order::Period:
        return row.fact.periodStart.toString(Qt::ISODate);
    }
    return {};
}

// The rows of ARM that come after AFTER: in the natural order by id within AFTER's arm; in a
// sorted one by (sort key, id, part), an arm later at equal keys taking AFTER's own key too.
QString SqliteFactQuery::keyset(const Arm &arm, const FactRow &after, QVariantList *values) const
{
    const bool ascending = m_direction == Qt::AscendingOrder;
    const int afterPart = after.builtIn ? 0 : 1;
    const bool armLater = ascending ? arm.part > afterPart : arm.part < afterPart;
    const QString id = QString::number(after.fact.id);
    const QString beyond = ascending ? QStringLiteral(">") : QStringLiteral("<");
    if (m_order == Order::Natural)
        return QStringLiteral("f.id %1 %2").arg(beyond, id);
    values->append(sortValue(after));
    return QStringLiteral("(%1, f.id) %2%3 (?, %4)")
        .arg(sortExpression(arm), beyond, armLater ? QStringLiteral("=") : QString(), id);
}

bool SqliteFactQuery::readSources()
{
    for (Arm &arm : m_arms) {
        if (!arm.sources && !(arm.sources = arm.reader.readSources()))
            return fail(arm.reader.errorString());
    }
    return true;
}

std::optional<FactRow> SqliteFactQuery::rowOf(const QSqlQuery &q, Arm &arm)
{
    const std::optional<Data::Fact> fact = arm.reader.readFact(q, 3, *arm.sources);
    if (!fact) {
        fail(arm.reader.errorString());
        return std::nullopt;
    }
    return FactRow{*fact, arm.part == 0};
}

// The built-in facts' labels, categories, periods and bases in the interface language.
bool SqliteFactQuery::translate(QList<FactRow> &rows)
{
    Data::Dataset builtIn;
    for (const FactRow &row : std::as_const(rows)) {
        if (row.builtIn)
            builtIn.facts.append(row.fact);
    }
    if (builtIn.facts.isEmpty() ||
        !LabelTranslations::apply(m_db, QStringLiteral("main"), m_language, builtIn, &m_error))
        return m_error.isEmpty();
    qsizetype next = 0;
    for (FactRow &row : rows) {
        if (row.builtIn)
            row.fact = builtIn.facts.at(next++);
    }
    return true;
}

QString SqliteFactQuery::armSelect(const Arm &arm, const QString &bound) const
{
    return QStringLiteral("SELECT %1 AS part, f.id AS fact_id, %2 AS sort_key, %3"
                          " FROM %4.fact f WHERE %5%6")
        .arg(arm.part)
        .arg(sortExpression(arm), DatasetReader::factColumns(), arm.schema, termsWhere(arm),
             bound.isEmpty() ? QString() : QStringLiteral(" AND ") + bound);
}

// Appends the rows of SQL to ROWS.
bool SqliteFactQuery::run(const QString &sql, const QVariantList &values, QList<FactRow> &rows)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return fail(q.lastError().text());
    while (q.next()) {
        const std::optional<FactRow> row = rowOf(q, m_arms[q.value(0).toInt()]);
        if (!row)
            return false;
        rows.append(*row);
    }
    return true;
}

// The natural order: each arm in turn, by id. (A compound SELECT ordered by a constant column
// would have SQLite sort every row of both.)
bool SqliteFactQuery::naturalPage(int limit, const FactRow *after, QList<FactRow> &rows)
{
    const bool ascending = m_direction == Qt::AscendingOrder;
    QList<const Arm *> arms;
    for (const Arm &arm : std::as_const(m_arms))
        ascending ? arms.append(&arm) : arms.prepend(&arm);
    // AFTER may be of a part this query does not hold (CompositeFactQuery's other store).
    const int afterPart = after ? (after->builtIn ? 0 : 1) : -1;
    for (const Arm *arm : std::as_const(arms)) {
        const bool afterHere = arm->part == afterPart;
        const bool later = !after || (ascending ? arm->part > afterPart : arm->part < afterPart);
        if ((!afterHere && !later) || rows.size() >= limit)
            continue;
        QVariantList none;
        const QString bound = afterHere ? keyset(*arm, *after, &none) : QString();
        if (!run(armSelect(*arm, bound) + QStringLiteral(" ORDER BY f.id %1 LIMIT %2")
                                              .arg(ascending ? u"ASC" : u"DESC")
                                              .arg(limit - rows.size()),
                 {}, rows))
            return false;
    }
    return true;
}

std::optional<QList<FactRow>> SqliteFactQuery::page(int limit, const FactRow *after)
{
    m_error.clear();
    if (!readSources())
        return std::nullopt;
    if (m_rare.isEmpty()) {
        for (const Arm &arm : std::as_const(m_arms)) {
            QList<bool> rare;
            for (const FactTerm &term : std::as_const(m_terms))
                rare << isRare(arm, term);
            m_rare << rare;
        }
    }
    QList<FactRow> rows;
    if (m_order == Order::Natural) {
        if (!naturalPage(limit, after, rows))
            return std::nullopt;
    } else {
        // Both arms merged by SQLite, each walking its own index; the part comes last, after
        // the id, or SQLite would sort the rows of equal keys.
        QStringList arms;
        QVariantList values;
        for (const Arm &arm : std::as_const(m_arms))
            arms << armSelect(arm, after ? keyset(arm, *after, &values) : QString());
        const QString direction =
            m_direction == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
        if (!run(arms.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(" ORDER BY sort_key") +
                     direction + QStringLiteral(", fact_id") + direction +
                     QStringLiteral(", part") + direction + QStringLiteral(" LIMIT %1").arg(limit),
                 values, rows))
            return std::nullopt;
    }
    if (!translate(rows))
        return std::nullopt;
    return rows;
}

std::optional<qint64> SqliteFactQuery::count()
{
    m_error.clear();
    m_rare.clear(); // every term listed from the index: a count visits every match anyway
    QStringList parts;
    for (const Arm &arm : std::as_const(m_arms))
        parts << QStringLiteral("(SELECT COUNT(*) FROM %1.fact f WHERE %2)")
                     .arg(arm.schema, termsWhere(arm));
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT ") + parts.join(QStringLiteral(" + "))) || !q.next()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<QList<Data::Source>> SqliteFactQuery::sources()
{
    m_error.clear();
    if (!readSources())
        return std::nullopt;
    QList<Data::Source> all;
    for (const Arm &arm : std::as_const(m_arms))
        all << arm.sources->sources;
    return all;
}
