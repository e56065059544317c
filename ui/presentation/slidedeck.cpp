// SPDX-License-Identifier: MIT
#include "slidedeck.h"

#include "appinfo.h"
#include "charts/chartset.h"
#include "charts/chartsources.h"
#include "charts/chartview.h"
#include "charts/dashboardchart.h"
#include "format/factformatter.h"
#include "models/dashboardmodels.h"
#include "models/facttablemodel.h"
#include "models/headline.h"
#include "models/seriesmodel.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

SlideDeck::SlideDeck(DashboardModels *models, ChartSet *charts, QWidget *parent)
    : QStackedWidget(parent)
    , m_models(models)
    , m_charts(charts)
{
    setFocusPolicy(Qt::NoFocus);
    addTitleSlide();
    addHeadlineSlide();
    addChartSlides();
    addSourcesSlide();
}

QString SlideDeck::slideTitle(int index) const
{
    return m_titles.value(index);
}

QString SlideDeck::sourceLine(int index) const
{
    const DashboardChart *chart = m_slideCharts.value(index);
    return chart ? chart->sourceLine() : m_credits.value(index);
}

QList<QLabel *> SlideDeck::labels() const
{
    QList<QLabel *> result;
    for (const auto &[label, role] : m_labels)
        result << label;
    return result;
}

int SlideDeck::pixelSizeFor(const QLabel *label) const
{
    for (const auto &[candidate, role] : m_labels) {
        if (candidate == label)
            return role == Role::Title   ? m_style.titlePx
                   : role == Role::Value ? m_style.valuePx
                                         : m_style.bodyPx;
    }
    return 0;
}

void SlideDeck::applyStyle(const SlideStyle &style)
{
    m_style = style;
    const ChartTheme &theme = style.chartTheme;
    QPalette p = palette();
    p.setColor(QPalette::Window, theme.background);
    p.setColor(QPalette::WindowText, theme.text);
    p.setColor(QPalette::Base, theme.background);
    p.setColor(QPalette::Text, theme.text);
    setPalette(p);
    const int margin = style.titlePx; // 48 px at 1080 lines
    for (int i = 0; i < count(); ++i)
        widget(i)->layout()->setContentsMargins(margin, margin * 2 / 3, margin, margin / 3);
    for (const auto &[label, role] : std::as_const(m_labels)) {
        QFont font = label->font();
        font.setPixelSize(pixelSizeFor(label));
        font.setBold(role != Role::Body);
        label->setFont(font);
        label->setPalette(p);
    }
    m_charts->applyTheme(theme);
}

QLabel *SlideDeck::label(const QString &text, Role role, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    m_labels.append({l, role});
    return l;
}

QWidget *SlideDeck::slide(const QString &title, DashboardChart *chart, const QString &credit)
{
    auto *page = new QWidget(this);
    page->setAutoFillBackground(false);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 32, 48, 16);
    layout->setSpacing(24);
    // Non-breaking hyphens: a title wraps between words, never inside "year-on-year".
    if (!title.isEmpty())
        layout->addWidget(label(QString(title).replace(u'-', QChar(0x2011)), Role::Title, page));
    m_titles << title;
    m_slideCharts << chart;
    m_credits << credit;
    addWidget(page);
    return page;
}

void SlideDeck::addTitleSlide()
{
    const QList<Data::Fact> &facts = m_models->facts()->facts();
    QWidget *page =
        slide(QString(), nullptr,
              facts.isEmpty() ? QString() : FactFormatter::sourceLine(facts.first().source));
    m_titles.last() = AppInfo::displayName();
    auto *layout = static_cast<QVBoxLayout *>(page->layout());
    layout->addStretch(2);
    QLabel *name = label(AppInfo::displayName(), Role::Title, page);
    name->setAlignment(Qt::AlignCenter);
    layout->addWidget(name);
    if (!facts.isEmpty()) {
        const Data::Source &source = facts.first().source;
        QLabel *about = label(tr("China's digital cooperation with the Shanghai Cooperation "
                                 "Organization countries, in figures"),
                              Role::Body, page);
        QLabel *cite =
            label(tr("%1 · “%2” · %3")
                      .arg(source.publisher, source.title, FactFormatter::date(source.published)),
                  Role::Body, page);
        about->setAlignment(Qt::AlignCenter);
        cite->setAlignment(Qt::AlignCenter);
        layout->addWidget(about);
        layout->addWidget(cite);
    }
    layout->addStretch(3);
}

void SlideDeck::addHeadlineSlide()
{
    // As many as the slide holds legibly, in the strip's order: two rows of three.
    const QList<Headline> headlines =
        Headline::fromFacts(m_models->facts()->facts(), m_models->headlinePins())
            .mid(0, kMaxHeadlines);
    ChartSources sources;
    for (const Headline &headline : headlines)
        sources.add(headline.source);
    QWidget *page = slide(tr("Headline figures"), nullptr, sources.line());
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(48);
    grid->setVerticalSpacing(24);
    const int columns = headlines.size() > 4 ? 3 : 2;
    for (int i = 0; i < headlines.size(); ++i) {
        auto *cell = new QVBoxLayout;
        cell->setSpacing(4);
        // The qualifier gets a line of its own, so "more than" stays legible and the figure
        // keeps its size on narrow screens.
        if (!headlines.at(i).qualifier.isEmpty())
            cell->addWidget(label(headlines.at(i).qualifier, Role::Body, page));
        cell->addWidget(label(headlines.at(i).figure, Role::Value, page));
        cell->addWidget(label(headlines.at(i).label, Role::Body, page));
        cell->addWidget(label(headlines.at(i).detail, Role::Body, page));
        cell->addStretch(1);
        grid->addLayout(cell, i / columns, i % columns);
    }
    static_cast<QVBoxLayout *>(page->layout())->addLayout(grid, 1);
}

void SlideDeck::addChartSlides()
{
    for (DashboardChart *chart : m_charts->charts()) {
        QWidget *page = slide(chart->title(), chart);
        chart->setShowTitle(false); // the slide's heading is the title
        auto *view = new ChartView(chart->chart(), page);
        view->setFocusPolicy(Qt::NoFocus);
        view->setAccessibleName(chart->title());
        view->setStyleSheet(QStringLiteral("background: transparent; border: none"));
        static_cast<QVBoxLayout *>(page->layout())->addWidget(view, 1);
    }
}

void SlideDeck::addSourcesSlide()
{
    QWidget *page = slide(tr("Sources"), nullptr);
    auto *layout = static_cast<QVBoxLayout *>(page->layout());
    QList<QString> seen;
    const QList<Data::Fact> &facts = m_models->facts()->facts();
    for (const Data::Fact &fact : facts) {
        if (seen.contains(fact.source.key))
            continue;
        seen << fact.source.key;
        layout->addWidget(label(FactFormatter::fullCitation(fact.source), Role::Body, page));
    }
    for (const Data::Series &series : m_models->series()->series()) {
        if (seen.contains(series.source.key))
            continue;
        seen << series.source.key;
        layout->addWidget(label(FactFormatter::fullCitation(series.source), Role::Body, page));
    }
    for (const Data::Fact &fact : facts) {
        if (fact.derived)
            layout->addWidget(label(
                tr("%1, %2 — %3")
                    .arg(fact.label, fact.periodLabel, FactFormatter::derivation(fact, facts)),
                Role::Body, page));
    }
    layout->addWidget(label(tr("Every stated figure is quoted verbatim from the article; "
                               "derived figures are marked and show their formula. Country "
                               "series are their publishers' figures, under their licence."),
                            Role::Body, page));
    layout->addStretch(1);
}
