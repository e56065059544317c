// SPDX-License-Identifier: MIT
#include "datasetreader.h"

#include "labeltranslations.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "data/formulaevaluator.h"

#include <algorithm>
#include <cmath>

DatasetReader::DatasetReader(const QSqlDatabase &db, const QString &schema, const QString &language)
    : m_db(db)
    , m_schema(schema)
    , m_language(language)
{
}

QString DatasetReader::sql(const char *text) const
{
    return QString::fromLatin1(text).replace(QStringLiteral("@."), m_schema + u'.');
}

std::optional<Data::Dataset> DatasetReader::read()
{
    Data::Dataset dataset;
    if (!readSources(dataset) || !readFacts(dataset) || !checkFormulas(dataset) ||
        !readFactInputs(dataset) || !readSeries(dataset))
        return std::nullopt;
    if (m_teamStore)
        return dataset;
    if (!readTopics(dataset) || !readPeople(dataset) || !readEvents(dataset) ||
        !readMemberStates(dataset) ||
        !LabelTranslations::apply(m_db, m_schema, m_language, dataset, &m_error))
        return std::nullopt;
    return dataset;
}

std::optional<Data::Dataset> DatasetReader::readSources()
{
    Data::Dataset dataset;
    if (!readSources(dataset))
        return std::nullopt;
    return dataset;
}

void DatasetReader::problem(const QString &table, const QString &key, const char *column,
                            const QString &value, const QString &what)
{
    if (m_error.isEmpty())
        m_error = QCoreApplication::translate("DatasetReader", "table '%1', row '%2': %3 '%4' %5")
                      .arg(table, key, QString::fromLatin1(column), value, what);
}

double DatasetReader::number(const QVariant &value, const QString &table, const QString &key,
                             const char *column)
{
    const int type = value.typeId();
    const bool numeric = !value.isNull() && (type == QMetaType::Double ||
                                             type == QMetaType::LongLong || type == QMetaType::Int);
    const double number = value.toDouble();
    if (!numeric || !std::isfinite(number))
        problem(table, key, column, value.isNull() ? QStringLiteral("NULL") : value.toString(),
                QCoreApplication::translate("DatasetReader", "is not a finite number"));
    return number;
}

// Every derived fact's formula names facts of the same store, and none depends on itself.
bool DatasetReader::checkFormulas(const Data::Dataset &dataset)
{
    QHash<QString, QStringList> inputs;
    for (const Data::Fact &f : dataset.facts) {
        if (f.derived)
            inputs.insert(f.key, FormulaEvaluator::references(f.formula));
    }
    QSet<QString> keys;
    for (const Data::Fact &f : dataset.facts)
        keys.insert(f.key);
    for (const Data::Fact &f : dataset.facts) {
        for (const QString &input : inputs.value(f.key)) {
            if (!keys.contains(input)) {
                problem(QStringLiteral("fact"), f.key, "formula", input,
                        QCoreApplication::translate("DatasetReader", "names no fact"));
                return false;
            }
        }
    }
    // One depth-first walk over every formula, O(facts + references): a reference back to a
    // fact still on the path is a cycle, and the first fact on it is named.
    enum class Mark { OnPath, Done };
    QHash<QString, Mark> marks;
    for (const Data::Fact &root : dataset.facts) {
        if (!root.derived || marks.contains(root.key))
            continue;
        QList<std::pair<QString, qsizetype>> path{{root.key, 0}};
        marks.insert(root.key, Mark::OnPath);
        while (!path.isEmpty()) {
            auto &[key, next] = path.last();
            const QStringList &refs = inputs.value(key);
            if (next == refs.size()) {
                marks[key] = Mark::Done;
                path.removeLast();
                continue;
            }
            const QString ref = refs.at(next++);
            const auto mark = marks.constFind(ref);
            if (mark == marks.cend()) {
                if (inputs.contains(ref)) {
                    marks.insert(ref, Mark::OnPath);
                    path.append({ref, 0});
                }
            } else if (*mark == Mark::OnPath) {
                problem(QStringLiteral("fact"), ref, "formula", dataset.factByKey(ref)->formula,
                        QCoreApplication::translate("DatasetReader", "depends on itself"));
                return false;
            }
        }
    }
    return true;
}

QDate DatasetReader::isoDate(const QVariant &value, const QString &table, const QString &key,
                             const char *column)
{
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    if (!date.isValid() && m_error.isEmpty())
        m_error = QCoreApplication::translate("DatasetReader",
                                              "table '%1', row '%2': %3 '%4' is not a date "
                                              "(YYYY-MM-DD)")
                      .arg(table, key, QString::fromLatin1(column), value.toString());
    return date;
}

bool DatasetReader::exec(QSqlQuery &query, const QString &sql, const QString &table)
{
    query.setForwardOnly(true);
    if (query.exec(sql))
        return true;
    m_error = QCoreApplication::translate("DatasetReader", "table '%1': %2")
                  .arg(table, query.lastError().databaseText());
    return false;
}

