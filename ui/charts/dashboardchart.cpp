// SPDX-License-Identifier: MIT
#include "dashboardchart.h"

#include "labelwrapping.h"

#include "format/factformatter.h"
#include "format/plaintext.h"

#include <QAbstractAxis>
#include <QAbstractItemModel>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QLegend>
#include <QToolTip>

#include <algorithm>
#include <cmath>

DashboardChart::DashboardChart(QObject *parent)
    : QObject(parent)
    , m_chart(new QChart)
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setLocalizeNumbers(true);
    m_chart->legend()->setVisible(false);
    applyChartTheme();
    // Labels that depend on the chart's size (a title on two lines, names by code, wrapped
    // names) are set again in place after a resize, once per event-loop turn: a rebuild would
    // remove the axes, and QtCharts leaves a removed axis' labels drawn.
    // The plot's height is known once QtCharts lays the chart out, after a resize's relabel().
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        if (m_titledAxis && !m_refreshPending)
            setValueAxisTitle(m_titledAxis, m_titledUnit);
    });
    connect(m_chart, &QGraphicsWidget::geometryChanged, this, [this] {
        if (m_relabelQueued)
            return;
        m_relabelQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_relabelQueued = false;
                if (m_refreshPending) // the build to come lays the labels out
                    return;
                if (!isFitted()) {
                    refresh(); // the text grows or shrinks with the room: every label changes
                    return;
                }
                if (m_showTitle)
                    m_chart->setTitle(fittedTitle());
                relabel();
            },
            Qt::QueuedConnection);
    });
}

// The title as QChart draws it (HTML): broken after its colon or a comma, or at a space, when
// it is wider than the chart, where QtCharts would end it in "…".
QString DashboardChart::fittedTitle() const
{
    const QString text = title();
    const QMarginsF margins = m_chart->margins();
    const qreal room = m_chart->size().width() - margins.left() - margins.right() - 24;
    const QFontMetricsF metrics(m_chart->titleFont());
    if (room <= 0 || metrics.horizontalAdvance(text) <= room)
        return PlainText::html(text);
    // A short chart (a window's) keeps its plot's height: the part after the colon alone, which
    // its tab or slide heading already names.
    const qsizetype colon = text.indexOf(QStringLiteral(": "));
    if (isShortChart() && colon > 0 && metrics.horizontalAdvance(text.mid(colon + 2)) <= room)
        return PlainText::html(text.mid(colon + 2));
    static const QStringList separators{QStringLiteral(": "), QStringLiteral("："),
                                        QStringLiteral(", "), QStringLiteral("，"),
                                        QStringLiteral(" ")};
    for (const QString &separator : separators) {
        for (qsizetype at = text.lastIndexOf(separator); at > 0;
             at = text.lastIndexOf(separator, at - 1)) {
            const QString head = text.left(at + separator.size()).trimmed();
            const QString tail = text.mid(at + separator.size());
            if (metrics.horizontalAdvance(head) <= room && metrics.horizontalAdvance(tail) <= room)
                return PlainText::html(head) + QStringLiteral("<br>") + PlainText::html(tail);
        }
    }
    return PlainText::html(text);
}

DashboardChart::~DashboardChart()
{
    if (m_chart && !m_chart->scene())
        delete m_chart;
}

QString DashboardChart::sourceLine() const
{
    flushRefresh();
    return m_sources.line();
}

void DashboardChart::applyTheme(const ChartTheme &theme)
{
    if (theme == m_requestedTheme)
        return; // rebuilding is the costly part of start-up; skip it when nothing changes
    m_requestedTheme = theme;
    m_theme = fittedTheme();
    applyChartTheme();
    if (isOnScreen())
        refresh();
    else
        scheduleRefresh(); // read through chart(), which builds it first
}

void DashboardChart::setHighlightedFact(const QString &key)
{
    Q_UNUSED(key);
}

void DashboardChart::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    queueFlush();
}

void DashboardChart::queueFlush()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_hold || !m_hold())
                flushRefresh();
        },
        Qt::QueuedConnection);
}

void DashboardChart::releaseHold()
{
    m_hold = {};
    if (m_refreshPending)
        queueFlush();
}

