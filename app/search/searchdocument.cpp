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

bool SearchDocument::registerSqlFunction(sqlite3 *db)
{
    return db &&
           sqlite3_create_function(db, "sco_observation_document", 3,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                   observationDocument, nullptr, nullptr) == SQLITE_OK;
}
