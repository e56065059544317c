// SPDX-License-Identifier: MIT
#pragma once

#include "charts/chartsources.h"
#include "charttheme.h"

#include <QChart>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QAbstractAxis;
class QFontMetricsF;
class QAbstractItemModel;
class QBarSet;

// A thin adapter from models to one QChart. Subclasses read their models in rebuild(), which
// runs on every model change, so the chart always shows what the model holds.
//
// Owns its QChart until a QChartView takes it (QChartView::setChart transfers ownership).
class DashboardChart : public QObject
{
    Q_OBJECT
public:
    explicit DashboardChart(QObject *parent = nullptr);
    ~DashboardChart() override;

    // The chart, rebuilt first when a model changed since the last build.
    QChart *chart() const
    {
        flushRefresh();
        return m_chart;
    }
    virtual QString id() const = 0;
    virtual QString title() const = 0;
    // The words on the chart's tab; the title unless that is too long for a tab.
    virtual QString shortTitle() const { return title(); }
    // "Source: …" line shown under the chart and written into exports; it names every source
    // the chart draws ("Sources: …; …").
    virtual QString sourceLine() const;
    // Every source the last build drew from, each once.
    const ChartSources &sources() const
    {
        flushRefresh();
        return m_sources;
    }
    // Whether the view zooms and pans it (ChartView): charts over a time axis.
    virtual bool zoomable() const { return false; }
    // Plain-text list of the figures drawn, with their quotes, for export metadata.
    virtual QString description() const = 0;

    void applyTheme(const ChartTheme &theme);
    const ChartTheme &theme() const { return m_theme; }
    // Highlights the bar or point of a fact; an empty key clears the highlight.
    virtual void setHighlightedFact(const QString &key);
    // The same for a topic's segment or an event's marker, in the charts that draw them.
    virtual void setHighlightedTopic(const QString &key) { Q_UNUSED(key) }
    virtual void setHighlightedEvent(const QString &key) { Q_UNUSED(key) }

    // Rebuilds the chart from the models now.
    void refresh();
    // Rebuilds it once the event loop turns, however many changes arrive before then; chart()
    // and an export rebuild at once if it is still pending.
    void scheduleRefresh();
    // While HOLD says true, a scheduled rebuild waits until the chart is read (chart(),
    // sources(), sourceLine(), an export) or releaseHold(): the window paints the chart on
    // screen first and builds the ones in hidden tabs after its first paint.
    void setBuildHold(std::function<bool()> hold) { m_hold = std::move(hold); }
    void releaseHold();
    bool isBuildPending() const { return m_refreshPending; }
    // The QChart as it is, without running a pending rebuild: for the view that shows it.
    QChart *chartObject() const { return m_chart; }
    // Whether the QChart draws its own title; a slide or an export may draw it elsewhere.
    void setShowTitle(bool show);

signals:
    void factActivated(const QString &factKey);
    void topicActivated(const QString &topicKey);
    void eventActivated(const QString &eventKey);
    // A country's observation was clicked: its series, country code (or name) and year.
    void observationActivated(const QString &seriesKey, const QString &entityCode, int year);
    // Emitted after every rebuild, when the title and source line may have changed.
    void rebuilt();

protected:
    virtual void rebuild() = 0;
    // After a resize: sets the labels that depend on the chart's size again, in place (new
    // categories, a label format), never by removing axes. ChartExporter sends it at once.
    virtual void relabel() {}
    // For accessors of what the last build drew: runs a pending rebuild first.
    void ensureBuilt() const { flushRefresh(); }
    void watchModel(QAbstractItemModel *model);
    void clearChart();
    void styleAxis(QAbstractAxis *axis, const QString &title) const;
    // The theme's first colour, its highlight for selected bars, and bold value labels.
    void styleBarSet(QBarSet *set) const;
    // Credits SOURCE for what this build draws; a rebuild starts with none.
    void addSource(const Data::Source &source) { m_sources.add(source); }
    static void showToolTip(const QString &text);
    // x of a date on a time axis: milliseconds since the epoch at midnight UTC.
    static qreal timeOf(const QDate &date);
    // A time axis (x = timeOf) with labels on the first day of evenly stepped calendar periods,
    // months, quarters, half-years or years as the span requires, at most about seven, and a
    // period of margin on either side of FIRST and LAST. The closing tick is unlabelled.
    QAbstractAxis *calendarAxis(const QDate &first, const QDate &last) const;
    // 1, 2 or 5 times a power of ten, so that SPAN takes at most MAXTICKS steps (1 for an
    // empty or non-finite span).
    static double niceStep(double span, int maxTicks);
    // A QValueAxis label format with as many decimals as STEP needs, and "%" for a percent
    // UNIT. Always with an explicit precision ("%.1f"): QtCharts prints no tick label at all
    // for "%g" once numbers are localized.
    static QString valueLabelFormat(double step, const QString &unit);
    // How wide a label of the left axis may be before QtCharts cuts it short ("…").
    qreal leftLabelRoom(const QFont &labels, bool titled) const;
    // "Value (per 100 people)" for a value axis of UNIT; a short chart's value axis is too short
    // for that, so its unit alone ("Value" when there is none).
    QString valueAxisTitle(const QString &unit) const;
    // Titles AXIS with valueAxisTitle(UNIT), and again whenever the plot's height changes.
    void setValueAxisTitle(QAbstractAxis *axis, const QString &unit);
    // The font styleAxis() gives axis labels, to measure labels before an axis has it.
    QFont axisLabelFont() const;
    QFont axisTitleFont() const;
    // A chart in a window rather than on a page or slide: a row or a bar has a line or two of
    // height, and an axis title competes with the plot for it.
    bool isShortChart() const { return m_chart->size().height() < kShortChart; }

    ChartTheme m_theme = ChartTheme::light(); // as drawn: the requested one, fitted to the room

private:
    static constexpr qreal kShortChart = 320;         // pixels
    static constexpr qreal kHeightPerFontScale = 300; // pixels of chart height per 1× of text
    ChartTheme fittedTheme() const;
    bool isFitted() const;
    ChartTheme m_requestedTheme = ChartTheme::light();
    static constexpr qreal kAxisLabelPoints = 9.0;
    static constexpr qreal kAxisTitlePoints = 10.0;
    QString fittedTitle() const;
    void applyChartTheme();
    void flushRefresh() const;
    void queueFlush();
    bool isOnScreen() const;

    QPointer<QChart> m_chart;
    QPointer<QAbstractAxis> m_titledAxis; // setValueAxisTitle()'s, refitted to the plot
    QString m_titledUnit;
    ChartSources m_sources;
    bool m_relabelQueued = false;
    bool m_showTitle = true;
    mutable bool m_refreshPending = false;
    std::function<bool()> m_hold;
};