// The theme's larger text and thicker marks (a projector's) only where the chart has the room for
// it: a chart in a 1024×768 window keeps the window's text size, a slide or an export takes the
// theme's.
ChartTheme DashboardChart::fittedTheme() const
{
    ChartTheme fitted = m_requestedTheme;
    const qreal room = std::max(1.0, m_chart->size().height() / kHeightPerFontScale);
    fitted.fontScale = std::min(fitted.fontScale, room);
    fitted.lineScale = std::min(fitted.lineScale, std::max(1.5, 2 * room)); // markers too
    return fitted;
}

bool DashboardChart::isFitted() const
{
    const ChartTheme fitted = fittedTheme();
    return fitted.fontScale == m_theme.fontScale && fitted.lineScale == m_theme.lineScale;
}

bool DashboardChart::isOnScreen() const
{
    const QGraphicsScene *scene = m_chart ? m_chart->scene() : nullptr;
    if (!scene)
        return false;
    const QList<QGraphicsView *> views = scene->views();
    return std::any_of(views.cbegin(), views.cend(),
                       [](const QGraphicsView *view) { return view->isVisible(); });
}

void DashboardChart::flushRefresh() const
{
    if (m_refreshPending)
        const_cast<DashboardChart *>(this)->refresh(); // a cache brought up to date
}

void DashboardChart::refresh()
{
    m_refreshPending = false;
    clearChart();
    m_sources.clear();
    if (!isFitted()) {
        m_theme = fittedTheme();
        applyChartTheme();
    }
    m_chart->setTitle(m_showTitle ? fittedTitle() : QString()); // QChart renders HTML
    rebuild();
    // QtCharts places new axes when the layout request it posted is handled; a paint that
    // comes first draws each axis title unrotated at the chart's top-left corner. A chart on
    // screen is laid out now; a hidden one when that request arrives, before it is shown.
    if (isOnScreen())
        m_chart->layout()->activate();
    emit rebuilt();
}

void DashboardChart::setShowTitle(bool show)
{
    m_showTitle = show;
    m_chart->setTitle(m_showTitle ? fittedTitle() : QString()); // QChart renders HTML
}

void DashboardChart::watchModel(QAbstractItemModel *model)
{
    // One rebuild per event-loop turn, however many signals a change sends.
    connect(model, &QAbstractItemModel::modelReset, this, &DashboardChart::scheduleRefresh);
    connect(model, &QAbstractItemModel::dataChanged, this, &DashboardChart::scheduleRefresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &DashboardChart::scheduleRefresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &DashboardChart::scheduleRefresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &DashboardChart::scheduleRefresh);
}

void DashboardChart::clearChart()
{
    m_chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis; // removeAxis hands ownership back
    }
}

void DashboardChart::styleAxis(QAbstractAxis *axis, const QString &title) const
{
    // The fonts labels are measured in before they are set (axisLabelFont, axisTitleFont).
    axis->setLabelsFont(axisLabelFont());
    axis->setLabelsColor(m_theme.mutedText);
    axis->setTitleFont(axisTitleFont());
    axis->setTitleBrush(m_theme.text);
    axis->setTitleText(title);
    axis->setGridLineVisible(m_theme.gridVisible);
    axis->setGridLineColor(m_theme.grid);
    axis->setLinePenColor(m_theme.mutedText);
}

void DashboardChart::styleBarSet(QBarSet *set) const
{
    set->setColor(m_theme.color(0));
    set->setBorderColor(m_theme.color(0));
    set->setSelectedColor(m_theme.highlight);
    set->setLabelColor(m_theme.text);
    QFont labelFont = set->labelFont();
    labelFont.setPointSizeF(10.0 * m_theme.fontScale);
    labelFont.setBold(true);
    set->setLabelFont(labelFont);
}

void DashboardChart::showToolTip(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text);
}

qreal DashboardChart::timeOf(const QDate &date)
{
    // Days since 1 Jan 1970 (Julian day 2440588), without building a QDateTime per point.
    constexpr qint64 kEpochJulianDay = 2440588;
    constexpr qint64 kMsPerDay = 86400000;
    if (!date.isValid())
        return 0; // as an invalid QDateTime's
    return qreal((date.toJulianDay() - kEpochJulianDay) * kMsPerDay);
}

