// SPDX-License-Identifier: MIT
#include "countrytrendchart.h"

#include "charts/linedecimator.h"
#include "columnlegend.h"
#include "format/factformatter.h"
#include "format/plaintext.h"
#include "models/countryselection.h"
#include "models/seriesmodel.h"

#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScopeGuard>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// The country a line draws, as data; the line's name is that text escaped for the legend.
constexpr char kEntityProperty[] = "scoEntity";

} // namespace

CountryTrendChart::CountryTrendChart(SeriesModel *series, CountrySelection *selection,
                                     QObject *parent)
    : DashboardChart(parent)
    , m_selection(selection)
{
    watchModel(series);
    connect(selection, &CountrySelection::changed, this, &DashboardChart::scheduleRefresh);
    scheduleRefresh();
}

const Data::Series *CountryTrendChart::shownSeries() const
{
    return m_selection->indicatorSeries();
}

QString CountryTrendChart::title() const
{
    const Data::Series *series = shownSeries();
    if (!series)
        return tr("Country series (import one with File › Import)");
    if (m_selection->showsNone())
        return tr("%1: no countries chosen; tick some under Countries").arg(series->label);
    if (m_selection->hasYears())
        return tr("%1, by country, %2").arg(series->label, m_selection->yearsText());
    return tr("%1, by country").arg(series->label);
}

QPen CountryTrendChart::linePen(const ChartTheme &theme, int index)
{
    QPen pen(theme.color(index), 2.0 * theme.lineScale);
    const int round = index / int(theme.palette.size());
    pen.setStyle(round == 0 ? Qt::SolidLine : round == 1 ? Qt::DashLine : Qt::DotLine);
    return pen;
}

QStringList CountryTrendChart::lineNames() const
{
    QStringList names;
    for (QAbstractSeries *s : chart()->series())
        names << s->property(kEntityProperty).toString();
    return names;
}

QList<QPointF> CountryTrendChart::pointsOf(const QString &entity) const
{
    for (QAbstractSeries *s : chart()->series()) {
        if (s->property(kEntityProperty).toString() == entity)
            return static_cast<QLineSeries *>(s)->points();
    }
    return {};
}

QString CountryTrendChart::description() const
{
    const Data::Series *series = shownSeries();
    if (!series)
        return {};
    QStringList lines;
    for (const Data::Observation &o : series->observations) {
        if (m_selection->isShown(CountrySelection::codeOf(o.entityCode, o.entity)))
            lines << tr("%1, %2: %3 %4")
                         .arg(o.entity, o.periodLabel,
                              QLocale::c().toString(o.value, 'g', QLocale::FloatingPointShortest),
                              series->unit);
    }
    return lines.join(u'\n');
}