bool DatasetReader::readSources(Data::Dataset &dataset)
{
    QSqlQuery q(m_db);
    if (!exec(q,
              sql("SELECT id, key, publisher, title, author, published, published_time,"
                  " url, licence, quote, imported_at FROM @.source ORDER BY id"),
              QStringLiteral("source")))
        return false;
    while (q.next()) {
        Data::Source s;
        s.id = q.value(0).toLongLong();
        s.key = q.value(1).toString();
        s.publisher = q.value(2).toString();
        s.title = q.value(3).toString();
        s.author = q.value(4).toString();
        // A data file may not say when it was published; the column is then empty.
        if (!q.value(5).toString().isEmpty())
            s.published = isoDate(q.value(5), QStringLiteral("source"), s.key, "published");
        s.publishedTime = q.value(6).toString();
        s.url = q.value(7).toString();
        s.licence = q.value(8).toString();
        s.quote = q.value(9).toString();
        s.importedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODate);
        m_sourceIndex.insert(s.id, int(dataset.sources.size()));
        dataset.sources.append(s);
    }
    return m_error.isEmpty();
}

QString DatasetReader::factColumns(const QString &alias)
{
    QStringList columns{QStringLiteral("id"),         QStringLiteral("key"),
                        QStringLiteral("label"),      QStringLiteral("category"),
                        QStringLiteral("value"),      QStringLiteral("decimals"),
                        QStringLiteral("unit"),       QStringLiteral("period_start"),
                        QStringLiteral("period_end"), QStringLiteral("period_label"),
                        QStringLiteral("basis"),      QStringLiteral("qualifier"),
                        QStringLiteral("as_written"), QStringLiteral("quote"),
                        QStringLiteral("source_id"),  QStringLiteral("derived"),
                        QStringLiteral("formula")};
    for (QString &c : columns)
        c.prepend(alias + u'.');
    return columns.join(QStringLiteral(", "));
}

bool DatasetReader::readFacts(Data::Dataset &dataset)
{
    if (!m_readFacts)
        return true;
    QSqlQuery q(m_db);
    if (!exec(q, sql("SELECT ") + factColumns() + sql(" FROM @.fact f ORDER BY id"),
              QStringLiteral("fact")))
        return false;
    while (q.next()) {
        const std::optional<Data::Fact> f = readFact(q, 0, dataset);
        if (!f)
            return false;
        dataset.facts.append(*f);
    }
    return true;
}

std::optional<Data::Fact> DatasetReader::readFact(const QSqlQuery &q, int first,
                                                  const Data::Dataset &sources)
{
    const auto at = [&](int column) {
        return q.value(first + column);
    };
    Data::Fact f;
    f.id = at(0).toLongLong();
    f.key = at(1).toString();
    f.label = at(2).toString();
    f.category = at(3).toString();
    f.value = number(at(4), QStringLiteral("fact"), f.key, "value");
    f.decimals = at(5).toInt();
    f.unit = at(6).toString();
    f.periodStart = isoDate(at(7), QStringLiteral("fact"), f.key, "period_start");
    f.periodEnd = isoDate(at(8), QStringLiteral("fact"), f.key, "period_end");
    f.periodLabel = at(9).toString();
    f.basis = at(10).toString();
    f.qualifier = at(11).toString();
    f.asWritten = at(12).toString();
    f.quote = at(13).toString();
    f.source = sourceById(sources, at(14).toLongLong());
    f.derived = at(15).toBool();
    f.formula = at(16).toString();
    if (f.periodStart.isValid() && f.periodEnd.isValid() && f.periodEnd < f.periodStart)
        problem(QStringLiteral("fact"), f.key, "period_end", at(8).toString(),
                QCoreApplication::translate("DatasetReader", "is before period_start"));
    if (!m_error.isEmpty())
        return std::nullopt;
    return f;
}

bool DatasetReader::readFactInputs(Data::Dataset &dataset)
{
    if (!m_readFacts)
        return true;
    // In the order they were written; a server's table has no such order, so its inputs are
    // put in their formula's below.
    QSqlQuery q(m_db);
    if (!exec(q,
              sql("SELECT f.key, i.key FROM @.fact_input fi"
                  " JOIN @.fact f ON f.id = fi.fact_id"
                  " JOIN @.fact i ON i.id = fi.input_fact_id ORDER BY ") +
                  (m_teamStore ? QStringLiteral("fi.fact_id") : QStringLiteral("fi.rowid")),
              QStringLiteral("fact_input")))
        return false;
    QHash<QString, qsizetype> rowOfKey;
    for (qsizetype i = 0; i < dataset.facts.size(); ++i)
        rowOfKey.insert(dataset.facts.at(i).key, i);
    while (q.next()) {
        const qsizetype row = rowOfKey.value(q.value(0).toString(), -1);
        if (row >= 0)
            dataset.facts[row].inputKeys.append(q.value(1).toString());
    }
    if (m_teamStore) {
        for (Data::Fact &f : dataset.facts) {
            const QStringList order = FormulaEvaluator::references(f.formula);
            std::stable_sort(f.inputKeys.begin(), f.inputKeys.end(),
                             [&order](const QString &a, const QString &b) {
                                 return order.indexOf(a) < order.indexOf(b);
                             });
        }
    }
    return true;
}

