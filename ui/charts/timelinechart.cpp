// SPDX-License-Identifier: MIT
#include "timelinechart.h"

#include "format/factformatter.h"
#include "labelwrapping.h"
#include "models/eventmodel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QLineSeries>
#include <QScatterSeries>

TimelineChart::TimelineChart(EventModel *model, QObject *parent)
    : DashboardChart(parent)
    , m_model(model)
{
    watchModel(model);
    scheduleRefresh();
}

// What the labels' layout depends on: the chart's width, to the next 32 pixels, and whether it
// is short (a window's), where a row has two or three lines of height.
int TimelineChart::labelShape() const
{
    return int(chartObject()->size().width()) / 32 * 2 + (isShortChart() ? 1 : 0);
}

// An event's row label: its name over its date; in a short chart (a window's), where a row is
// one line high, the two on one line when they fit, else the name alone, shortened with "…"
// where it must be: the axis gives the day, the marker's tooltip the whole name and date.
QString TimelineChart::rowLabel(const QString &name, const QString &when, bool isShort,
                                qreal room) const
{
    if (!isShort)
        return tr("%1<br>%2").arg(LabelWrapping::byCharacters(name), when.toHtmlEscaped());
    const QFontMetricsF metrics(axisLabelFont());
    const QString both = tr("%1 · %2").arg(name, when);
    if (metrics.horizontalAdvance(both) <= room)
        return both.toHtmlEscaped();
    // Shortened at a word where it must be; the marker's tooltip names the event whole.
    return metrics.elidedText(name, Qt::ElideRight, room).toHtmlEscaped();
}

QString TimelineChart::title() const
{
    return tr("Timeline of the events in the article");
}

QString TimelineChart::sourceLine() const
{
    return tr("%1 · Weekday dates are resolved against the publication date")
        .arg(DashboardChart::sourceLine());
}

QList<QPointF> TimelineChart::markerPoints() const
{
    ensureBuilt();
    return m_markers ? m_markers->points() : QList<QPointF>();
}

QString TimelineChart::description() const
{
    QStringList lines;
    for (const Data::Event &e : m_model->events()) {
        const QString when = e.startDate == e.endDate
                                 ? e.startDate.toString(Qt::ISODate)
                                 : e.startDate.toString(Qt::ISODate) + QStringLiteral("/") +
                                       e.endDate.toString(Qt::ISODate);
        lines << tr("%1: %2 (%3) — \"%4\"").arg(when, e.name, e.dateBasis, e.quote);
    }
    return lines.join(u'\n');
}

void TimelineChart::rebuild()
{
    const QList<Data::Event> &events = m_model->events();
    bool oneYear = true;
    for (const Data::Event &e : events)
        oneYear = oneYear && e.startDate.year() == events.first().startDate.year() &&
                  e.endDate.year() == events.first().startDate.year();
    m_dayFormat = oneYear ? tr("d MMM", "day ticks within one year (QDate format)")
                          : tr("d MMM yyyy", "day ticks across years (QDate format)");
    auto *timeAxis = new QCategoryAxis;
    timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    auto *rowAxis = new QCategoryAxis;
    rowAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    rowAxis->setRange(-0.6, qreal(events.size()) - 0.4);
    styleAxis(timeAxis, oneYear && !events.isEmpty()
                            ? tr("Date (%1)").arg(events.first().startDate.year())
                            : tr("Date"));
    styleAxis(rowAxis, QString());
    rowAxis->setGridLineVisible(false);
    chart()->addAxis(timeAxis, Qt::AlignBottom);
    chart()->addAxis(rowAxis, Qt::AlignLeft);

    m_markers = new QScatterSeries;
    m_markers->setMarkerSize(14.0 * m_theme.lineScale);
    m_markers->setColor(m_theme.color(0));
    m_markers->setBorderColor(m_theme.background);
    m_markers->setSelectedColor(m_theme.highlight);
    m_markers->setPointLabelsVisible(false);
    QList<QPointF> markers;
    QList<QLineSeries *> spans;
    QDate first, last;
    m_dayAxis = timeAxis;
    m_rowAxis = rowAxis;
    m_labelShape = -1;
    relabel();
    // Earliest event on top. QCategoryAxis needs rising values, so walk from the last event.
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        const Data::Event &e = events.at(i);
        const qreal y = qreal(events.size() - 1 - i);
        addSource(e.source);
        markers.prepend(QPointF(timeOf(e.startDate), y));
        first = first.isValid() ? std::min(first, e.startDate) : e.startDate;
        last = last.isValid() ? std::max(last, e.endDate) : e.endDate;
        if (e.endDate != e.startDate) {
            auto *span = new QLineSeries;
            span->setPen(
                QPen(m_theme.color(1), 8.0 * m_theme.lineScale, Qt::SolidLine, Qt::RoundCap));
            span->replace({QPointF(timeOf(e.startDate), y), QPointF(timeOf(e.endDate), y)});
            span->setProperty("eventRow", int(i));
            spans << span;
        }
    }
    m_markers->replace(markers);
    chart()->addSeries(m_markers);
    m_markers->attachAxis(timeAxis);
    m_markers->attachAxis(rowAxis);
    // Spans after the markers, so a short multi-day event stays visible over its first marker.
    for (QLineSeries *span : std::as_const(spans)) {
        chart()->addSeries(span);
        span->attachAxis(timeAxis);
        span->attachAxis(rowAxis);
        const int row = span->property("eventRow").toInt();
        connectItem(span, [row](const QPointF &) { return row; });
    }
    connectItem(m_markers, [this](const QPointF &p) { return rowOfPoint(p); });
    setHighlightedEvent(m_highlighted);
}