void CountryTrendChart::rebuild()
{
    const Data::Series *series = shownSeries();
    const bool drawn = series && !m_selection->showsNone(); // none: the title says what to do
    // QLegend keeps the room beside the plot, empty; ColumnLegend names the lines in it.
    chart()->legend()->setAlignment(Qt::AlignRight);
    chart()->legend()->setVisible(drawn);
    ensureLegend();
    m_legendLines.clear();
    m_legendCodes.clear();
    QList<ColumnLegend::Entry> entries;
    const auto finish = qScopeGuard([&] {
        m_legend->setEntries(entries);
        m_legend->setVisible(!entries.isEmpty());
        reserveLegend();
    });
    if (!drawn)
        return;
    addSource(series->source);
    // A time axis rather than a value axis of years, which would print 2,023 in most locales.
    auto *years = new QDateTimeAxis;
    years->setFormat(QStringLiteral("yyyy"));
    styleAxis(years, tr("Year"));
    auto *values = new QValueAxis;
    styleAxis(values, QString()); // relabel()
    m_valueAxis = values;
    m_unit = series->unit;
    relabel();
    chart()->addAxis(years, Qt::AlignBottom);
    chart()->addAxis(values, Qt::AlignLeft);

    int minYear = 9999, maxYear = 0;
    double top = 0, bottom = 0;
    int index = 0;
    const QHash<QString, QList<QPointF>> byCountry = pointsByCountry(*series);
    const QSet<QString> kept = highestLines(byCountry);
    m_totalLines = byCountry.size();
    m_shownLines = kept.size();
    // Wider than any screen: the decimated line keeps every pixel column's extremes.
    const int columns = std::max(2000, int(chart()->plotArea().width()));
    const QHash<QString, int> places = m_selection->colourSlots();
    for (const auto &[code, name] : m_selection->countriesOfIndicator()) {
        if (!m_selection->isShown(code) || !kept.contains(code))
            continue;
        const QList<QPointF> points = byCountry.value(code);
        auto *line = new QLineSeries;
        line->setName(PlainText::html(name)); // the legend renders rich text
        line->setProperty(kEntityProperty, name);
        line->setPen(linePen(m_theme, places.value(code)));
        ++index;
        // One prepared list per line, never point by point.
        line->replace(LineDecimator::minMaxPerColumn(points, columns));
        for (const QPointF &p : std::as_const(points)) {
            minYear = std::min(minYear, yearOf(p.x()));
            maxYear = std::max(maxYear, yearOf(p.x()));
            top = std::max(top, p.y());
            bottom = std::min(bottom, p.y());
        }
        chart()->addSeries(line);
        line->attachAxis(years);
        line->attachAxis(values);
        line->setVisible(!m_hiddenCodes.contains(code));
        entries.append({name, line->pen(), line->isVisible()});
        for (QLegendMarker *marker : chart()->legend()->markers(line))
            marker->setVisible(false);
        m_legendLines.append(line);
        m_legendCodes.append(code);
        connect(line, &QLineSeries::hovered, this,
                [this, line](const QPointF &p, bool state) { onHovered(line, p, state); });
        connect(line, &QLineSeries::clicked, this,
                [this, line, code, key = series->key](const QPointF &p) {
                    emit observationActivated(key, code, yearOf(nearestPoint(line, p).x()));
                });
    }
    if (index == 0)
        return;
    // Ticks a round number of years apart, at mid-year, so no tick lands beside a new year.
    const int span = std::max(1, maxYear - minYear);
    int step = 1;
    for (int round : {1, 2, 5, 10, 20, 25, 50, 100, 250, 500, 1000}) {
        step = round;
        if ((span + step - 1) / step <= 8)
            break;
    }
    const int ticks = (span + step - 1) / step;
    years->setRange(
        QDateTime::fromMSecsSinceEpoch(qint64(midYear(minYear)), Qt::UTC),
        QDateTime::fromMSecsSinceEpoch(qint64(midYear(minYear + ticks * step)), Qt::UTC));
    years->setTickCount(ticks + 1);
    values->setRange(std::floor(bottom), series->unit == u"%" ? std::max(100.0, std::ceil(top))
                                                              : std::ceil(top * 1.05));
    values->applyNiceNumbers();
    values->setLabelFormat(valueLabelFormat(
        (values->max() - values->min()) / std::max(1, values->tickCount() - 1), series->unit));
}

void CountryTrendChart::relabel()
{
    if (m_valueAxis)
        setValueAxisTitle(m_valueAxis, m_unit);
}

void CountryTrendChart::ensureLegend()
{
    if (m_legend)
        return;
    m_legend = new ColumnLegend(chart());
    // Two legend columns add to QtCharts' minimum width, which would otherwise stop an
    // export's resize short of its size; the chart takes the size it is given.
    chart()->setMinimumSize(QSizeF(1, 1));
    // A hidden line keeps its legend entry, greyed, so a second click brings it back.
    connect(m_legend, &ColumnLegend::clicked, this, [this](int index) {
        QLineSeries *line = m_legendLines.value(index);
        if (!line)
            return;
        const QString code = m_legendCodes.at(index);
        const bool shown = m_hiddenCodes.contains(code);
        if (shown)
            m_hiddenCodes.remove(code);
        else
            m_hiddenCodes.insert(code);
        line->setVisible(shown);
        m_legend->setShown(index, shown);
    });
    connect(chart(), &QGraphicsWidget::geometryChanged, this, &CountryTrendChart::reserveLegend);
}

