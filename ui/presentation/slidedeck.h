// SPDX-License-Identifier: MIT
#pragma once

#include "slidestyle.h"

#include <QList>
#include <QStackedWidget>

class ChartSet;
class DashboardChart;
class DashboardModels;
class QLabel;

// The slides of a presentation, in order: title, headline figures, one per chart, sources.
// Built from the models; applyStyle() sets every text size and colour for a screen.
class SlideDeck : public QStackedWidget
{
    Q_OBJECT
public:
    SlideDeck(DashboardModels *models, ChartSet *charts, QWidget *parent = nullptr);

    void applyStyle(const SlideStyle &style);
    QString slideTitle(int index) const;
    // The credit for what slide INDEX shows: every source of its chart or its figures; empty
    // for the sources slide, which lists them all.
    QString sourceLine(int index) const;
    // Every label on the slides with its role, for style checks.
    QList<QLabel *> labels() const;
    int pixelSizeFor(const QLabel *label) const;

private:
    static constexpr int kMaxHeadlines = 6;
    enum class Role { Title, Body, Value };
    QLabel *label(const QString &text, Role role, QWidget *parent);
    // A new page; CREDIT (a chart's, or a fixed line) is its footer's source line.
    QWidget *slide(const QString &title, DashboardChart *chart, const QString &credit = {});
    void addTitleSlide();
    void addHeadlineSlide();
    void addChartSlides();
    void addSourcesSlide();

    DashboardModels *m_models;
    ChartSet *m_charts;
    QList<QPair<QLabel *, Role>> m_labels;
    QStringList m_titles;
    QList<DashboardChart *> m_slideCharts; // per slide; nullptr where m_credits holds the line
    QStringList m_credits;
    SlideStyle m_style;
};
