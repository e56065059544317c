// SPDX-License-Identifier: MIT
#include "userstorewriter.h"

#include "search/factsearchdocument.h"
#include "store/storedtext.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

UserStoreWriter::UserStoreWriter(const QSqlDatabase &db, const QString &schema)
    : m_db(db)
    , m_schema(schema)
{
}

// One prepared statement per SQL text, kept for the writer's life: an import of a million
// rows prepares each statement once.
QSqlQuery &UserStoreWriter::prepared(const char *sql)
{
    std::unique_ptr<QSqlQuery> &slot = m_queries[sql];
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_db);
        slot->setForwardOnly(true);
        if (!slot->prepare(QString::fromLatin1(sql).replace(QStringLiteral("@."), m_schema + u'.')))
            m_error = slot->lastError().databaseText();
    }
    return *slot;
}

bool UserStoreWriter::run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_error = query.lastError().databaseText();
    return false;
}

std::optional<qint64> UserStoreWriter::idOfFact(const QString &key)
{
    QSqlQuery &q = prepared("SELECT id FROM @.fact WHERE key = ?");
    q.addBindValue(key);
    if (!run(q))
        return std::nullopt;
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

std::optional<qint64> UserStoreWriter::putSource(const Data::Source &s, Change *change)
{
    QSqlQuery &find = prepared("SELECT id, publisher, title, author, published, url, licence"
                               " FROM @.source WHERE key = ?");
    find.addBindValue(s.key);
    if (!run(find))
        return std::nullopt;
    const bool exists = find.next();
    const qint64 id = exists ? find.value(0).toLongLong() : 0;
    const bool equal =
        exists && find.value(1).toString() == s.publisher && find.value(2).toString() == s.title &&
        find.value(3).toString() == s.author && find.value(4).toString() == isoDate(s.published) &&
        find.value(5).toString() == s.url && find.value(6).toString() == s.licence;
    find.finish();
    if (change)
        *change = !exists ? Change::Added : equal ? Change::Unchanged : Change::Updated;
    QSqlQuery &put =
        exists ? prepared("UPDATE @.source SET publisher = ?, title = ?, author = ?, published = ?,"
                          " published_time = ?, url = ?, licence = ?, quote = ?, imported_at = ?"
                          " WHERE key = ?")
               : prepared("INSERT INTO @.source (publisher, title, author, published,"
                          " published_time, url, licence, quote, imported_at, key)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const QVariant &v :
         {QVariant(s.publisher), QVariant(s.title), StoredText::orNull(s.author),
          QVariant(s.published.isValid() ? isoDate(s.published) : QString(u""_s)),
          StoredText::orNull(s.publishedTime), StoredText::orNull(s.url),
          StoredText::orNull(s.licence), StoredText::orNull(s.quote),
          StoredText::orNull(s.importedAt.toUTC().toString(Qt::ISODate)), QVariant(s.key)})
        put.addBindValue(v);
    if (!run(put))
        return std::nullopt;
    return exists ? id : put.lastInsertId().toLongLong();
}

std::optional<qint64> UserStoreWriter::putSeries(qint64 sourceId, const Data::Series &s,
                                                 Change *change)
{
    QSqlQuery &find =
        prepared("SELECT id, label, unit, source_id, indicator_code FROM @.series WHERE key = ?");
    find.addBindValue(s.key);
    if (!run(find))
        return std::nullopt;
    const bool exists = find.next();
    const qint64 id = exists ? find.value(0).toLongLong() : 0;
    const bool equal =
        exists && find.value(1).toString() == s.label && find.value(2).toString() == s.unit &&
        find.value(3).toLongLong() == sourceId && find.value(4).toString() == s.indicatorCode;
    find.finish();
    if (change)
        *change = !exists ? Change::Added : equal ? Change::Unchanged : Change::Updated;
    if (equal)
        return id;
    QSqlQuery &put = exists ? prepared("UPDATE @.series SET label = ?, unit = ?, source_id = ?,"
                                       " indicator_code = ? WHERE key = ?")
                            : prepared("INSERT INTO @.series (label, unit, source_id,"
                                       " indicator_code, key) VALUES (?, ?, ?, ?, ?)");
    for (const QVariant &v :
         {StoredText::notNull(s.label), StoredText::notNull(s.unit), QVariant(sourceId),
          StoredText::orNull(s.indicatorCode), QVariant(s.key)})
        put.addBindValue(v);
    if (!run(put))
        return std::nullopt;
    return exists ? id : put.lastInsertId().toLongLong();
}

// Insert first and look up only when the row was there: a fresh import, the common case, runs
// one statement a row. A row found with an id above those before the first put was written by
// this writer, so the file repeats it.
std::optional<UserStoreWriter::Change> UserStoreWriter::putObservation(qint64 seriesId,
                                                                       const Data::Observation &o)
{
    if (!m_lastIdBefore) {
        QSqlQuery &last = prepared("SELECT COALESCE(MAX(id), 0) FROM @.observation");
        if (!run(last) || !last.next())
            return std::nullopt;
        m_lastIdBefore = last.value(0).toLongLong();
        last.finish();
    }
    const std::optional<bool> added = insertObservation(seriesId, o);
    if (!added)
        return std::nullopt;
    if (*added)
        return Change::Added;
    const QVariantList values{o.value, isoDate(o.periodEnd), StoredText::notNull(o.periodLabel),
                              StoredText::notNull(o.entityCode), int(o.aggregate)};
    const QVariantList identity{seriesId, StoredText::notNull(o.entity), isoDate(o.periodStart)};
    QSqlQuery &find = prepared("SELECT id, value = ? AND period_end = ? AND period_label = ?"
                               " AND entity_code = ? AND aggregate = ? FROM @.observation"
                               " WHERE series_id = ? AND entity = ? AND period_start = ?");
    for (const QVariant &v : values + identity)
        find.addBindValue(v);
    if (!run(find) || !find.next())
        return std::nullopt;
    const qint64 id = find.value(0).toLongLong();
    const bool equal = find.value(1).toInt() == 1;
    find.finish();
    if (id > *m_lastIdBefore)
        return Change::Repeated;
    if (equal)
        return Change::Unchanged;
    QSqlQuery &update = prepared("UPDATE @.observation SET value = ?, period_end = ?,"
                                 " period_label = ?, entity_code = ?, aggregate = ? WHERE id = ?");
    for (const QVariant &v : values + QVariantList{id})
        update.addBindValue(v);
    if (!run(update))
        return std::nullopt;
    return Change::Updated;
}

// True when the row was added, false when its identity was already there.
std::optional<bool> UserStoreWriter::insertObservation(qint64 seriesId, const Data::Observation &o)
{
    SqliteStatement &insert = m_insertObservation;
    if (!insert.isPrepared() &&
        !insert.prepare(SqliteStatement::handleOf(m_db),
                        "INSERT OR IGNORE INTO \"" + m_schema.toUtf8() +
                            "\".observation (value, period_end, period_label, entity_code,"
                            " aggregate, series_id, entity, period_start)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        m_error = insert.errorString();
        return std::nullopt;
    }
    insert.bind(1, o.value);
    insert.bind(2, o.periodEnd);
    insert.bind(3, o.periodLabel);
    insert.bind(4, o.entityCode);
    insert.bind(5, qint64(o.aggregate));
    insert.bind(6, seriesId);
    insert.bind(7, o.entity);
    insert.bind(8, o.periodStart);
    const bool ok = insert.step();
    const bool added = ok && insert.changes() == 1;
    insert.reset();
    if (!ok) {
        m_error = insert.errorString();
        return std::nullopt;
    }
    return added;
}

std::optional<UserStoreWriter::Change> UserStoreWriter::putFact(qint64 sourceId,
                                                                const Data::Fact &f)
{
    const QVariantList values{StoredText::notNull(f.label),
                              StoredText::notNull(f.category),
                              f.value,
                              f.decimals,
                              StoredText::notNull(f.unit),
                              isoDate(f.periodStart),
                              isoDate(f.periodEnd),
                              StoredText::notNull(f.periodLabel),
                              StoredText::notNull(f.basis),
                              StoredText::orNull(f.qualifier),
                              f.derived ? QVariant(QMetaType::fromType<QString>()) : f.asWritten,
                              StoredText::notNull(f.quote),
                              sourceId,
                              int(f.derived),
                              StoredText::orNull(f.formula),
                              FactSearchDocument::text(f)};
    QSqlQuery &find = prepared("SELECT id, label, category, value, decimals, unit, period_start,"
                               " period_end, period_label, basis, qualifier, as_written, quote,"
                               " source_id, derived, formula, search_document FROM @.fact"
                               " WHERE key = ?");
    if (m_factKeys.contains(f.key))
        return Change::Repeated;
    m_factKeys.insert(f.key);
    find.addBindValue(f.key);
    if (!run(find))
        return std::nullopt;
    const bool exists = find.next();
    bool equal = exists;
    for (int i = 0; equal && i < values.size(); ++i)
        equal = find.value(i + 1) == values.at(i) ||
                (find.value(i + 1).isNull() && values.at(i).isNull());
    find.finish();
    if (f.derived)
        m_pendingInputs.append({f.key, f.inputKeys});
    if (equal)
        return Change::Unchanged;
    QSqlQuery &put = exists ? prepared("UPDATE @.fact SET label = ?, category = ?, value = ?,"
                                       " decimals = ?, unit = ?, period_start = ?, period_end = ?,"
                                       " period_label = ?, basis = ?, qualifier = ?,"
                                       " as_written = ?, quote = ?, source_id = ?, derived = ?,"
                                       " formula = ?, search_document = ? WHERE key = ?")
                            : prepared("INSERT INTO @.fact (label, category, value, decimals,"
                                       " unit, period_start, period_end, period_label, basis,"
                                       " qualifier, as_written, quote, source_id, derived,"
                                       " formula, search_document, key) VALUES"
                                       " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const QVariant &v : values)
        put.addBindValue(v);
    put.addBindValue(f.key);
    if (!run(put))
        return std::nullopt;
    return exists ? Change::Updated : Change::Added;
}

bool UserStoreWriter::finish()
{
    for (const auto &[key, inputs] : std::as_const(m_pendingInputs)) {
        const std::optional<qint64> factId = idOfFact(key);
        if (!factId)
            return false;
        QSqlQuery &clear = prepared("DELETE FROM @.fact_input WHERE fact_id = ?");
        clear.addBindValue(*factId);
        if (!run(clear))
            return false;
        for (const QString &input : inputs) {
            const std::optional<qint64> inputId = idOfFact(input);
            if (!inputId)
                return false;
            if (*inputId == 0) {
                m_error = QCoreApplication::translate("UserStoreWriter",
                                                      "fact '%1': its formula uses '%2', which is "
                                                      "neither in the file nor in your store")
                              .arg(key, input);
                return false;
            }
            QSqlQuery &link = prepared(
                "INSERT OR IGNORE INTO @.fact_input (fact_id, input_fact_id) VALUES (?, ?)");
            link.addBindValue(*factId);
            link.addBindValue(*inputId);
            if (!run(link))
                return false;
        }
    }
    m_pendingInputs.clear();
    return true;
}
