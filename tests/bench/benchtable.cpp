// SPDX-License-Identifier: MIT
// Prints issue 12's benchmark table: every target beside the median that scripts/bench.sh just
// measured, from the JSON files the benchmark programs wrote (and session.json, the peak
// memory of the Xvfb session). A row whose benchmark did not run says so.
//   sco-print-bench-table build/bench/*.json
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <cstdio>
#include <functional>
#include <optional>

namespace {

struct Medians
{
    QHash<QString, QJsonObject> byRun; // run_name → its median entry
    QJsonObject session;

    std::optional<double> ms(const QString &run) const
    {
        if (!byRun.contains(run))
            return std::nullopt;
        const QJsonObject o = byRun.value(run);
        const double time = o.value(QStringLiteral("real_time")).toDouble();
        const QString unit = o.value(QStringLiteral("time_unit")).toString();
        return unit == u"ns"   ? time / 1e6
               : unit == u"us" ? time / 1e3
               : unit == u"s"  ? time * 1e3
                               : time;
    }
    std::optional<double> counter(const QString &run, const QString &name) const
    {
        if (!byRun.contains(run) || !byRun.value(run).contains(name))
            return std::nullopt;
        return byRun.value(run).value(name).toDouble();
    }
};

Medians read(const QStringList &files)
{
    Medians m;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // Google Benchmark writes nan and inf (a variation of nothing), which JSON lacks.
        QByteArray json = file.readAll();
        static const QRegularExpression notNumbers(QStringLiteral(":\\s*-?(nan|inf|infinity)\\b"),
                                                   QRegularExpression::CaseInsensitiveOption);
        json = QString::fromUtf8(json).replace(notNumbers, QStringLiteral(": null")).toUtf8();
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        if (path.endsWith(QStringLiteral("session.json"))) {
            m.session = root;
            continue;
        }
        for (const QJsonValue &v : root.value(QStringLiteral("benchmarks")).toArray()) {
            const QJsonObject b = v.toObject();
            // The median of the repetitions; a single run (Repetitions(1)) stands for itself.
            const QString run = b.value(QStringLiteral("run_name")).toString();
            if (b.value(QStringLiteral("aggregate_name")).toString() == u"median" ||
                (b.value(QStringLiteral("run_type")).toString() == u"iteration" &&
                 !m.byRun.contains(run)))
                m.byRun.insert(run, b);
        }
    }
    return m;
}

QString number(std::optional<double> v, const char *unit, int decimals = 1)
{
    return v ? QStringLiteral("%1 %2").arg(*v, 0, 'f', decimals).arg(QString::fromUtf8(unit))
             : QStringLiteral("not run");
}

void row(const QString &what, const QString &target, const QString &measured,
         const QString &baseline, std::optional<bool> met)
{
    const QString verdict = !met   ? QStringLiteral("reported")
                            : *met ? QStringLiteral("met")
                                   : QStringLiteral("MISSED");
    std::printf("| %s | %s | %s | %s | %s |\n", qPrintable(what), qPrintable(target),
                qPrintable(measured), qPrintable(baseline), qPrintable(verdict));
}

std::optional<bool> atMost(std::optional<double> v, double limit)
{
    return v ? std::optional<bool>(*v <= limit) : std::nullopt;
}

std::optional<double> ratioOf(std::optional<double> a, std::optional<double> b)
{
    return a && b && *b > 0 ? std::optional<double>(*a / *b) : std::nullopt;
}

