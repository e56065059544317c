// SPDX-License-Identifier: MIT
#include "storegenerator.h"

#include "i18n/isocountries.h"
#include "repository.h"
#include "search/searchdocument.h"

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

} // namespace

bool StoreGenerator::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool StoreGenerator::generate(const QString &path, qint64 rows)
{
    m_error.clear();
    m_series = m_entities = 0;
    if (rows < 1 || rows > kMaxRows)
        return fail(tr("--rows must be from 1 to %1.").arg(kMaxRows));
    if (QFileInfo(path).absoluteFilePath() ==
        QFileInfo(Repository::defaultUserStorePath()).absoluteFilePath())
        return fail(
            tr("%1 is your own store; generate writes only a new file of its own.").arg(path));
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        return fail(tr("%1 already exists; generate never replaces a file.").arg(path));
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
    const qint64 seriesCount = (rows + perSeries - 1) / perSeries;
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
