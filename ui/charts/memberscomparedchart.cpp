// SPDX-License-Identifier: MIT
#include "memberscomparedchart.h"

#include "format/factformatter.h"
#include "models/countryselection.h"
#include "models/seriesmodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

MembersComparedChart::MembersComparedChart(SeriesModel *series, CountrySelection *selection,
                                           QObject *parent)
    : DashboardChart(parent)
    , m_selection(selection)
{
    watchModel(series);
    connect(selection, &CountrySelection::changed, this, &DashboardChart::scheduleRefresh);
    // The value labels follow the bars wherever a layout puts them.
    connect(chartObject(), &QChart::plotAreaChanged, this, &MembersComparedChart::placeValueLabels);
    scheduleRefresh();
}

int MembersComparedChart::barsThatFit(qreal width, qreal fontScale, qreal valueWidth)
{
    if (width < kLaidOut)
        return std::numeric_limits<int>::max(); // not laid out yet: bounded once it is
    // The value axis takes about 130 px; a bar needs room for a code and its value label,
    // with air between neighbouring labels.
    const qreal slot = std::max(40 * fontScale, valueWidth + 10);
    return std::max(kMinBars, int((width - 130 * fontScale) / slot));
}

QString MembersComparedChart::sourceLine() const
{
    const QString sources = DashboardChart::sourceLine();
    if (m_bars.size() >= m_allBars.size())
        return sources;
    return tr("Largest %1 of %2 countries; Countries chooses which · %3")
        .arg(QLocale().toString(m_bars.size()), QLocale().toString(m_allBars.size()), sources);
}

// The width one bar's slot has, from the chart's width less the value axis' title and labels:
// known before the chart is laid out, so an export decides at its own size.
qreal MembersComparedChart::barRoom() const
{
    const qreal valueAxis = 130 * m_theme.fontScale; // its title and labels grow with the text
    return m_bars.isEmpty()
               ? 0
               : std::max(0.0, chartObject()->size().width() - valueAxis) / m_bars.size();
}

// Names and value labels that are wider than a bar's slot would be cut ("Kazak…") or run
// into their neighbours: then the bars are named by code and the labels drop the unit.
void MembersComparedChart::fitLabels(const QStringList &names, const QFont &namesFont,
                                     const QString &widestValue, const QFont &valuesFont)
{
    // QtCharts sets a label in a text item with margins, and a little air between neighbours.
    const qreal room = barRoom() - 12;
    const QFontMetricsF nameMetrics(namesFont);
    qreal widestName = 0;
    for (const QString &name : names)
        widestName = std::max(widestName, nameMetrics.horizontalAdvance(name));
    m_abbreviated = room > 0 && widestName > room;
    m_shortYears = room > 0 && nameMetrics.horizontalAdvance(QStringLiteral("2000")) > room;
    m_unitsLeftOut = room > 0 && QFontMetricsF(valuesFont).horizontalAdvance(widestValue) > room;
}

// The bars' names (by code where the names would not fit, with their years when the years
// differ) and the value labels' format (the unit left out where it would not fit), for the
// chart's size: set at the build and again, in place, after a resize.
void MembersComparedChart::relabel()
{
    if (!m_countryAxis || !m_series || m_series->barSets().isEmpty())
        return;
    // A chart that grew or shrank past a bar's room draws more or fewer bars, in place.
    const int fits = barsThatFit(chart()->size().width(), m_theme.fontScale, m_valueWidth);
    if (fits != m_capacity && (fits < m_allBars.size() || m_capacity < m_allBars.size())) {
        m_capacity = fits;
        setBars();
        QMetaObject::invokeMethod(this, &DashboardChart::rebuilt, Qt::QueuedConnection);
    }
    QStringList names;
    for (const Bar &b : std::as_const(m_bars))
        names << b.entity;
    fitLabels(names, m_countryAxis->labelsFont(), m_widestValue,
              m_series->barSets().first()->labelFont());
    const bool differ = yearsDiffer();
    QStringList categories;
    for (const Bar &b : std::as_const(m_bars)) {
        const QString name = (m_abbreviated ? b.code : b.entity).toHtmlEscaped();
        const QString year = m_shortYears
                                 ? QStringLiteral("’%1").arg(b.year % 100, 2, 10, QChar(u'0'))
                                 : QString::number(b.year);
        categories << (differ ? tr("%1<br>%2").arg(name, year) : name);
    }
    if (categories != m_countryAxis->categories())
        m_countryAxis->setCategories(categories);
    for (qsizetype i = 0; i < m_valueLabels.size(); ++i)
        m_valueLabels.at(i)->setText(valueText(m_bars.at(i).value));
    if (m_valueAxis) {
        setValueAxisTitle(m_valueAxis, m_unit);
        fitHeadroom();
    }
    placeValueLabels();
}