// The same targets on a team store (PostgreSQL on this machine, over its socket), 1M rows.
void teamStoreRows(const Medians &m)
{
    const auto import = m.ms(QStringLiteral("BM_TeamStoreImport1M/iterations:1/repeats:1"));
    const auto copy = m.ms(QStringLiteral("BM_BaselinePsqlCopy1M/iterations:1/repeats:1"));
    const std::optional<double> ratio = ratioOf(import, copy);
    row(QStringLiteral("PostgreSQL: import 1M rows through the store seam"),
        QStringLiteral("≤ 2× psql \\copy"),
        import ? QStringLiteral("%1 s (%2×)")
                     .arg(*import / 1000, 0, 'f', 1)
                     .arg(ratio.value_or(0), 0, 'f', 2)
               : QStringLiteral("not run"),
        QStringLiteral("psql \\copy of the same rows: ") +
            number(copy ? std::optional<double>(*copy / 1000) : std::nullopt, "s"),
        ratio ? std::optional<bool>(*ratio <= 2) : std::nullopt);
    const auto open = m.ms(QStringLiteral("BM_TeamStoreOpenToFirstRows/iterations:5"));
    row(QStringLiteral("PostgreSQL: open a 1M-row store → first rows shown"),
        QStringLiteral("≤ 100 ms"), number(open, "ms"),
        QStringLiteral("the window's open and catalogue: ") +
            number(m.ms(QStringLiteral("BM_TeamStoreOpenAndLoad/iterations:5")), "ms"),
        atMost(open, 100));
    for (int q = 0; q < 4; ++q) {
        const QString run =
            QStringLiteral("BM_TeamStoreKeystrokeFirstScreen/%1/iterations:5").arg(q);
        const auto keystroke = m.ms(run);
        const QString label = m.byRun.value(run).value(QStringLiteral("label")).toString();
        row(QStringLiteral("PostgreSQL: keystroke → first screen, 1M rows, \"%1\"").arg(label),
            QStringLiteral("≤ 16 ms"), number(keystroke, "ms", 2), QString(),
            atMost(keystroke, 16));
    }
    const auto sort = m.ms(QStringLiteral("BM_TeamStoreSortByValue/iterations:6"));
    row(QStringLiteral("PostgreSQL: sort 1M rows by value → first screen"),
        QStringLiteral("≤ 100 ms"), number(sort, "ms", 2), QString(), atMost(sort, 100));
    const auto byEntity = m.ms(QStringLiteral("BM_TeamStoreSortByShownEntity/iterations:6"));
    row(QStringLiteral("PostgreSQL: sort 1M rows by entity, Russian names → first screen"),
        QStringLiteral("≤ 100 ms"), number(byEntity, "ms", 2), QString(), atMost(byEntity, 100));
}

// Whole commands on 1M and 10M rows against no store; constant-time opening shows as the
// first 50 rows at 10M staying within 1.5× of 1M. "growth" has 3 answers, so its time is
// the search's through every row's index entries, and is reported.
void commandRows(const Medians &m)
{
    const char *const queries[] = {"internet", "growth"};
    for (int q = 0; q < 2; ++q) {
        const auto none =
            m.ms(QStringLiteral("BM_CommandFirstRowsNoStore/%1/iterations:10/manual_time").arg(q));
        std::optional<double> million;
        for (int rows : {1'000'000, 10'000'000}) {
            const auto v =
                m.ms(QStringLiteral("BM_CommandFirstRows/%1/%2/iterations:10/manual_time")
                         .arg(rows)
                         .arg(q));
            if (rows == 1'000'000)
                million = v;
            const auto growth = ratioOf(v, million);
            row(QStringLiteral("`series --search %1`, %2, %3M rows, whole process")
                    .arg(QLatin1String(queries[q]),
                         q == 0 ? QStringLiteral("first 50 rows") : QStringLiteral("all 3 rows"))
                    .arg(rows / 1'000'000),
                rows == 1'000'000 || q == 1
                    ? QStringLiteral("reported")
                    : QStringLiteral("≤ 1.5× the 1M figure (constant open)"),
                number(v, "ms") + QStringLiteral(" (") + number(ratioOf(v, none), "× no store", 2) +
                    (rows == 1'000'000 ? QString()
                                       : QStringLiteral(", ") + number(growth, "× 1M", 2)) +
                    u')',
                QStringLiteral("the same command, no store: ") + number(none, "ms"),
                rows == 1'000'000 || q == 1 ? std::nullopt : atMost(growth, 1.5));
        }
    }
    row(QStringLiteral("`store check`, 1M rows: the full check, once per outside change"),
        QStringLiteral("reported"),
        number(m.ms(QStringLiteral("BM_StoreCheckInFull/1000000/iterations:3/manual_time")), "ms"),
        QString(), std::nullopt);
    const auto bytes =
        m.counter(QStringLiteral("BM_CommandFirstRows/1000000/0/iterations:10/manual_time"),
                  QStringLiteral("bytes_per_row"));
    row(QStringLiteral("store size per generated row"), QStringLiteral("reported"),
        number(bytes, "bytes", 0), QString(), std::nullopt);
}

