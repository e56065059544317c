// SPDX-License-Identifier: MIT
#include "memberscomparedchart.h"

#include "format/factformatter.h"
#include "models/countryselection.h"
#include "models/seriesmodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

MembersComparedChart::MembersComparedChart(SeriesModel *series, CountrySelection *selection,
                                           QObject *parent)
    : DashboardChart(parent)
    , m_selection(selection)
{
    watchModel(series);
    connect(selection, &CountrySelection::changed, this, &DashboardChart::scheduleRefresh);
    scheduleRefresh();
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

void MembersComparedChart::rebuild()
{
    m_bars.clear();
    const Data::Series *found = m_selection->indicatorSeries();
    if (!found || m_selection->showsNone()) // none: the title says what to do
        return;
    addSource(found->source);
    m_bars = bars();
    const bool differ = yearsDiffer();
    auto *set = new QBarSet(found->label);
    styleBarSet(set);
    QStringList categories;
    double top = 0.0;
    for (const Bar &b : std::as_const(m_bars)) {
        set->append(b.value);
        categories << (differ ? tr("%1<br>%2").arg(b.entity.toHtmlEscaped()).arg(b.year)
                              : b.entity.toHtmlEscaped());
        top = std::max(top, b.value);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(m_theme.barWidth);
    series->setLabelsVisible(m_theme.valueLabels);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(found->unit == u"%" ? FactFormatter::percent(QStringLiteral("@value"))
                                                : QStringLiteral("@value"));
    // One decimal on the tallest bar and as many significant digits on the others, so the labels
    // read at a glance; the tooltip, the source pane and the table keep every digit.
    series->setLabelsPrecision(int(std::floor(std::log10(std::max(1.0, top)))) + 2);
    chart()->addSeries(series);

    auto *valueAxis = new QValueAxis;
    // A fifth of headroom above the tallest bar for its value label, which is never cut or
    // shortened; ticks stay on round values, so a share's axis labels stop at 100%.
    const double step = niceStep(top, 5);
    valueAxis->setRange(0.0, std::ceil(top * 1.2));
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0.0);
    valueAxis->setTickInterval(step);
    valueAxis->setLabelFormat(valueLabelFormat(step, found->unit));
    styleAxis(valueAxis, found->unit.isEmpty()
                             ? tr("Value")
                             : tr("Value (%1)").arg(FactFormatter::unitSymbol(found->unit)));
    chart()->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    styleAxis(categoryAxis, differ ? tr("Country and latest year") : tr("Country"));
    // Ten names side by side in a window: a little smaller than other axes, so "Kazakhstan"
    // fits its slot. Exports and slides (larger font scales) have the room and keep full size.
    if (m_theme.fontScale < 1.1) {
        QFont names = categoryAxis->labelsFont();
        names.setPointSizeF(names.pointSizeF() * 0.9);
        categoryAxis->setLabelsFont(names);
    }
    categoryAxis->setGridLineVisible(false);
    chart()->addAxis(categoryAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    connect(series, &QBarSeries::hovered, this,
            [this](bool status, int index, QBarSet *) { onHovered(status, index); });
    connect(series, &QBarSeries::clicked, this, [this, key = found->key](int index, QBarSet *) {
        if (index >= 0 && index < m_bars.size())
            emit observationActivated(key, m_bars.at(index).code, m_bars.at(index).year);
    });
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
