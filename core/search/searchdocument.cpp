// SPDX-License-Identifier: MIT
#include "searchdocument.h"

#include "searchfolding.h"

#include <QLocale>

#include <sqlite3.h>

namespace {

void observationDocument(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 3 || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_error(context, "sco_observation_document(period_label, value, unit)", -1);
        return;
    }
    auto textOf = [](sqlite3_value *v) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(v)),
                                 sqlite3_value_bytes(v));
    };
    const QByteArray document = SearchDocument::observationText(
                                    textOf(argv[0]), sqlite3_value_double(argv[1]), textOf(argv[2]))
                                    .toUtf8();
    sqlite3_result_text(context, document.constData(), int(document.size()), SQLITE_TRANSIENT);
}

// Text the folding leaves as it is: digits, signs, separators and the exponent.
bool foldsToItself(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isDigit() || c == u'.' || c == u',' || c == u'-' || c == u'\n' || c == u'e' ||
               c == u'%';
    });
}

} // namespace

QString SearchDocument::valueText(double value, const QLocale &locale)
{
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    return plain.toString(value, 'g', QLocale::FloatingPointShortest);
}

QString SearchDocument::observationText(const QString &periodLabel, double value,
                                        const QString &unit)
{
    const QString number = valueText(value, QLocale::c());
    QStringList parts{periodLabel, number};
    if (number.contains(u'.'))
        parts << QString(number).replace(u'.', u',');
    const QString token = SearchFolding::valueToken(number, unit);
    if (!token.isEmpty())
        parts << token;
    const QString text = parts.join(u'\n');
    return foldsToItself(text) ? text : SearchFolding::fold(text);
}

bool SearchDocument::registerSqlFunction(sqlite3 *db, const int *deferred)
{
    const auto readDeferred = [](sqlite3_context *context, int, sqlite3_value **) {
        const auto *flag = static_cast<const int *>(sqlite3_user_data(context));
        sqlite3_result_int(context, flag ? *flag : 0);
    };
    return db &&
           sqlite3_create_function(db, "sco_observation_document", 3,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                   observationDocument, nullptr, nullptr) == SQLITE_OK &&
           sqlite3_create_function(db, "sco_search_deferred", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS,
                                   const_cast<int *>(deferred), readDeferred, nullptr,
                                   nullptr) == SQLITE_OK;
}

QByteArray SearchDocument::indexAddedSql(const QString &schema)
{
    const QByteArray s = schema.toUtf8();
    return "INSERT INTO " + s +
           ".observation_search (rowid, document)"
           " SELECT o.id, sco_observation_document(o.period_label, o.value, se.unit)"
           " FROM " +
           s + ".observation o JOIN " + s +
           ".series se ON se.id = o.series_id"
           " WHERE o.id > ? AND o.id NOT IN (SELECT rowid FROM " +
           s + ".observation_search WHERE rowid > ?)";
}
