// SPDX-License-Identifier: MIT
#include "trendchart.h"

#include "format/factformatter.h"
#include "models/facttablemodel.h"
#include "models/seriesmodel.h"

#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

TrendChart::TrendChart(SeriesModel *series, FactTableModel *facts, QObject *parent)
    : DashboardChart(parent)
    , m_series(series)
    , m_facts(facts)
{
    watchModel(series);
    watchModel(facts);
    connect(chart(), &QChart::plotAreaChanged, this, &TrendChart::placeAnnotation);
    scheduleRefresh();
}

// The article's own series have no entity. Country series (the built-in SCO context series
// and imports) span decades and dozens of lines, so they are not drawn over the article's two
// points.
bool TrendChart::shows(const Data::Series &series)
{
    return !series.onDemand &&
           std::all_of(series.observations.cbegin(), series.observations.cend(),
                       [](const Data::Observation &o) { return o.entity.isEmpty(); });
}

QString TrendChart::title() const
{
    const QList<Data::Series> &all = m_series->series();
    const auto shown = std::count_if(all.cbegin(), all.cend(), &TrendChart::shows);
    if (shown == 1)
        return std::find_if(all.cbegin(), all.cend(), &TrendChart::shows)->label;
    return tr("Trends");
}

QList<QPointF> TrendChart::pointsOf(const QString &seriesKey) const
{
    for (QAbstractSeries *s : chart()->series()) {
        auto *line = qobject_cast<QLineSeries *>(s);
        if (line && line->property("seriesKey").toString() == seriesKey)
            return line->points();
    }
    return {};
}

QString TrendChart::sourceLine() const
{
    for (int row = 0; row < m_series->rowCount(); ++row) {
        if (m_series->observationAt(row)->derived)
            return tr("%1 · Hollow points are derived from stated figures")
                .arg(DashboardChart::sourceLine());
    }
    return DashboardChart::sourceLine();
}

QString TrendChart::annotationText() const
{
    ensureBuilt();
    return m_annotation ? m_annotation->text() : QString();
}

QString TrendChart::description() const
{
    QStringList lines;
    for (int row = 0; row < m_series->rowCount(); ++row) {
        const Data::Series &s = *m_series->seriesOfRow(row);
        const Data::Observation &o = *m_series->observationAt(row);
        if (!shows(s))
            continue;
        const Data::Fact *fact = m_facts->factAt(m_facts->rowOfKey(o.factKey));
        lines << tr("%1, %2%3: %4 %5%6")
                     .arg(s.label, o.entity.isEmpty() ? QString() : o.entity + QStringLiteral(", "),
                          o.periodLabel, QLocale::c().toString(o.value), s.unit,
                          fact ? QStringLiteral(" — \"%1\"").arg(fact->quote) : QString());
    }
    return lines.join(u'\n');
}

void TrendChart::rebuild()
{
    m_points.clear();
    m_ring = nullptr;    // deleted with the other series by clearChart()
    delete m_annotation; // a child item of the chart, not removed by clearChart()
    m_annotation = nullptr;
    QList<Data::Series> all;
    for (const Data::Series &s : m_series->series()) {
        if (shows(s))
            all.append(s);
    }
    QStringList units;
    for (const Data::Series &s : all) {
        if (!units.contains(s.unit))
            units << s.unit;
    }
    QDate first, last;
    for (const Data::Series &s : all) {
        for (const Data::Observation &o : s.observations) {
            first = first.isValid() ? std::min(first, o.periodEnd) : o.periodEnd;
            last = last.isValid() ? std::max(last, o.periodEnd) : o.periodEnd;
        }
        if (!all.isEmpty())
            addSource(s.source);
    }
    QAbstractAxis *timeAxis = calendarAxis(first, last);
    styleAxis(timeAxis, tr("End of period (month, year)"));
    chart()->addAxis(timeAxis, Qt::AlignBottom);

    for (int i = 0; i < units.size(); ++i) {
        auto *axis = new QValueAxis;
        axis->setProperty("unit", units.at(i));
        styleAxis(axis, tr("Value (%1)").arg(FactFormatter::unitSymbol(units.at(i))));
        axis->setLabelFormat(units.at(i) == u"%" ? QStringLiteral("%.0f%")
                                                 : QStringLiteral("%.0f"));
        chart()->addAxis(axis, i % 2 == 0 ? Qt::AlignLeft : Qt::AlignRight);
    }
    for (int s = 0, color = 0; s < m_series->series().size(); ++s) {
        if (shows(m_series->series().at(s)))
            addSeries(s, color++);
    }
    chart()->legend()->setVisible(all.size() > 1);
    addSelectionRing();
    addAnnotation();
    setHighlightedFact(m_highlighted);
}

