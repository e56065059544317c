// SPDX-License-Identifier: MIT
#include "growthbarchart.h"

#include "format/factformatter.h"
#include "labelwrapping.h"
#include "models/facttablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QTextDocumentFragment>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

GrowthBarChart::GrowthBarChart(FactTableModel *model, QObject *parent)
    : DashboardChart(parent)
    , m_model(model)
{
    watchModel(model);
    // A chart that grows or shrinks past a bar's room draws more or fewer bars; an export's
    // resize is caught too, since chart() rebuilds what is pending before it is drawn.
    QChart *drawn = chart();
    connect(drawn, &QGraphicsWidget::geometryChanged, this, [this, drawn] {
        const int fits = barsThatFit(drawn->size().height(), m_theme.fontScale);
        if (fits != m_capacity && (fits < m_total || m_capacity < m_total))
            scheduleRefresh();
    });
    scheduleRefresh();
}

int GrowthBarChart::barsThatFit(qreal height, qreal fontScale)
{
    // Two 9 pt label lines a bar; the title, the value axis and its title take about seven.
    const qreal line = 9.0 * fontScale * 96.0 / 72.0 * 1.25;
    const int fits = int((height - 7 * line) / (2 * line));
    return std::clamp(fits, kMinBars, kMaxBars);
}

QString GrowthBarChart::sourceLine() const
{
    const QString sources = DashboardChart::sourceLine();
    if (m_keys.size() >= m_total)
        return sources;
    return tr("First %1 of %2 growth figures, in table order; the fact table lists all · %3")
        .arg(QLocale().toString(m_keys.size()), QLocale().toString(m_total), sources);
}

QString GrowthBarChart::title() const
{
    return tr("Growth indicators, year-on-year");
}

bool GrowthBarChart::isGrowthFact(const Data::Fact &fact)
{
    return !fact.derived && fact.unit == u"%" && fact.storedBasis() == u"year-on-year";
}

QList<double> GrowthBarChart::barValues() const
{
    ensureBuilt();
    QList<double> values;
    for (int i = 0; m_set && i < m_set->count(); ++i)
        values.append(m_set->at(i));
    return values;
}

QString GrowthBarChart::description() const
{
    QStringList lines;
    for (const QString &key : m_keys) {
        const Data::Fact *fact = m_model->factAt(m_model->rowOfKey(key));
        lines << tr("%1, %2: %3 — \"%4\"")
                     .arg(fact->label, fact->periodLabel,
                          FactFormatter::valueWithUnit(*fact, QLocale::c()), fact->quote);
    }
    return lines.join(u'\n');
}

// Label and period in lines as wide as the axis may be, so neither is cut short at any size or
// in any language; in a short chart (a window's) the labels say what they are, and the axis
// title, which would be cut, makes way.
void GrowthBarChart::relabel()
{
    const int room = labelRoom();
    if (!m_categoryAxis || room == m_labelRoom)
        return;
    m_labelRoom = room;
    QStringList categories;
    const QFontMetricsF metrics(m_categoryAxis->labelsFont());
    for (const QString &text : std::as_const(m_labelTexts)) {
        QStringList lines = LabelWrapping::toWidth(text, m_categoryAxis->labelsFont(), room)
                                .split(QStringLiteral("<br>"));
        // A short chart's bar has room for two lines: the rest is shortened with "…", and the
        // bar's tooltip holds the whole label.
        if (isShortChart() && lines.size() > 2) {
            const QString rest = QStringList(lines.mid(1)).join(u' ');
            lines = {lines.first(),
                     metrics
                         .elidedText(QTextDocumentFragment::fromHtml(rest).toPlainText(),
                                     Qt::ElideRight, room)
                         .toHtmlEscaped()};
        }
        categories << lines.join(QStringLiteral("<br>"));
    }
    m_categoryAxis->setCategories(categories);
    m_categoryAxis->setTitleText(isShortChart() ? QString() : tr("Indicator and period"));
}

// The labels' width, to the next 8 pixels so a small resize keeps them as they are.
int GrowthBarChart::labelRoom() const
{
    return int(leftLabelRoom(axisLabelFont(), !isShortChart())) / 8 * 8;
}