// Facts at 1M, read through the one indexed path (FactSource): the observation targets apply.
void factRows(const Medians &m)
{
    const auto none = m.ms(QStringLiteral("BM_FactsOpenToFirstScreen/0/iterations:10"));
    const auto open = m.ms(QStringLiteral("BM_FactsOpenToFirstScreen/1/iterations:10"));
    row(QStringLiteral("open a 1M-fact store → first screen of facts"), QStringLiteral("≤ 100 ms"),
        number(open, "ms", 2),
        QStringLiteral("the built-in facts alone, no store: ") + number(none, "ms", 2),
        atMost(open, 100));
    const char *const queries[] = {"growth", "рост 2019",  "9.3%", "outlet 7 2024",
                                   "数字",   "no such zq", "zq"};
    for (int q = 0; q < int(std::size(queries)); ++q) {
        const auto v = m.ms(QStringLiteral("BM_FactsSearchFirstScreen/%1/iterations:10").arg(q));
        // A word shorter than a trigram that no fact holds is looked for in every fact.
        const bool everyFact = q == 6;
        row(QStringLiteral("fact search → first screen, 1M facts, \"%1\"")
                .arg(QString::fromUtf8(queries[q])),
            everyFact ? QStringLiteral("reported (reads every fact)") : QStringLiteral("≤ 16 ms"),
            number(v, "ms", 2), QString(), everyFact ? std::nullopt : atMost(v, 16));
    }
    row(QStringLiteral("store size per generated fact (sentence, search document and index)"),
        QStringLiteral("reported"),
        number(m.counter(QStringLiteral("BM_FactsOpenToFirstScreen/1/iterations:10"),
                         QStringLiteral("bytes_per_fact")),
               "bytes", 0),
        QString(), std::nullopt);
    const auto sort = m.ms(QStringLiteral("BM_FactsSortByValueFirstScreen/iterations:10"));
    row(QStringLiteral("sort 1M facts by value → first screen"), QStringLiteral("≤ 100 ms"),
        number(sort, "ms", 2), QString(), atMost(sort, 100));
    const QString command = QStringLiteral("BM_FactsCommandFirstRows/0/iterations:5/manual_time");
    const auto rss = m.counter(command, QStringLiteral("peak_rss_mb"));
    row(QStringLiteral("`facts --search growth`, 1M facts, first 50 rows, whole process"),
        QStringLiteral("peak RSS ≤ 150 MB"),
        number(m.ms(command), "ms") + QStringLiteral(", peak ") + number(rss, "MB", 0), QString(),
        atMost(rss, 150));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Medians m = read(app.arguments().mid(1));
    const QString select1m =
        QStringLiteral("plain SELECT of 1M rows: ") +
        number(m.ms(QStringLiteral("BM_Baseline_Sqlite3Select/1000000/iterations:3")), "ms");
    std::printf("| what | target | median | baseline, same run | |\n|---|---|---|---|---|\n");
    const char *const queries[] = {"kazakhstan 2020", "internet", "19", "互联网 2001"};
    for (int q = 0; q < 4; ++q) {
        const auto v =
            m.ms(QStringLiteral("BM_KeystrokeFirstScreen/1000000/%1/iterations:10").arg(q));
        row(QStringLiteral("keystroke → first screen, 1M rows, \"%1\"")
                .arg(QString::fromUtf8(queries[q])),
            QStringLiteral("≤ 16 ms"), number(v, "ms"), select1m, atMost(v, 16));
    }
    for (int q = 0; q < 4; ++q) {
        const auto v =
            m.ms(QStringLiteral("BM_KeystrokeFirstScreen/10000000/%1/iterations:10").arg(q));
        row(QStringLiteral("keystroke → first screen, 10M rows, \"%1\"")
                .arg(QString::fromUtf8(queries[q])),
            QStringLiteral("≤ 16 ms"), number(v, "ms"), QString(), atMost(v, 16));
    }
    for (int rows : {10'000, 100'000}) {
        QStringList parts;
        for (int q = 0; q < 4; ++q)
            parts << number(
                m.ms(
                    QStringLiteral("BM_KeystrokeFirstScreen/%1/%2/iterations:10").arg(rows).arg(q)),
                "ms");
        row(QStringLiteral("keystroke → first screen, %1k rows (4 queries)").arg(rows / 1000),
            QStringLiteral("reported"), parts.join(QStringLiteral(", ")),
            rows == 100'000
                ? QStringLiteral("before (proxy filter): ") +
                      number(m.ms(QStringLiteral("BM_Before_ProxyKeystroke/100000/iterations:3")),
                             "ms")
                : QString(),
            std::nullopt);
    }
    QStringList counts;
    for (int q = 0; q < 4; ++q)
        counts << number(m.ms(QStringLiteral("BM_KeystrokeToCount/1000000/%1/iterations:3").arg(q)),
                         "ms");
    row(QStringLiteral("keystroke → count, 1M rows (4 queries)"),
        QStringLiteral("reported, after the first screen"), counts.join(QStringLiteral(", ")),
        QString(), std::nullopt);
    const auto open = m.ms(QStringLiteral("BM_OpenToFirstRows/1000000/iterations:5"));
    row(QStringLiteral("open a 1M-row store → first rows shown"), QStringLiteral("≤ 100 ms"),
        number(open, "ms"),
        QStringLiteral("integrity check and catalogue, after the first paint: ") +
            number(m.ms(QStringLiteral("BM_OpenStoreChecked/1000000/iterations:3")), "ms"),
        atMost(open, 100));
    const auto scroll = m.ms(QStringLiteral("BM_ScrollPage/1000000/iterations:20"));
    row(QStringLiteral("scroll one page, 1M rows"), QStringLiteral("≤ 8 ms"),
        number(scroll, "ms", 2), QString(), atMost(scroll, 8));
    const auto sort = m.ms(QStringLiteral("BM_SortByValue/1000000/iterations:6"));
    row(QStringLiteral("sort 1M rows by value → first screen"), QStringLiteral("≤ 100 ms"),
        number(sort, "ms", 2), QString(), atMost(sort, 100));
    const auto byEntity = m.ms(QStringLiteral("BM_SortByShownEntity/1000000/iterations:6"));
    row(QStringLiteral("sort 1M rows by entity, Russian names → first screen"),
        QStringLiteral("≤ 100 ms"), number(byEntity, "ms", 2), QString(), atMost(byEntity, 100));
    const auto clear = m.ms(QStringLiteral("BM_ClearSearch/1000000/iterations:5"));
    row(QStringLiteral("clear a search, 1M rows"), QStringLiteral("≤ 16 ms"),
        number(clear, "ms", 2), QString(), atMost(clear, 16));
    const auto chart = m.ms(QStringLiteral("BM_CountryTrendTenByTenThousand/iterations:10"));
    row(QStringLiteral("trend chart, 10 × 10k points, built"), QStringLiteral("≤ 50 ms"),
        number(chart, "ms"),
        QStringLiteral("bare QChart, same lines: ") +
            number(m.ms(QStringLiteral("BM_Baseline_BareChartReplace/iterations:10")), "ms"),
        atMost(chart, 50));
    const auto import = m.counter(QStringLiteral("BM_ImportGenerated1M/iterations:1/repeats:1"),
                                  QStringLiteral("items_per_second"));
    const auto raw =
        m.counter(QStringLiteral("BM_BaselineRawSqliteGenerated1M/iterations:1/repeats:3"),
                  QStringLiteral("items_per_second"));
    row(QStringLiteral("import, generated 1M-row OWID-shaped CSV"), QStringLiteral("≥ 500k rows/s"),
        import ? QStringLiteral("%1k rows/s").arg(*import / 1000, 0, 'f', 0)
               : QStringLiteral("not run"),
        raw ? QStringLiteral("raw sqlite3 inserts: %1k rows/s").arg(*raw / 1000, 0, 'f', 0)
            : QString(),
        import ? std::optional<bool>(*import >= 500'000) : std::nullopt);
    const auto bare = m.ms(QStringLiteral("BM_StartupBaselineWindow/iterations:10/manual_time"));
    for (const char *run : {"BM_StartupDashboard", "BM_StartupDashboardMillionRows"}) {
        const auto dashboard =
            m.ms(QStringLiteral("%1/iterations:10/manual_time").arg(QLatin1String(run)));
        const std::optional<double> ratio =
            dashboard && bare ? std::optional<double>(*dashboard / *bare) : std::nullopt;
        row(QStringLiteral("cold start → first paint%1")
                .arg(qstrcmp(run, "BM_StartupDashboard") ? QStringLiteral(", 1M-row store")
                                                         : QString()),
            QStringLiteral("≤ 1.5× the bare program"),
            number(dashboard, "ms") + QStringLiteral(" (") + number(ratio, "×", 2) + u')',
            QStringLiteral("bare QMainWindow + QChartView: ") + number(bare, "ms"),
            atMost(ratio, 1.5));
    }
    commandRows(m);
    factRows(m);
    const auto extract = m.ms(QStringLiteral("BM_Extract5000Words/iterations:20"));
    row(QStringLiteral("extract the figures of a 5,000-word article"), QStringLiteral("≤ 100 ms"),
        number(extract, "ms", 2),
        QStringLiteral("splitting it into sentences alone: ") +
            number(m.ms(QStringLiteral("BM_Baseline_SplitSentences5000Words/iterations:20")), "ms",
                   2),
        atMost(extract, 100));
    const std::optional<double> peak =
        m.session.contains(QStringLiteral("peak_rss_mb"))
            ? std::optional<double>(m.session.value(QStringLiteral("peak_rss_mb")).toDouble())
            : std::nullopt;
    row(QStringLiteral("peak RSS, Xvfb session (open 1M, search, scroll, copy)"),
        QStringLiteral("≤ 150 MB"), number(peak, "MB", 0), QString(), atMost(peak, 150));
    teamStoreRows(m);
    return 0;
}