void TrendChart::addSeries(int seriesIndex, int colorIndex)
{
    const Data::Series &data = m_series->series().at(seriesIndex);
    const QColor color = m_theme.color(colorIndex);
    auto *line = new QLineSeries;
    line->setName(data.label);
    line->setProperty("seriesKey", data.key);
    line->setPen(QPen(color, 2.5 * m_theme.lineScale));
    auto *stated = new QScatterSeries;
    auto *derived = new QScatterSeries;
    for (QScatterSeries *points : {stated, derived}) {
        points->setMarkerSize(11.0 * m_theme.lineScale);
        points->setPen(QPen(color, 2.0 * m_theme.lineScale));
        points->setSelectedColor(m_theme.highlight);
        points->setPointLabelsVisible(true);
        points->setPointLabelsColor(m_theme.text);
        QFont font = points->pointLabelsFont();
        font.setPointSizeF(10.0 * m_theme.fontScale);
        font.setBold(true);
        points->setPointLabelsFont(font);
        points->setPointLabelsFormat(data.unit == u"%" ? QStringLiteral("@yPoint%")
                                                       : QStringLiteral("@yPoint ") + data.unit);
    }
    stated->setBrush(color);
    derived->setBrush(m_theme.background);
    stated->setName(tr("Stated"));
    derived->setName(tr("Derived"));

    QList<QPointF> linePoints;
    QList<QPointF> statedPoints, derivedPoints;
    int firstRow = 0;
    for (int s = 0; s < seriesIndex; ++s)
        firstRow += int(m_series->series().at(s).observations.size());
    for (int i = 0; i < data.observations.size(); ++i) {
        const Data::Observation &o = data.observations.at(i);
        const QPointF p(timeOf(o.periodEnd), o.value);
        linePoints << p;
        QScatterSeries *target = o.derived ? derived : stated;
        m_points.append(
            {target, int((o.derived ? derivedPoints : statedPoints).size()), firstRow + i});
        (o.derived ? derivedPoints : statedPoints) << p;
    }
    line->replace(linePoints);
    stated->replace(statedPoints);
    derived->replace(derivedPoints);

    QValueAxis *valueAxis = nullptr;
    for (QAbstractAxis *axis : chart()->axes(Qt::Vertical)) {
        if (axis->property("unit").toString() == data.unit)
            valueAxis = qobject_cast<QValueAxis *>(axis);
    }
    double top = 0.0, bottom = 0.0;
    for (const QPointF &p : linePoints) {
        top = std::max(top, p.y());
        bottom = std::min(bottom, p.y());
    }
    if (valueAxis) {
        // Headroom for the point labels, unless it would overflow (a value near 1e308).
        const double low = std::isfinite(bottom * 1.25) ? bottom * 1.25 : bottom;
        const double high = std::isfinite(top * 1.3) ? top * 1.3 : top;
        valueAxis->setRange(std::min(valueAxis->min(), std::floor(low)),
                            std::max(valueAxis->max(), std::ceil(high)));
        valueAxis->applyNiceNumbers();
    }
    for (QXYSeries *series : {static_cast<QXYSeries *>(line), static_cast<QXYSeries *>(stated),
                              static_cast<QXYSeries *>(derived)}) {
        chart()->addSeries(series);
        series->attachAxis(chart()->axes(Qt::Horizontal).first());
        if (valueAxis)
            series->attachAxis(valueAxis);
    }
    for (QScatterSeries *points : {stated, derived}) {
        connect(points, &QScatterSeries::hovered, this,
                [this, points](const QPointF &p, bool state) { onPointHovered(p, state, points); });
        // Queued: selecting a point inside QtCharts' own press handling crashes Qt 6.4 on the
        // release that follows.
        connect(
            points, &QScatterSeries::clicked, this,
            [this, points](const QPointF &p) {
                const int row = modelRowAt(points, p);
                const Data::Observation *o = m_series->observationAt(row);
                if (o && !o->factKey.isEmpty())
                    emit factActivated(o->factKey);
            },
            Qt::QueuedConnection);
        chart()->legend()->markers(points).first()->setVisible(false);
    }
}

void TrendChart::addSelectionRing()
{
    m_ring = new QScatterSeries;
    m_ring->setName(tr("Selected"));
    m_ring->setMarkerSize(19.0 * m_theme.lineScale);
    m_ring->setBrush(Qt::NoBrush);
    m_ring->setPen(QPen(m_theme.highlight, 3.0 * m_theme.lineScale));
    chart()->addSeries(m_ring);
    const QList<QAbstractAxis *> horizontal = chart()->axes(Qt::Horizontal);
    const QList<QAbstractAxis *> vertical = chart()->axes(Qt::Vertical);
    if (!horizontal.isEmpty() && !vertical.isEmpty()) {
        m_ring->attachAxis(horizontal.first());
        m_ring->attachAxis(vertical.first());
    }
    chart()->legend()->markers(m_ring).first()->setVisible(false);
}