void GrowthBarChart::rebuild()
{
    m_keys.clear();
    auto *series = new QHorizontalBarSeries;
    m_set = new QBarSet(tr("Growth, % year-on-year"));
    styleBarSet(m_set);

    m_labelTexts.clear();
    double maximum = 0.0;
    double minimum = 0.0;
    int decimals = 0;
    QList<int> rows;
    int total = 0;
    m_capacity = barsThatFit(chart()->size().height(), m_theme.fontScale);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (isGrowthFact(*m_model->factAt(row)) && total++ < m_capacity)
            rows.prepend(row); // reversed, so the model's first growth figure is the top bar
    }
    for (const int row : std::as_const(rows)) {
        const Data::Fact &fact = *m_model->factAt(row);
        m_keys.append(fact.key);
        m_set->append(fact.value);
        // Label and period in lines as wide as the axis may be, so neither is cut short at any
        // size or in any language. The period's spaces do not break, so "H1 2025" stays whole.
        const QString text =
            tr("%1 · %2").arg(fact.label, QString(fact.periodLabel).replace(u' ', QChar(0xA0)));
        m_labelTexts << text;
        maximum = std::max(maximum, fact.value);
        minimum = std::min(minimum, fact.value);
        decimals = std::max(decimals, fact.decimals);
    }
    for (auto row = rows.crbegin(); row != rows.crend(); ++row)
        addSource(m_model->factAt(*row)->source); // credited top bar first, as they read
    series->append(m_set);
    series->setBarWidth(m_theme.barWidth);
    series->setLabelsVisible(m_theme.valueLabels);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(FactFormatter::percent(QStringLiteral("@value")));
    series->setLabelsPrecision(int(std::floor(std::log10(std::max(1.0, maximum)))) + 1 + decimals);
    chart()->addSeries(series);

    auto *valueAxis = new QValueAxis;
    // Ticks a round step apart, at most about eight, whatever the values: a fixed step of 2 or 5
    // would make millions of ticks for a growth of 1e6 %.
    const double step = niceStep(maximum - minimum, 6);
    valueAxis->setRange(std::floor(minimum / step) * step,
                        std::ceil(maximum / step) * step + (maximum > 0 ? step : 0.0));
    valueAxis->setLabelFormat(valueLabelFormat(step, QStringLiteral("%")));
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickInterval(step);
    styleAxis(valueAxis, tr("Growth (% year-on-year)"));
    chart()->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);

    auto *categoryAxis = new QBarCategoryAxis;
    m_total = total;
    styleAxis(categoryAxis, QString());
    m_categoryAxis = categoryAxis;
    m_labelRoom = -1;
    relabel();
    categoryAxis->setGridLineVisible(false);
    chart()->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);

    connect(series, &QHorizontalBarSeries::hovered, this,
            [this](bool status, int index, QBarSet *) { onHovered(status, index); });
    connect(series, &QHorizontalBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index >= 0 && index < m_keys.size())
            emit factActivated(m_keys.at(index));
    });
    setHighlightedFact(m_highlighted);
}

void GrowthBarChart::setHighlightedFact(const QString &key)
{
    m_highlighted = key;
    if (!m_set)
        return;
    m_set->deselectAllBars();
    const qsizetype index = m_keys.indexOf(key);
    if (index >= 0)
        m_set->selectBar(int(index));
}

void GrowthBarChart::onHovered(bool status, int index)
{
    if (!status || index < 0 || index >= m_keys.size()) {
        showToolTip({});
        return;
    }
    const Data::Fact *fact = m_model->factAt(m_model->rowOfKey(m_keys.at(index)));
    showToolTip(tr("<b>%1</b><br>%2 %3, %4<br>%5")
                    .arg(fact->label.toHtmlEscaped(), FactFormatter::qualifiedValue(*fact),
                         fact->basis.toHtmlEscaped(), fact->periodLabel.toHtmlEscaped(),
                         FactFormatter::sourceLine(fact->source).toHtmlEscaped()));
}
