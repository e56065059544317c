// SPDX-License-Identifier: MIT
#include "postgresstorewriter.h"

#include "postgresconnection.h"
#include "postgrescopy.h"
#include "search/factsearchdocument.h"
#include "search/searchdocument.h"
#include "store/storedtext.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date) : QVariant(QMetaType::fromType<QDate>());
}

} // namespace

PostgresStoreWriter::PostgresStoreWriter(PostgresConnection &connection)
    : m_connection(connection)
{
}

PostgresStoreWriter::~PostgresStoreWriter()
{
    m_queries.clear(); // before the rollback: a prepared statement outlives no transaction
    if (m_open)
        m_connection.rollback();
}

bool PostgresStoreWriter::fail(const QString &message)
{
    m_error = message.simplified();
    return false;
}

// One prepared statement per SQL text, kept for the writer's life.
QSqlQuery &PostgresStoreWriter::prepared(const char *sql)
{
    std::unique_ptr<QSqlQuery> &slot = m_queries[sql];
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_connection.database());
        slot->setForwardOnly(true);
        if (!slot->prepare(QString::fromLatin1(sql)))
            fail(slot->lastError().text());
    }
    return *slot;
}

bool PostgresStoreWriter::run(QSqlQuery &query, const QVariantList &binds)
{
    for (const QVariant &v : binds)
        query.addBindValue(v);
    return query.exec() || fail(query.lastError().text());
}