// Ticks on the days the events start and end, each labelled with its date, so a marker sits
// on its own day's label (evenly spaced ticks fell between days: the 28 Aug briefing read as
// 27 Aug). Three days of margin on either side, unlabelled.
void TimelineChart::fillDayAxis(QCategoryAxis *axis, const QList<Data::Event> &events,
                                const QString &format) const
{
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    QList<QDate> days;
    for (const Data::Event &e : events)
        days << e.startDate << e.endDate;
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    if (days.isEmpty() || !days.first().isValid())
        return;
    const QDate start = days.first().addDays(-3);
    const QDate end = days.last().addDays(3);
    axis->setStartValue(timeOf(start));
    // Days closer than a seventh of the span, or than a label's width, to the last labelled one
    // get no tick, so labels never overlap in any language; each event's row label gives its
    // date anyway. The plot has about two thirds of the chart's width.
    const QFontMetricsF metrics(axisLabelFont());
    qreal widest = 0;
    for (const QDate &day : std::as_const(days))
        widest = std::max(widest, metrics.horizontalAdvance(QLocale().toString(day, format)));
    const qreal width = chartObject()->size().width();
    const qreal perDay = 0.65 * width / std::max<qint64>(1, start.daysTo(end));
    // Not laid out yet (no size): the next resize lays the ticks out again.
    const qint64 apart = width < 200 ? 1 : qint64(std::ceil((widest + 8) / perDay));
    const qint64 gap = std::max<qint64>({1, start.daysTo(end) / 7, apart});
    QDate labelled;
    for (const QDate &day : std::as_const(days)) {
        if (labelled.isValid() && labelled.daysTo(day) < gap)
            continue;
        axis->append(QLocale().toString(day, format), timeOf(day));
        labelled = day;
    }
    axis->append(QStringLiteral(" "), timeOf(end)); // the closing edge, unlabelled
    axis->setRange(timeOf(start), timeOf(end));
}

// The row labels and the day ticks for the chart's size (labelShape()): set at the build and
// again, in place, after a resize that changes what fits.
void TimelineChart::relabel()
{
    const int shape = labelShape();
    if (!m_rowAxis || !m_dayAxis || shape == m_labelShape)
        return;
    m_labelShape = shape;
    const QList<Data::Event> &events = m_model->events();
    const bool isShort = isShortChart();
    const qreal room = leftLabelRoom(axisLabelFont(), false);
    for (const QString &label : m_rowAxis->categoriesLabels())
        m_rowAxis->remove(label);
    // Earliest event on top. QCategoryAxis needs rising values, so from the last event.
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        const Data::Event &e = events.at(i);
        const QString when =
            FactFormatter::date(e.startDate) +
            (e.endDate != e.startDate ? QStringLiteral(" – ") + FactFormatter::date(e.endDate)
                                      : QString());
        m_rowAxis->append(rowLabel(e.name, when, isShort, room), qreal(events.size() - 1 - i));
    }
    fillDayAxis(m_dayAxis, events, m_dayFormat);
}

// A marker or a span leads to its event: a click selects it, a hover shows its sentence.
void TimelineChart::connectItem(QXYSeries *item, const std::function<int(const QPointF &)> &rowAt)
{
    // Queued: selecting the marker inside QtCharts' own press handling crashes Qt 6.4 on the
    // release that follows.
    connect(
        item, &QXYSeries::clicked, this,
        [this, rowAt](const QPointF &p) {
            if (const Data::Event *e = m_model->eventAt(rowAt(p)))
                emit eventActivated(e->key);
        },
        Qt::QueuedConnection);
    connect(item, &QXYSeries::hovered, this, [this, rowAt](const QPointF &p, bool state) {
        const Data::Event *e = m_model->eventAt(rowAt(p));
        if (!state || !e) {
            showToolTip({});
            return;
        }
        showToolTip(tr("<b>%1</b><br>%2<br>“%3”<br>%4")
                        .arg(e->name.toHtmlEscaped(), e->dateBasis.toHtmlEscaped(),
                             e->quote.toHtmlEscaped(),
                             FactFormatter::sourceLine(e->source).toHtmlEscaped()));
    });
}

void TimelineChart::setHighlightedEvent(const QString &key)
{
    m_highlighted = key;
    if (!m_markers)
        return;
    const QList<Data::Event> &events = m_model->events();
    for (qsizetype row = 0; row < events.size() && row < m_markers->count(); ++row)
        m_markers->setPointSelected(int(row), !key.isEmpty() && events.at(row).key == key);
}

int TimelineChart::selectedRow() const
{
    ensureBuilt();
    const QList<int> selected = m_markers ? m_markers->selectedPoints() : QList<int>();
    return selected.isEmpty() ? -1 : selected.first();
}

int TimelineChart::rowOfPoint(const QPointF &point) const
{
    const qsizetype index = m_markers ? m_markers->points().indexOf(point) : -1;
    return int(index);
}