void MembersComparedChart::setValueRange(QValueAxis *axis, double max) const
{
    const double step = niceStep(max, 5);
    axis->setRange(0.0, max);
    axis->setTickInterval(step);
    axis->setLabelFormat(valueLabelFormat(step, m_unit));
}

// The tallest bar's value label stands above it, never on it: in a short chart a fifth of
// headroom is less than the label's height, so the axis reaches as high as the label needs.
void MembersComparedChart::fitHeadroom()
{
    const qreal plot = chart()->plotArea().height();
    const qreal label = QFontMetricsF(m_series->barSets().first()->labelFont()).height() + 8;
    if (m_top <= 0 || plot < 3 * label)
        return; // not laid out yet
    const double max = std::ceil(std::max(m_top * 1.2, m_top / (1.0 - label / plot)));
    if (max != m_valueAxis->max())
        setValueRange(m_valueAxis, max);
}

QList<MembersComparedChart::Bar> MembersComparedChart::bars() const
{
    QList<Bar> bars;
    QHash<QString, qsizetype> indexOf;
    if (const Data::Series *s = m_selection->indicatorSeries()) {
        for (const Data::Observation &o : s->observations) {
            const QString code = CountrySelection::codeOf(o.entityCode, o.entity);
            if (o.entity.isEmpty() || !m_selection->isShown(code) ||
                !m_selection->isInYears(o.periodStart.year()))
                continue;
            const qsizetype at = indexOf.value(code, -1);
            if (at < 0) {
                indexOf.insert(code, bars.size());
                bars.append({o.entity, code, o.periodStart.year(), o.value});
            } else if (o.periodStart.year() > bars.at(at).year) {
                bars[at] = {o.entity, code, o.periodStart.year(), o.value};
            }
        }
    }
    std::sort(bars.begin(), bars.end(),
              [](const Bar &a, const Bar &b) { return a.value > b.value; });
    return bars;
}

bool MembersComparedChart::yearsDiffer() const
{
    const QList<Bar> all = bars();
    return std::any_of(all.cbegin(), all.cend(),
                       [&](const Bar &b) { return b.year != all.first().year; });
}

QString MembersComparedChart::title() const
{
    if (const Data::Series *s = m_selection->indicatorSeries()) {
        if (m_selection->showsNone())
            return tr("%1: no countries chosen; tick some under Countries").arg(s->label);
        const QList<Bar> all = bars();
        const QString who =
            m_selection->showsMembers() ? tr("SCO members compared") : tr("Countries compared");
        if (!all.isEmpty() && !yearsDiffer())
            return tr("%1: %2, %3").arg(who, s->label).arg(all.first().year);
        if (m_selection->hasYears())
            return tr("%1: %2, latest year, %3").arg(who, s->label, m_selection->yearsText());
        return tr("%1: %2, latest year").arg(who, s->label);
    }
    return tr("SCO members compared (import a country series with File › Import)");
}

QString MembersComparedChart::description() const
{
    QStringList lines;
    for (const Bar &b : bars())
        lines << tr("%1, %2: %3")
                     .arg(b.entity)
                     .arg(b.year)
                     .arg(QLocale::c().toString(b.value, 'g', QLocale::FloatingPointShortest));
    return lines.join(u'\n');
}

// The largest bars that fit (m_capacity) into the set, each with its value label: at the build,
// and in place when a resize changes how many fit (a rebuild would remove the axes, and
// QtCharts leaves a removed axis' labels drawn).
void MembersComparedChart::setBars()
{
    m_bars = m_allBars.mid(0, m_capacity);
    QBarSet *set = m_series->barSets().first();
    set->remove(0, set->count());
    for (const Bar &b : std::as_const(m_bars))
        set->append(b.value);
    qDeleteAll(m_valueLabels);
    m_valueLabels.clear();
    m_widestValue.clear();
    const QFontMetricsF valueMetrics(set->labelFont());
    for (const Bar &b : std::as_const(m_bars)) {
        const QString text = valueText(b.value);
        if (valueMetrics.horizontalAdvance(text) > valueMetrics.horizontalAdvance(m_widestValue))
            m_widestValue = text;
        auto *label = new QGraphicsSimpleTextItem(text, chart());
        label->setFont(set->labelFont());
        label->setBrush(m_theme.text);
        label->setZValue(10);
        label->setAcceptedMouseButtons(Qt::NoButton);
        label->setVisible(m_theme.valueLabels);
        m_valueLabels.append(label);
    }
}

// A bar's value as its label shows it: the analyst's decimals, or three significant digits
// (one decimal on the tallest bar); with "%" where the unit fits.
QString MembersComparedChart::valueText(double value) const
{
    const int decimals = m_selection->valueDecimals();
    const QString number = decimals == CountrySelection::kAutomaticDecimals
                               ? QLocale().toString(value, 'g', m_autoPrecision)
                               : QLocale().toString(value, 'f', decimals);
    return m_percent && !m_unitsLeftOut ? FactFormatter::percent(number) : number;
}