QAbstractAxis *DashboardChart::calendarAxis(const QDate &first, const QDate &last) const
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    if (!first.isValid() || !last.isValid())
        return axis;
    const int spanMonths = (last.year() - first.year()) * 12 + last.month() - first.month();
    int step = 1;
    for (int months : {1, 3, 6, 12, 24, 60, 120}) {
        step = months;
        if ((spanMonths + 2 * step) / step <= 7)
            break;
    }
    // Aligned to the step: quarters start in Jan, Apr, Jul, Oct; years in January.
    const int alignedMonth = ((first.month() - 1) / std::min(step, 12)) * std::min(step, 12) + 1;
    QDate start = QDate(first.year(), alignedMonth, 1);
    if (step > 12)
        start = QDate(first.year() - first.year() % (step / 12), 1, 1);
    if (start >= first.addDays(-14))
        start = start.addMonths(-step);
    const QString format = step >= 12 ? QStringLiteral("yyyy")
                                      : tr("MMM yyyy", "month ticks of a date axis (QDate format)");
    QDate tick = start;
    for (; tick <= last.addDays(14) || tick == start; tick = tick.addMonths(step))
        axis->append(QLocale().toString(tick, format), timeOf(tick));
    // The closing tick gets no label: centred on the plot's right edge it would be cut off.
    axis->append(QStringLiteral(" "), timeOf(tick));
    // A third of a step before the first tick, so its label, centred on it, stays clear of the
    // value axis' lowest label at the plot's corner.
    const qreal opening = timeOf(start) - (timeOf(start.addMonths(step)) - timeOf(start)) / 3;
    axis->setStartValue(opening);
    axis->setRange(opening, timeOf(tick));
    return axis;
}

double DashboardChart::niceStep(double span, int maxTicks)
{
    if (!std::isfinite(span) || span <= 0.0 || maxTicks < 1)
        return 1.0;
    const double raw = span / maxTicks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= raw)
            return factor * power;
    }
    return 10.0 * power;
}

QString DashboardChart::valueLabelFormat(double step, const QString &unit)
{
    int decimals = 0;
    // A step of 0.25 needs two decimals; 1e-9 of slack keeps 0.1 (0.1000…01) at one.
    if (std::isfinite(step) && step > 0.0)
        while (decimals < 6 && std::abs(step * std::pow(10.0, decimals) -
                                        std::round(step * std::pow(10.0, decimals))) > 1e-9)
            ++decimals;
    const QString number = QStringLiteral("%.") + QString::number(decimals) + u'f';
    return unit == u"%" ? FactFormatter::percent(number) : number;
}

QString DashboardChart::valueAxisTitle(const QString &unit) const
{
    const QString symbol = FactFormatter::unitSymbol(unit);
    if (symbol.isEmpty())
        return tr("Value");
    // A short chart's axis titles itself with the unit alone; a title longer than the plot is
    // high goes onto lines as long as it ("per 100" over "people"), never ending in "…".
    const QString title = isShortChart() ? symbol : tr("Value (%1)").arg(symbol);
    const qreal room = m_chart->plotArea().height();
    return room > 0 ? LabelWrapping::toWidth(title, axisTitleFont(), room - 4)
                    : title.toHtmlEscaped();
}

void DashboardChart::setValueAxisTitle(QAbstractAxis *axis, const QString &unit)
{
    m_titledAxis = axis;
    m_titledUnit = unit;
    const QString title = valueAxisTitle(unit);
    if (axis->titleText() != title)
        axis->setTitleText(title);
}

QFont DashboardChart::axisTitleFont() const
{
    QFont title = m_chart->font();
    title.setPointSizeF(kAxisTitlePoints * m_theme.fontScale);
    title.setBold(true);
    return title;
}

QFont DashboardChart::axisLabelFont() const
{
    QFont labels = m_chart->font();
    labels.setPointSizeF(kAxisLabelPoints * m_theme.fontScale);
    return labels;
}

qreal DashboardChart::leftLabelRoom(const QFont &labels, bool titled) const
{
    // QtCharts gives the axes on one side at most 40% of the chart's width; the axis title, the
    // labels' padding and QtCharts' text margins come out of it.
    const qreal title = titled ? QFontMetricsF(labels).height() * 1.6 + 8 : 0;
    return std::max(60.0, 0.4 * m_chart->size().width() - title - 36);
}

void DashboardChart::applyChartTheme()
{
    m_chart->setBackgroundBrush(m_theme.background);
    m_chart->setBackgroundRoundness(0);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setTitleBrush(m_theme.text);
    QFont titleFont = m_chart->titleFont();
    titleFont.setPointSizeF(13.0 * m_theme.fontScale);
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    QFont legendFont = m_chart->legend()->font();
    legendFont.setPointSizeF(9.0 * m_theme.fontScale);
    m_chart->legend()->setFont(legendFont);
    m_chart->legend()->setLabelColor(m_theme.text);
}