// A stated percentage-point change belongs to the point whose fact has the same category
// and period: "3.4 percentage points higher" sits beside Jan–May 2025.
void TrendChart::addAnnotation()
{
    for (int row = 0; row < m_series->rowCount(); ++row) {
        const Data::Observation &o = *m_series->observationAt(row);
        const Data::Fact *pointFact = m_facts->factAt(m_facts->rowOfKey(o.factKey));
        if (!pointFact)
            continue;
        for (const Data::Fact &change : m_facts->facts()) {
            if (change.unit != u"pp" || change.derived || change.category != pointFact->category ||
                change.periodEnd != pointFact->periodEnd)
                continue;
            m_annotation = new QGraphicsSimpleTextItem(chart());
            m_annotation->setText(tr("%1 on a year earlier (stated)")
                                      .arg(FactFormatter::signedValueWithUnit(change)));
            QFont font = m_annotation->font();
            font.setPointSizeF(11.0 * m_theme.fontScale);
            font.setBold(true);
            m_annotation->setFont(font);
            m_annotation->setBrush(m_theme.text);
            m_annotation->setZValue(10);
            m_annotationAnchor = QPointF(timeOf(o.periodEnd), o.value);
            placeAnnotation();
            return;
        }
    }
}

void TrendChart::placeAnnotation()
{
    if (!m_annotation || chart()->axes(Qt::Horizontal).isEmpty() ||
        chart()->axes(Qt::Vertical).isEmpty())
        return;
    // Computed from the axes' ranges rather than QChart::mapToPosition(), whose domain lags
    // behind range changes until the next layout.
    const auto *timeAxis = qobject_cast<QValueAxis *>(chart()->axes(Qt::Horizontal).first());
    const auto *valueAxis = qobject_cast<QValueAxis *>(chart()->axes(Qt::Vertical).first());
    const QRectF plot = chart()->plotArea();
    const qreal t0 = timeAxis->min();
    const qreal t1 = timeAxis->max();
    if (t1 <= t0 || valueAxis->max() <= valueAxis->min())
        return;
    const QPointF at(plot.left() + (m_annotationAnchor.x() - t0) / (t1 - t0) * plot.width(),
                     plot.bottom() - (m_annotationAnchor.y() - valueAxis->min()) /
                                         (valueAxis->max() - valueAxis->min()) * plot.height());
    const QRectF box = m_annotation->boundingRect();
    // Above and to the left of its point: a rising line stays below this corner, and the gap
    // keeps clear of the point's own value label.
    m_annotation->setPos(at.x() - box.width() - 30.0 * m_theme.fontScale,
                         at.y() - box.height() - 4.0 * m_theme.fontScale);
}

int TrendChart::modelRowAt(QScatterSeries *series, const QPointF &point) const
{
    for (const PointRef &ref : m_points) {
        if (ref.series == series && ref.series->at(ref.index) == point)
            return ref.modelRow;
    }
    return -1;
}

void TrendChart::onPointHovered(const QPointF &point, bool state, QScatterSeries *series)
{
    const int row = modelRowAt(series, point);
    const Data::Observation *o = m_series->observationAt(row);
    if (!state || !o) {
        showToolTip({});
        return;
    }
    const Data::Series &s = *m_series->seriesOfRow(row);
    const Data::Fact *fact = m_facts->factAt(m_facts->rowOfKey(o->factKey));
    QString text = tr("<b>%1</b><br>%2: %3")
                       .arg(s.label.toHtmlEscaped(), o->periodLabel.toHtmlEscaped(),
                            fact ? FactFormatter::valueWithUnit(*fact)
                                 : QLocale().toString(o->value) + s.unit);
    if (o->derived && fact)
        text += QStringLiteral("<br><i>%1</i>")
                    .arg(FactFormatter::derivation(*fact, m_facts->facts()).toHtmlEscaped());
    text += QStringLiteral("<br>") + FactFormatter::sourceLine(s.source).toHtmlEscaped();
    showToolTip(text);
}

// A selected point gets a ring in the highlight colour. A stated point also fills with it; a
// derived one stays hollow, so "derived" is never lost.
void TrendChart::setHighlightedFact(const QString &key)
{
    m_highlighted = key;
    QList<QPointF> ringed;
    for (const PointRef &ref : m_points) {
        const Data::Observation *o = m_series->observationAt(ref.modelRow);
        const bool selected = !key.isEmpty() && o && o->factKey == key;
        ref.series->setPointSelected(ref.index, selected && !o->derived);
        if (selected)
            ringed << ref.series->at(ref.index);
    }
    if (m_ring)
        m_ring->replace(ringed);
}

QList<QPointF> TrendChart::selectionRing() const
{
    ensureBuilt();
    return m_ring ? m_ring->points() : QList<QPointF>();
}
