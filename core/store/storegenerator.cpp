// SPDX-License-Identifier: MIT
#include "storegenerator.h"

#include "i18n/isocountries.h"
#include "repository.h"
#include "search/factsearchdocument.h"
#include "search/searchdocument.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cmath>
#include <random>

namespace {

struct Entity
{
    QByteArray name;
    QByteArray code;
    bool aggregate;
};

struct Indicator
{
    const char *label;
    const char *unit;
    bool share; // a percentage rising along a logistic curve; else a count
};

// The same measures in the three interface languages, so search meets Han and Cyrillic text.
const Indicator kIndicators[] = {
    {"Individuals using the Internet (% of population)", "%", true},
    {"互联网用户（占人口百分比）", "%", true},
    {"Пользователи интернета (% населения)", "%", true},
    {"Mobile broadband subscriptions (per 100 people)", "per 100 people", true},
    {"移动宽带用户（每百人）", "每百人", true},
    {"Абоненты мобильного широкополосного доступа (на 100 человек)", "на 100 человек", true},
    {"Fixed broadband subscriptions", "subscriptions", false},
    {"固定宽带用户", "户", false},
    {"Абоненты фиксированного широкополосного доступа", "абонентов", false},
    {"ICT service exports (current US$)", "US$", false},
    {"信息和通信技术服务出口（现价美元）", "美元", false},
    {"Экспорт услуг ИКТ (текущие долл. США)", "долл. США", false},
};

QList<Entity> entities()
{
    QList<Entity> list;
    for (const IsoCountry &country : IsoCountries::read())
        list.append({country.usualName().toUtf8(), country.alpha3.toUtf8(), false});
    for (int i = list.size(); i < 200; ++i) // without iso-codes: numbered countries
        list.append({"Country " + QByteArray::number(i + 1), "X" + QByteArray::number(i), false});
    for (const char *region : {"World", "Asia", "Europe", "Africa", "Upper-middle-income countries",
                               "High-income countries", "Low-income countries"})
        list.append({region, "OWID_" + QByteArray(region).left(3).toUpper(), true});
    return list;
}

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

// One measure an article reports, in the three languages; each fact's sentence is built from
// its language's pattern, so the figure as written is always a part of it.
struct FactMeasure
{
    const char *label[3]; // en, zh_CN, ru
    const char *category;
};

const FactMeasure kFactMeasures[] = {
    {{"Digital economy revenue growth", "数字经济收入增速", "Рост выручки цифровой экономики"},
     "Digital industry"},
    {{"Cross-border e-commerce trade growth", "跨境电商贸易额增速",
      "Рост трансграничной электронной торговли"},
     "Trade"},
    {{"Data centre capacity growth", "数据中心算力增速", "Рост мощности центров обработки данных"},
     "Infrastructure"},
    {{"Software export growth", "软件出口增速", "Рост экспорта программного обеспечения"},
     "Industry"},
    {{"5G base station growth", "5G基站数量增速", "Рост числа базовых станций 5G"},
     "Infrastructure"},
};

// "{label}", "{value}" and "{year}" stand for the measure, the figure as written and the year.
const char *const kFactSentences[3] = {
    "{label} reached {value} year-on-year in {year}, the report said.",
    "报告显示，{year}年{label}同比达到{value}。",
    "{label} в {year} году составил {value} в годовом выражении, говорится в докладе.",
};

constexpr int kFactSources = 100;

} // namespace