QStringList MembersComparedChart::valueLabels() const
{
    ensureBuilt();
    QStringList texts;
    for (const QGraphicsSimpleTextItem *label : m_valueLabels)
        texts << label->text();
    return texts;
}

// Each value label centred above its bar.
void MembersComparedChart::placeValueLabels()
{
    // Called from QtCharts' layout, also while a rebuild removes the old series: only a series
    // the chart still holds is asked, and the chart is not built from here.
    QChart *drawn = chartObject();
    if (!m_series || !drawn || !drawn->series().contains(m_series))
        return;
    for (qsizetype i = 0; i < m_valueLabels.size() && i < m_bars.size(); ++i) {
        QGraphicsSimpleTextItem *label = m_valueLabels.at(i);
        const QPointF top = drawn->mapToPosition(QPointF(qreal(i), m_bars.at(i).value), m_series);
        const QRectF box = label->boundingRect();
        label->setPos(top.x() - box.width() / 2, top.y() - box.height() - 2);
    }
}

void MembersComparedChart::rebuild()
{
    qDeleteAll(m_valueLabels);
    m_valueLabels.clear();
    m_series = nullptr;
    m_bars.clear();
    m_allBars.clear();
    const Data::Series *found = m_selection->indicatorSeries();
    if (!found || m_selection->showsNone()) // none: the title says what to do
        return;
    addSource(found->source);
    m_allBars = bars();
    const double top = m_allBars.isEmpty() ? 0.0 : m_allBars.first().value;
    // Automatic: one decimal on the tallest bar and as many significant digits on the others,
    // so the labels read at a glance.
    m_autoPrecision = int(std::floor(std::log10(std::max(1.0, top)))) + 2;
    m_percent = found->unit == u"%";
    m_unitsLeftOut = false;
    auto *set = new QBarSet(found->label);
    styleBarSet(set);
    QBarCategoryAxis *countries = countryAxis();
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(m_theme.barWidth);
    series->setLabelsVisible(false); // m_valueLabels: QtCharts' labels know no fixed decimals
    m_series = series;
    // The widest number any bar's label would have, which a bar's room must hold (its unit
    // is left out where it does not fit: fitLabels()).
    m_valueWidth = 0;
    m_unitsLeftOut = true;
    const QFontMetricsF valueMetrics(set->labelFont());
    for (const Bar &b : std::as_const(m_allBars))
        m_valueWidth = std::max(m_valueWidth, valueMetrics.horizontalAdvance(valueText(b.value)));
    m_unitsLeftOut = false;
    m_capacity = barsThatFit(chart()->size().width(), m_theme.fontScale, m_valueWidth);
    setBars();
    m_countryAxis = countries;
    chart()->addSeries(series);

    auto *valueAxis = new QValueAxis;
    // A fifth of headroom above the tallest bar for its value label, which is never cut or
    // shortened; ticks stay on round values, so a share's axis labels stop at 100%.
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0.0);
    styleAxis(valueAxis, QString()); // relabel()
    m_unit = found->unit;
    m_top = top;
    setValueRange(valueAxis, std::ceil(top * 1.2));
    m_valueAxis = valueAxis;
    chart()->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);
    chart()->addAxis(countries, Qt::AlignBottom);
    series->attachAxis(countries);
    relabel();
    connect(series, &QBarSeries::hovered, this,
            [this](bool status, int index, QBarSet *) { onHovered(status, index); });
    connect(series, &QBarSeries::clicked, this, [this, key = found->key](int index, QBarSet *) {
        if (index >= 0 && index < m_bars.size())
            emit observationActivated(key, m_bars.at(index).code, m_bars.at(index).year);
    });
}

// The axis of the bars' names, which relabel() sets.
QBarCategoryAxis *MembersComparedChart::countryAxis()
{
    const bool differ = yearsDiffer();
    auto *axis = new QBarCategoryAxis;
    styleAxis(axis, differ ? tr("Country and latest year") : tr("Country"));
    // Ten names side by side in a window: a little smaller than other axes. Exports and slides
    // (larger font scales) keep full size.
    if (m_theme.fontScale < 1.1) {
        QFont names = axis->labelsFont();
        names.setPointSizeF(names.pointSizeF() * 0.9);
        axis->setLabelsFont(names);
    }
    axis->setGridLineVisible(false);
    return axis;
}

void MembersComparedChart::onHovered(bool status, int index)
{
    if (!status || index < 0 || index >= m_bars.size()) {
        showToolTip({});
        return;
    }
    const Bar &b = m_bars.at(index);
    showToolTip(tr("<b>%1</b><br>%2: %3<br>%4")
                    .arg(b.entity.toHtmlEscaped())
                    .arg(b.year)
                    .arg(QLocale().toString(b.value, 'g', QLocale::FloatingPointShortest),
                         sourceLine().toHtmlEscaped()));
}
