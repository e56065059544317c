// SPDX-License-Identifier: MIT
#include "extractoptions.h"

namespace {

const QCommandLineOption publishedOption(
    QStringLiteral("published"),
    QStringLiteral(QT_TRANSLATE_NOOP("CommandLine", "extract: the day the article was published, "
                                                    "when it does not say (YYYY-MM-DD).")),
    QStringLiteral("DATE"));
const QCommandLineOption outletOption(
    QStringLiteral("outlet"),
    QStringLiteral(QT_TRANSLATE_NOOP("CommandLine", "extract: the outlet that published it.")),
    QStringLiteral("TEXT"));
const QCommandLineOption titleOption(
    QStringLiteral("title"),
    QStringLiteral(QT_TRANSLATE_NOOP("CommandLine", "extract: the article's headline.")),
    QStringLiteral("TEXT"));
const QCommandLineOption
    authorOption(QStringLiteral("author"),
                 QStringLiteral(QT_TRANSLATE_NOOP("CommandLine", "extract: who wrote it.")),
                 QStringLiteral("TEXT"));
const QCommandLineOption
    urlOption(QStringLiteral("url"),
              QStringLiteral(QT_TRANSLATE_NOOP("CommandLine", "extract: where it was published.")),
              QStringLiteral("URL"));

} // namespace

const QList<QCommandLineOption> &ExtractOptions::options()
{
    static const QList<QCommandLineOption> options{publishedOption, outletOption, titleOption,
                                                   authorOption, urlOption};
    return options;
}

std::optional<ArticleCitation> ExtractOptions::given(const QCommandLineParser &parser,
                                                     QString *error)
{
    ArticleCitation c;
    c.outlet = parser.value(outletOption);
    c.title = parser.value(titleOption);
    c.author = parser.value(authorOption);
    c.url = parser.value(urlOption);
    if (parser.isSet(publishedOption)) {
        c.published = QDate::fromString(parser.value(publishedOption), Qt::ISODate);
        if (!c.published.isValid()) {
            *error = tr("--published '%1' is not a date (YYYY-MM-DD).")
                         .arg(parser.value(publishedOption));
            return std::nullopt;
        }
    }
    return c;
}