std::optional<qint64> PostgresStoreWriter::putSource(const Data::Source &s, Change *change)
{
    QSqlQuery &find = prepared("SELECT id, publisher, title, COALESCE(author, ''), published,"
                               " COALESCE(url, ''), COALESCE(licence, '')"
                               " FROM sco.source WHERE key = ?");
    if (!run(find, {s.key}))
        return std::nullopt;
    const bool exists = find.next();
    const bool equal =
        exists && find.value(1).toString() == s.publisher && find.value(2).toString() == s.title &&
        find.value(3).toString() == s.author && find.value(4).toDate() == s.published &&
        find.value(5).toString() == s.url && find.value(6).toString() == s.licence;
    find.finish();
    if (change)
        *change = !exists ? Change::Added : equal ? Change::Unchanged : Change::Updated;
    if (!m_sourceKeys.contains(s.key))
        m_sourceKeys << s.key;
    const QVariantList values{s.publisher,
                              s.title,
                              StoredText::orNull(s.author),
                              dateOrNull(s.published),
                              StoredText::orNull(s.publishedTime),
                              StoredText::orNull(s.url),
                              StoredText::orNull(s.licence),
                              StoredText::orNull(s.quote),
                              s.importedAt.isValid() ? QVariant(s.importedAt.toUTC())
                                                     : QVariant(QMetaType::fromType<QDateTime>()),
                              s.key};
    QSqlQuery &put =
        exists ? prepared("UPDATE sco.source SET publisher = ?, title = ?, author = ?,"
                          " published = ?, published_time = ?, url = ?, licence = ?, quote = ?,"
                          " imported_at = ?, imported_by = current_user WHERE key = ?"
                          " RETURNING id")
               : prepared("INSERT INTO sco.source (publisher, title, author, published,"
                          " published_time, url, licence, quote, imported_at, key)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    if (!run(put, values) || !put.next())
        return std::nullopt;
    const qint64 written = put.value(0).toLongLong();
    put.finish();
    return written;
}

std::optional<qint64> PostgresStoreWriter::putSeries(qint64 sourceId, const Data::Series &s,
                                                     Change *change)
{
    QSqlQuery &find = prepared("SELECT id, label, unit, source_id, COALESCE(indicator_code, '')"
                               " FROM sco.series WHERE key = ?");
    if (!run(find, {s.key}))
        return std::nullopt;
    const bool exists = find.next();
    const qint64 id = exists ? find.value(0).toLongLong() : 0;
    const bool equal =
        exists && find.value(1).toString() == s.label && find.value(2).toString() == s.unit &&
        find.value(3).toLongLong() == sourceId && find.value(4).toString() == s.indicatorCode;
    find.finish();
    if (change)
        *change = !exists ? Change::Added : equal ? Change::Unchanged : Change::Updated;
    if (equal) {
        m_seriesUnit.insert(id, s.unit);
        return id;
    }
    QSqlQuery &put = exists ? prepared("UPDATE sco.series SET label = ?, unit = ?, source_id = ?,"
                                       " indicator_code = ? WHERE key = ? RETURNING id")
                            : prepared("INSERT INTO sco.series (label, unit, source_id,"
                                       " indicator_code, key) VALUES (?, ?, ?, ?, ?) RETURNING id");
    if (!run(put, {StoredText::notNull(s.label), StoredText::notNull(s.unit), sourceId,
                   StoredText::orNull(s.indicatorCode), s.key}) ||
        !put.next())
        return std::nullopt;
    const qint64 written = put.value(0).toLongLong();
    put.finish();
    m_seriesUnit.insert(written, s.unit);
    return written;
}

std::optional<QString> PostgresStoreWriter::unitOfSeries(qint64 seriesId)
{
    const auto known = m_seriesUnit.constFind(seriesId);
    if (known != m_seriesUnit.cend())
        return *known;
    QSqlQuery &find = prepared("SELECT unit FROM sco.series WHERE id = ?");
    if (!run(find, {seriesId}))
        return std::nullopt;
    const QString unit = find.next() ? find.value(0).toString() : QString();
    find.finish();
    m_seriesUnit.insert(seriesId, unit);
    return unit;
}

QHash<PostgresStoreWriter::Identity, PostgresStoreWriter::Stored> *
PostgresStoreWriter::storedOf(qint64 seriesId)
{
    const auto known = m_stored.find(seriesId);
    if (known != m_stored.end())
        return &*known;
    QSqlQuery &rows = prepared("SELECT entity, period_start, value, period_end, period_label,"
                               " entity_code, aggregate FROM sco.observation WHERE series_id = ?");
    if (!run(rows, {seriesId}))
        return nullptr;
    QHash<Identity, Stored> &stored = m_stored[seriesId];
    while (rows.next())
        stored.insert({rows.value(0).toString(), rows.value(1).toDate()},
                      {rows.value(2).toDouble(), rows.value(3).toDate(), rows.value(4).toString(),
                       rows.value(5).toString(), rows.value(6).toBool(), false});
    rows.finish();
    return &stored;
}

std::optional<StoreWriter::Change> PostgresStoreWriter::putObservation(qint64 seriesId,
                                                                       const Data::Observation &o)
{
    const std::optional<QString> unit = unitOfSeries(seriesId);
    QHash<Identity, Stored> *stored = unit ? storedOf(seriesId) : nullptr;
    if (!stored)
        return std::nullopt;
    const Identity identity{o.entity, o.periodStart};
    const Stored row{o.value, o.periodEnd, o.periodLabel, o.entityCode, o.aggregate, true};
    Change change = Change::Added;
    if (const auto found = stored->constFind(identity); found != stored->cend()) {
        if (found->ours)
            return Change::Repeated;
        const bool equal = found->value == row.value && found->end == row.end &&
                           found->label == row.label && found->code == row.code &&
                           found->aggregate == row.aggregate;
        change = equal ? Change::Unchanged : Change::Updated;
    }
    stored->insert(identity, row);
    if (change == Change::Unchanged)
        return change;
    if (!m_copy)
        m_copy = std::make_unique<PostgresCopy>(m_connection.database());
    m_copy->add(seriesId);
    m_copy->add(o.entity);
    m_copy->add(o.periodStart);
    m_copy->add(o.periodEnd);
    m_copy->add(o.periodLabel);
    m_copy->add(o.value);
    m_copy->add(o.entityCode);
    m_copy->add(o.aggregate);
    m_copy->add(SearchDocument::observationText(o.periodLabel, o.value, *unit));
    m_copy->endRow();
    if (m_copy->rows() >= kFlushRows && !flush())
        return std::nullopt;
    return change;
}

// The rows built so far, by COPY into the staging table, then merged on their identity.
bool PostgresStoreWriter::flush()
{
    if (!m_copy || m_copy->rows() == 0)
        return true;
    if (!m_staging &&
        !m_connection.statement(QStringLiteral(
            "CREATE TEMP TABLE sco_staging (series_id BIGINT, entity TEXT, period_start DATE,"
            " period_end DATE, period_label TEXT, value DOUBLE PRECISION, entity_code TEXT,"
            " aggregate BOOLEAN, search_document TEXT) ON COMMIT DROP")))
        return fail(m_connection.errorString());
    m_staging = true;
    const QString columns = QStringLiteral("series_id, entity, period_start, period_end,"
                                           " period_label, value, entity_code, aggregate,"
                                           " search_document");
    if (!m_copy->send(QStringLiteral("sco_staging (%1)").arg(columns)))
        return fail(m_copy->errorString());
    const bool merged = m_connection.statement(
        QStringLiteral("INSERT INTO sco.observation (%1) SELECT %1 FROM sco_staging"
                       " ON CONFLICT (series_id, entity, period_start) DO UPDATE SET"
                       " period_end = EXCLUDED.period_end, period_label = EXCLUDED.period_label,"
                       " value = EXCLUDED.value, entity_code = EXCLUDED.entity_code,"
                       " aggregate = EXCLUDED.aggregate,"
                       " search_document = EXCLUDED.search_document")
            .arg(columns));
    return (merged && m_connection.statement(QStringLiteral("TRUNCATE sco_staging"))) ||
           fail(m_connection.errorString());
}

std::optional<StoreWriter::Change> PostgresStoreWriter::putFact(qint64 sourceId,
                                                                const Data::Fact &f)
{
    if (m_factKeys.contains(f.key))
        return Change::Repeated;
    m_factKeys.insert(f.key);
    const QVariantList values{StoredText::notNull(f.label),
                              StoredText::notNull(f.category),
                              f.value,
                              f.decimals,
                              StoredText::notNull(f.unit),
                              f.periodStart,
                              f.periodEnd,
                              StoredText::notNull(f.periodLabel),
                              StoredText::notNull(f.basis),
                              StoredText::orNull(f.qualifier),
                              f.derived ? QVariant(QMetaType::fromType<QString>()) : f.asWritten,
                              StoredText::notNull(f.quote),
                              sourceId,
                              f.derived,
                              StoredText::orNull(f.formula),
                              FactSearchDocument::text(f)};
    // The comparison is the server's, column by column, NULL equal to NULL.
    QSqlQuery &find = prepared(
        "SELECT id, (label, category, value, decimals, unit, period_start, period_end,"
        " period_label, basis, qualifier, as_written, quote, source_id, derived, formula,"
        " search_document) IS NOT DISTINCT FROM (CAST(? AS text), CAST(? AS text),"
        " CAST(? AS float8), CAST(? AS int), CAST(? AS text), CAST(? AS date), CAST(? AS date),"
        " CAST(? AS text), CAST(? AS text), CAST(? AS text), CAST(? AS text), CAST(? AS text),"
        " CAST(? AS bigint), CAST(? AS boolean), CAST(? AS text), CAST(? AS text))"
        " FROM sco.fact WHERE key = ?");
    if (!run(find, values + QVariantList{f.key}))
        return std::nullopt;
    const bool exists = find.next();
    const bool equal = exists && find.value(1).toBool();
    find.finish();
    if (f.derived)
        m_pendingInputs.append({f.key, f.inputKeys});
    if (equal)
        return Change::Unchanged;
    QSqlQuery &put = exists ? prepared("UPDATE sco.fact SET label = ?, category = ?, value = ?,"
                                       " decimals = ?, unit = ?, period_start = ?,"
                                       " period_end = ?, period_label = ?, basis = ?,"
                                       " qualifier = ?, as_written = ?, quote = ?,"
                                       " source_id = ?, derived = ?, formula = ?,"
                                       " search_document = ? WHERE key = ?")
                            : prepared("INSERT INTO sco.fact (label, category, value, decimals,"
                                       " unit, period_start, period_end, period_label, basis,"
                                       " qualifier, as_written, quote, source_id, derived,"
                                       " formula, search_document, key) VALUES"
                                       " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!run(put, values + QVariantList{f.key}))
        return std::nullopt;
    return exists ? Change::Updated : Change::Added;
}

std::optional<qint64> PostgresStoreWriter::idOfFact(const QString &key)
{
    QSqlQuery &q = prepared("SELECT id FROM sco.fact WHERE key = ?");
    if (!run(q, {key}))
        return std::nullopt;
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

bool PostgresStoreWriter::finish()
{
    for (const auto &[key, inputs] : std::as_const(m_pendingInputs)) {
        const std::optional<qint64> factId = idOfFact(key);
        if (!factId || !run(prepared("DELETE FROM sco.fact_input WHERE fact_id = ?"), {*factId}))
            return false;
        for (const QString &input : inputs) {
            const std::optional<qint64> inputId = idOfFact(input);
            if (!inputId)
                return false;
            if (*inputId == 0)
                return fail(QCoreApplication::translate("UserStoreWriter",
                                                        "fact '%1': its formula uses '%2', which "
                                                        "is neither in the file nor in your store")
                                .arg(key, input));
            if (!run(prepared("INSERT INTO sco.fact_input (fact_id, input_fact_id) VALUES (?, ?)"
                              " ON CONFLICT DO NOTHING"),
                     {*factId, *inputId}))
                return false;
        }
    }
    m_pendingInputs.clear();
    return true;
}

bool PostgresStoreWriter::commit()
{
    if (!m_open)
        return false;
    m_open = false;
    const bool flushed = flush();
    m_queries.clear();
    if (!flushed) {
        m_connection.rollback();
        return false;
    }
    // Delivered to the listeners at commit, and only if it commits. Any role can notify, so a
    // listener takes the payload as a hint, never as data.
    const bool ok = m_connection.exec(QStringLiteral("SELECT pg_notify('sco_changes', ?)"),
                                      {m_sourceKeys.join(u'\n')}) &&
                    m_connection.commit();
    if (ok)
        return true;
    fail(m_connection.errorString());
    m_connection.rollback();
    return false;
}

void PostgresStoreWriter::rollback()
{
    m_queries.clear();
    if (m_open)
        m_connection.rollback();
    m_open = false;
}