bool StoreGenerator::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool StoreGenerator::generate(const QString &path, qint64 rows, qint64 facts)
{
    m_error.clear();
    m_series = m_entities = 0;
    if (rows < (facts > 0 ? 0 : 1) || rows > kMaxRows)
        return fail(tr("--rows must be from 1 to %1.").arg(kMaxRows));
    if (QFileInfo(path).absoluteFilePath() ==
        QFileInfo(Repository::defaultUserStorePath()).absoluteFilePath())
        return fail(
            tr("%1 is your own store; generate writes only a new file of its own.").arg(path));
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        return fail(tr("%1 already exists; generate never replaces a file.").arg(path));
    if (facts < 0 || facts > kMaxFacts)
        return fail(tr("--facts must be from 1 to %1.").arg(kMaxFacts));
    {
        Repository store; // the schema, WAL and meta, exactly as the program makes a store
        if (!store.open(path, Repository::UserStore::CreateIfAbsent))
            return fail(store.errorString());
    }
    sqlite3 *db = nullptr;
    const int deferred = 1; // the rows are indexed in one statement before the commit
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
            SQLITE_OK ||
        !SearchDocument::registerSqlFunction(db, &deferred)) {
        sqlite3_close(db);
        return fail(tr("Cannot open %1.").arg(path));
    }
    const QList<Entity> all = entities();
    constexpr int kFirstYear = 1960, kYears = 64;
    const qint64 perSeries = qint64(all.size()) * kYears;
    const qint64 seriesCount = rows > 0 ? (rows + perSeries - 1) / perSeries : 0;
    std::mt19937_64 random(rows);
    std::normal_distribution<double> noise(0.0, 1.0);
    bool ok = exec(db, "PRAGMA cache_size = -131072") && exec(db, "BEGIN") &&
              exec(db, "INSERT INTO source (id, key, publisher, title, published, licence,"
                       " imported_at) VALUES (1, 'generated', 'sco-dashboard generate',"
                       " 'Generated benchmark data', '2025-08-29', 'CC0 1.0',"
                       " strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
    sqlite3_stmt *series = nullptr;
    sqlite3_stmt *observation = nullptr;
    ok = ok &&
         sqlite3_prepare_v2(db,
                            "INSERT INTO series (id, key, label, unit, source_id) VALUES"
                            " (?, ?, ?, ?, 1)",
                            -1, &series, nullptr) == SQLITE_OK &&
         sqlite3_prepare_v2(db,
                            "INSERT INTO observation (series_id, entity, period_start,"
                            " period_end, period_label, value, entity_code, aggregate)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            -1, &observation, nullptr) == SQLITE_OK;
    qint64 written = 0;
    for (qint64 s = 0; ok && s < seriesCount; ++s) {
        const Indicator &indicator = kIndicators[s % std::size(kIndicators)];
        const QByteArray label =
            s < qint64(std::size(kIndicators))
                ? QByteArray(indicator.label)
                : indicator.label + QByteArray(" #") + QByteArray::number(s + 1);
        const QByteArray key = "generated/" + QByteArray::number(s + 1);
        sqlite3_bind_int64(series, 1, s + 1);
        sqlite3_bind_text(series, 2, key.constData(), int(key.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(series, 3, label.constData(), int(label.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(series, 4, indicator.unit, -1, SQLITE_STATIC);
        ok = sqlite3_step(series) == SQLITE_DONE && sqlite3_reset(series) == SQLITE_OK;
        for (qsizetype e = 0; ok && e < all.size() && written < rows; ++e) {
            const Entity &entity = all.at(e);
            // Each country's own start and speed, so lines cross as real ones do.
            const double midpoint = 1995.0 + 25.0 * std::fmod(double(e) * 0.618, 1.0);
            const double scale = std::pow(10.0, 3.0 + 6.0 * std::fmod(double(e) * 0.377, 1.0));
            for (int y = 0; ok && y < kYears && written < rows; ++y, ++written) {
                const int year = kFirstYear + y;
                const double trend = 100.0 / (1.0 + std::exp(-(year - midpoint) / 4.0));
                const double value =
                    indicator.share
                        ? std::clamp(trend + noise(random), 0.0, 100.0)
                        : std::round(scale * trend / 100.0 * (1.0 + 0.02 * noise(random)));
                const QByteArray start = QByteArray::number(year) + "-01-01";
                const QByteArray end = QByteArray::number(year) + "-12-31";
                const QByteArray yearText = QByteArray::number(year);
                sqlite3_bind_int64(observation, 1, s + 1);
                sqlite3_bind_text(observation, 2, entity.name.constData(), -1, SQLITE_STATIC);
                sqlite3_bind_text(observation, 3, start.constData(), -1, SQLITE_TRANSIENT);
                sqlite3_bind_text(observation, 4, end.constData(), -1, SQLITE_TRANSIENT);
                sqlite3_bind_text(observation, 5, yearText.constData(), -1, SQLITE_TRANSIENT);
                sqlite3_bind_double(observation, 6, value);
                sqlite3_bind_text(observation, 7, entity.code.constData(), -1, SQLITE_STATIC);
                sqlite3_bind_int(observation, 8, entity.aggregate ? 1 : 0);
                ok = sqlite3_step(observation) == SQLITE_DONE &&
                     sqlite3_reset(observation) == SQLITE_OK;
            }
        }
        ++m_series;
    }
    sqlite3_finalize(series);
    sqlite3_finalize(observation);
    ok = ok && writeFacts(db, facts);
    sqlite3_stmt *index = nullptr;
    ok = ok &&
         sqlite3_prepare_v2(db, SearchDocument::indexAddedSql(QStringLiteral("main")).constData(),
                            -1, &index, nullptr) == SQLITE_OK &&
         sqlite3_bind_int64(index, 1, 0) == SQLITE_OK &&
         sqlite3_bind_int64(index, 2, 0) == SQLITE_OK && sqlite3_step(index) == SQLITE_DONE;
    sqlite3_finalize(index);
    ok = ok && exec(db, "COMMIT");
    const QString sqliteError = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_close(db);
    if (!ok) {
        QFile::remove(path); // a new file of our own, half made
        return fail(tr("Cannot write %1: %2").arg(path, sqliteError));
    }
    m_entities = all.size();
    return true;
}

// The search document the program writes with a generated fact (FactSearchDocument).
QString StoreGenerator::documentOf(const QByteArray (&texts)[8], double value)
{
    Data::Fact f;
    f.key = QString::fromUtf8(texts[0]);
    f.label = QString::fromUtf8(texts[1]);
    f.category = QString::fromUtf8(texts[2]);
    f.value = value;
    f.decimals = 1;
    f.unit = QStringLiteral("%");
    f.periodLabel = QString::fromUtf8(texts[5]);
    f.basis = QStringLiteral("year-on-year");
    f.asWritten = QString::fromUtf8(texts[6]);
    f.quote = QString::fromUtf8(texts[7]);
    return FactSearchDocument::text(f);
}

bool StoreGenerator::writeFacts(sqlite3 *db, qint64 facts)
{
    if (facts == 0)
        return true;
    sqlite3_stmt *source = nullptr;
    sqlite3_stmt *fact = nullptr;
    bool ok = sqlite3_prepare_v2(db,
                                 "INSERT INTO source (id, key, publisher, title, published,"
                                 " licence, imported_at) VALUES (?, ?, ?, ?, ?, 'CC0 1.0',"
                                 " strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                                 -1, &source, nullptr) == SQLITE_OK &&
              sqlite3_prepare_v2(db,
                                 "INSERT INTO fact (key, label, category, value, decimals, unit,"
                                 " period_start, period_end, period_label, basis, as_written,"
                                 " quote, source_id, search_document) VALUES (?, ?, ?, ?, 1,"
                                 " '%', ?, ?, ?, 'year-on-year', ?, ?, ?, ?)",
                                 -1, &fact, nullptr) == SQLITE_OK;
    // Sources 2 to kFactSources + 1: the observations' own is 1.
    for (int i = 0; ok && i < kFactSources; ++i) {
        const QByteArray key = "generated-article/" + QByteArray::number(i + 1);
        const QByteArray publisher = "Generated outlet " + QByteArray::number(i % 10 + 1);
        const QByteArray title = "Generated article " + QByteArray::number(i + 1);
        const QByteArray published = QDate(2025, 1, 1).addDays(i).toString(Qt::ISODate).toUtf8();
        sqlite3_bind_int64(source, 1, i + 2);
        sqlite3_bind_text(source, 2, key.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(source, 3, publisher.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(source, 4, title.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(source, 5, published.constData(), -1, SQLITE_TRANSIENT);
        ok = sqlite3_step(source) == SQLITE_DONE && sqlite3_reset(source) == SQLITE_OK;
    }
    std::mt19937_64 random(facts);
    std::uniform_int_distribution<int> tenths(-50, 400); // -5.0% to 40.0%
    for (qint64 n = 0; ok && n < facts; ++n) {
        const int language = int(n % 3);
        const FactMeasure &measure = kFactMeasures[(n / 3) % std::size(kFactMeasures)];
        const int year = 2010 + int(n % 16);
        const double value = tenths(random) / 10.0;
        // As each language writes a percentage: "9.3%", "9.3%", "9,3 %".
        QString number = QString::number(value, 'f', 1);
        if (language == 2)
            number.replace(u'.', u',');
        const QString asWritten =
            number + (language == 2 ? QStringLiteral(" %") : QStringLiteral("%"));
        const QString label = QString::fromUtf8(measure.label[language]);
        const QString sentence = QString::fromUtf8(kFactSentences[language])
                                     .replace(QStringLiteral("{label}"), label)
                                     .replace(QStringLiteral("{value}"), asWritten)
                                     .replace(QStringLiteral("{year}"), QString::number(year));
        const QByteArray texts[] = {"generated-fact/" + QByteArray::number(n + 1),
                                    label.toUtf8(),
                                    QByteArray(measure.category),
                                    QByteArray::number(year) + "-01-01",
                                    QByteArray::number(year) + "-12-31",
                                    QByteArray::number(year),
                                    asWritten.toUtf8(),
                                    sentence.toUtf8()};
        sqlite3_bind_text(fact, 1, texts[0].constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(fact, 2, texts[1].constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(fact, 3, texts[2].constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_double(fact, 4, value);
        for (int column = 5; column <= 9; ++column)
            sqlite3_bind_text(fact, column, texts[column - 2].constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(fact, 10, 2 + n % kFactSources);
        const QByteArray document = documentOf(texts, value).toUtf8();
        sqlite3_bind_text(fact, 11, document.constData(), int(document.size()), SQLITE_STATIC);
        ok = sqlite3_step(fact) == SQLITE_DONE && sqlite3_reset(fact) == SQLITE_OK;
    }
    sqlite3_finalize(source);
    sqlite3_finalize(fact);
    return ok;
}