bool DatasetReader::readSeries(Data::Dataset &dataset)
{
    QSqlQuery q(m_db);
    if (!exec(q,
              sql("SELECT s.id, s.key, s.label, s.unit, s.source_id, s.indicator_code,"
                  " EXISTS (SELECT 1 FROM @.observation o WHERE o.series_id = s.id"
                  " AND o.entity <> '') FROM @.series s ORDER BY s.id"),
              QStringLiteral("series")))
        return false;
    QHash<qint64, qsizetype> indexOfId;
    while (q.next()) {
        Data::Series s;
        indexOfId.insert(q.value(0).toLongLong(), dataset.series.size());
        s.id = q.value(0).toLongLong();
        s.key = q.value(1).toString();
        s.label = q.value(2).toString();
        s.unit = q.value(3).toString();
        s.source = sourceById(dataset, q.value(4).toLongLong());
        s.indicatorCode = q.value(5).toString();
        s.onDemand = !m_readObservations;
        s.hasEntities = q.value(6).toBool();
        dataset.series.append(s);
    }
    if (!m_readObservations)
        return true;
    QSqlQuery o(m_db);
    if (!exec(o,
              sql("SELECT o.series_id, o.entity, o.period_start, o.period_end,"
                  " o.period_label, o.value, f.key, COALESCE(f.derived, FALSE), o.entity_code,"
                  " o.aggregate FROM @.observation o LEFT JOIN @.fact f ON f.id = o.fact_id"
                  " ORDER BY o.series_id, o.entity") +
                  // SQLite's binary order of names, on a server of another collation.
                  (m_teamStore ? QStringLiteral(" COLLATE \"C\"") : QString()) +
                  QStringLiteral(", o.period_start"),
              QStringLiteral("observation")))
        return false;
    while (o.next()) {
        const qsizetype index = indexOfId.value(o.value(0).toLongLong(), -1);
        if (index < 0)
            continue;
        Data::Observation obs;
        obs.seriesKey = dataset.series[index].key;
        obs.entity = o.value(1).toString();
        obs.periodStart =
            isoDate(o.value(2), QStringLiteral("observation"), obs.seriesKey, "period_start");
        obs.periodEnd =
            isoDate(o.value(3), QStringLiteral("observation"), obs.seriesKey, "period_end");
        obs.periodLabel = o.value(4).toString();
        obs.value = number(o.value(5), QStringLiteral("observation"), obs.seriesKey, "value");
        obs.factKey = o.value(6).toString();
        obs.derived = o.value(7).toBool();
        obs.entityCode = o.value(8).toString();
        obs.aggregate = o.value(9).toBool();
        dataset.series[index].observations.append(obs);
    }
    return m_error.isEmpty();
}

bool DatasetReader::readTopics(Data::Dataset &dataset)
{
    QSqlQuery q(m_db);
    if (!exec(q,
              sql("SELECT key, kind, pillar, name, term, quote, sort_order, source_id"
                  " FROM @.topic ORDER BY sort_order, id"),
              QStringLiteral("topic")))
        return false;
    while (q.next()) {
        dataset.topics.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                               q.value(6).toInt(), sourceById(dataset, q.value(7).toLongLong()),
                               QString()});
    }
    return true;
}

bool DatasetReader::readPeople(Data::Dataset &dataset)
{
    QSqlQuery q(m_db);
    if (!exec(q, sql("SELECT key, name, role, organisation, quote FROM @.person ORDER BY id"),
              QStringLiteral("person")))
        return false;
    while (q.next()) {
        dataset.people.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString(), q.value(4).toString()});
    }
    return true;
}

bool DatasetReader::readEvents(Data::Dataset &dataset)
{
    QSqlQuery q(m_db);
    if (!exec(q,
              sql("SELECT key, name, place, start_date, end_date, date_basis, quote,"
                  " source_id FROM @.event ORDER BY start_date, id"),
              QStringLiteral("event")))
        return false;
    while (q.next()) {
        dataset.events.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
             isoDate(q.value(3), QStringLiteral("event"), q.value(0).toString(), "start_date"),
             isoDate(q.value(4), QStringLiteral("event"), q.value(0).toString(), "end_date"),
             q.value(5).toString(), q.value(6).toString(),
             sourceById(dataset, q.value(7).toLongLong())});
    }
    return m_error.isEmpty();
}

bool DatasetReader::readMemberStates(Data::Dataset &dataset)
{
    QSqlQuery q(m_db);
    if (!exec(
            q,
            sql("SELECT organisation, iso3, name FROM @.member_state ORDER BY organisation, iso3"),
            QStringLiteral("member_state")))
        return false;
    while (q.next())
        dataset.memberStates.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return true;
}

Data::Source DatasetReader::sourceById(const Data::Dataset &dataset, qint64 id) const
{
    const int index = m_sourceIndex.value(id, -1);
    return index >= 0 ? dataset.sources.at(index) : Data::Source{};
}