// The legend's room is QLegend's, so the title keeps the chart's whole width: its width is set
// when the chart is resized or rebuilt, before QtCharts lays the chart out (a size changed
// during the layout left an export's plot at half its height). It starts where the plot about
// starts, below the title, and always fits above the chart's bottom.
void CountryTrendChart::reserveLegend()
{
    m_legend->setFont(chart()->legend()->font()); // the theme's (applyChartTheme)
    m_legend->setColors(m_theme.text, m_theme.mutedText);
    const qreal title =
        chart()->title().isEmpty() ? 0.0 : 2.0 * QFontMetricsF(chart()->titleFont()).height();
    const qreal height =
        chart()->size().height() - chart()->margins().top() - title - kLegendPadding;
    if (height < 2 * QFontMetricsF(chart()->legend()->font()).height())
        return; // not laid out yet (an export's chart starts at 1×1): nothing to fit
    // At most about two fifths of the chart, so the plot keeps the rest.
    m_legend->fitWidth(height, chart()->size().width() * kLegendShare - 2 * kLegendPadding);
    const qreal width = m_legend->widthFor(height) + 2 * kLegendPadding;
    QLegend *room = chart()->legend();
    if (!qFuzzyCompare(room->minimumWidth(), width) ||
        !qFuzzyCompare(room->maximumWidth(), width)) {
        room->setMinimumWidth(width);
        room->setMaximumWidth(width);
        // Set while the window lays the chart out (its first show), the new width would wait
        // for the next resize: the plot ran on under the legend. Lay out again once this
        // layout is done.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (QGraphicsLayout *layout = chart()->layout())
                    layout->invalidate();
            },
            Qt::QueuedConnection);
    }
    // Placed from the chart's size alone, not from the plot area, which QtCharts updates later.
    const qreal right = chart()->size().width() - chart()->margins().right() - kLegendPadding;
    const qreal columns = width - 2 * kLegendPadding;
    m_legend->layoutIn(QRectF(right - columns, chart()->size().height() - kLegendPadding - height,
                              columns, height));
}

const ColumnLegend *CountryTrendChart::columnLegend() const
{
    return m_legend;
}

// Every shown country's points in one pass over the series, in period order.
// The countries of BYCOUNTRY with a line: all of them, or past kMaxLines, those with the
// highest latest values.
QSet<QString> CountryTrendChart::highestLines(const QHash<QString, QList<QPointF>> &byCountry)
{
    QList<std::pair<double, QString>> latest;
    for (auto it = byCountry.cbegin(); it != byCountry.cend(); ++it)
        latest.append({it.value().isEmpty() ? -std::numeric_limits<double>::infinity()
                                            : it.value().last().y(),
                       it.key()});
    std::sort(latest.begin(), latest.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QSet<QString> kept;
    for (qsizetype i = 0; i < latest.size() && i < kMaxLines; ++i)
        kept.insert(latest.at(i).second);
    return kept;
}

QString CountryTrendChart::sourceLine() const
{
    const QString sources = DashboardChart::sourceLine();
    if (m_shownLines >= m_totalLines)
        return sources;
    return tr("The %1 of %2 countries with the highest latest values; Countries chooses which · "
              "%3")
        .arg(QLocale().toString(m_shownLines), QLocale().toString(m_totalLines), sources);
}

QHash<QString, QList<QPointF>> CountryTrendChart::pointsByCountry(const Data::Series &series) const
{
    QHash<QString, QList<QPointF>> points;
    // A country's rows come together: its code is looked up once per run of rows, not per row.
    QString runCode;
    QList<QPointF> *run = nullptr;
    bool first = true;
    for (const Data::Observation &o : series.observations) {
        const QString &code = o.entityCode.isEmpty() ? o.entity : o.entityCode; // codeOf()
        if (first || code != runCode) {
            first = false;
            runCode = code;
            run = m_selection->isShown(code) ? &points[code] : nullptr;
        }
        if (run && m_selection->isInYears(o.periodStart.year()))
            run->append({midYear(o.periodStart.year()), o.value});
    }
    for (QList<QPointF> &line : points)
        std::stable_sort(line.begin(), line.end(),
                         [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    return points;
}

qreal CountryTrendChart::midYear(int year)
{
    return timeOf(QDate(year, 7, 1));
}

QPointF CountryTrendChart::nearestPoint(const QLineSeries *line, const QPointF &point)
{
    const QList<QPointF> points = line->points();
    const auto nearest = std::min_element(points.cbegin(), points.cend(), [&](auto a, auto b) {
        return std::abs(a.x() - point.x()) < std::abs(b.x() - point.x());
    });
    return nearest == points.cend() ? point : *nearest;
}

int CountryTrendChart::yearOf(qreal time)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(time), Qt::UTC).date().year();
}

void CountryTrendChart::onHovered(QLineSeries *line, const QPointF &point, bool state)
{
    const Data::Series *series = shownSeries();
    if (!state || !series || line->count() == 0) {
        showToolTip({});
        return;
    }
    const QPointF nearest = nearestPoint(line, point);
    showToolTip(tr("<b>%1</b><br>%2, %3: %4 %5<br>%6")
                    .arg(PlainText::html(line->property(kEntityProperty).toString()),
                         PlainText::html(series->label))
                    .arg(yearOf(nearest.x()))
                    .arg(QLocale().toString(nearest.y(), 'g', QLocale::FloatingPointShortest),
                         series->unit.toHtmlEscaped(),
                         FactFormatter::sourceLine(series->source).toHtmlEscaped()));
}
