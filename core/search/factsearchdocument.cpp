// SPDX-License-Identifier: MIT
#include "factsearchdocument.h"

#include "searchfolding.h"
#include "store/sqlitestatement.h"

#include <QLocale>

#include <sqlite3.h>

namespace {

// The locales of the interface languages, whose number formats a typed value may follow.
const QList<QLocale> &interfaceLocales()
{
    static const QList<QLocale> locales{QLocale(QLocale::English, QLocale::UnitedStates),
                                        QLocale(QLocale::Chinese, QLocale::China),
                                        QLocale(QLocale::Russian, QLocale::Russia)};
    return locales;
}

bool hasTranslations(sqlite3 *db, const QByteArray &schema)
{
    SqliteStatement q;
    return q.prepare(db,
                     "SELECT 1 FROM " + schema +
                         ".sqlite_schema WHERE type = 'table' AND name = 'label_translation'") &&
           q.step() && q.hasRow();
}

QByteArray selectSql(const QByteArray &schema, bool translations)
{
    const QByteArray translated = translations
                                      ? "(SELECT group_concat(t.text, char(10)) FROM " + schema +
                                            ".label_translation t WHERE t.table_name = 'fact'"
                                            " AND t.row_key = f.key)"
                                      : QByteArray("NULL");
    return "SELECT f.id, f.key, f.label, f.category, f.value, f.decimals, f.unit,"
           " f.period_label, f.basis, f.qualifier, f.as_written, f.quote, " +
           translated + " FROM " + schema +
           ".fact f WHERE f.search_document IS NULL AND f.id > ? ORDER BY f.id LIMIT 10000";
}

Data::Fact factAt(const SqliteStatement &q)
{
    Data::Fact f;
    f.id = q.int64At(0);
    f.key = q.textAt(1);
    f.label = q.textAt(2);
    f.category = q.textAt(3);
    f.value = q.doubleAt(4);
    f.decimals = int(q.int64At(5));
    f.unit = q.textAt(6);
    f.periodLabel = q.textAt(7);
    f.basis = q.textAt(8);
    f.qualifier = q.textAt(9);
    f.asWritten = q.textAt(10);
    f.quote = q.textAt(11);
    return f;
}

} // namespace

QString FactSearchDocument::text(const Data::Fact &fact, const QStringList &translations)
{
    QStringList parts{fact.label,     fact.category, fact.periodLabel, fact.basis, fact.qualifier,
                      fact.asWritten, fact.quote,    fact.key,         fact.unit};
    parts << translations;
    for (const QLocale &locale : interfaceLocales())
        parts << locale.toString(fact.value, 'f', fact.decimals);
    QLocale plain = QLocale::c();
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    const QString number = plain.toString(fact.value, 'f', fact.decimals);
    parts << number << SearchFolding::valueToken(number, fact.unit);
    parts.removeAll(QString());
    parts.removeDuplicates();
    return SearchFolding::fold(parts.join(u'\n'));
}

// A chunk's documents are gathered before they are written: SQLite would revisit a row whose
// column an UPDATE changes while the SELECT walks the table.
bool FactSearchDocument::writeMissing(sqlite3 *db, const QByteArray &schema, QString *error)
{
    SqliteStatement select;
    SqliteStatement update;
    if (!select.prepare(db, selectSql(schema, hasTranslations(db, schema))) ||
        !update.prepare(db, "UPDATE " + schema + ".fact SET search_document = ? WHERE id = ?")) {
        *error = select.errorString() + update.errorString();
        return false;
    }
    qint64 last = 0;
    QList<std::pair<qint64, QString>> documents;
    do {
        documents.clear();
        select.bind(1, last);
        while (select.step() && select.hasRow())
            documents.append(
                {select.int64At(0),
                 text(factAt(select), select.textAt(12).split(u'\n', Qt::SkipEmptyParts))});
        select.reset();
        for (const auto &[id, document] : std::as_const(documents)) {
            update.bind(1, document);
            update.bind(2, id);
            if (!update.step())
                break;
            update.reset();
            last = id;
        }
        if (!select.errorString().isEmpty() || !update.errorString().isEmpty()) {
            *error = select.errorString() + update.errorString();
            return false;
        }
    } while (!documents.isEmpty());
    return true;
}
