// SPDX-License-Identifier: MIT
#include "cooperationchart.h"

#include "format/factformatter.h"
#include "labelwrapping.h"
#include "models/topicmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsTextItem>
#include <QHorizontalStackedBarSeries>
#include <QTextDocument>
#include <QTextOption>
#include <QValueAxis>

CooperationChart::CooperationChart(TopicModel *model, QObject *parent)
    : DashboardChart(parent)
    , m_model(model)
{
    watchModel(model);
    connect(chart(), &QChart::plotAreaChanged, this, &CooperationChart::placeLabels);
    scheduleRefresh();
}

// What the pillar names' layout depends on: -1 for a tall chart (names of 14 characters a
// line), else the axis' width, to the next 8 pixels.
int CooperationChart::labelShape() const
{
    if (!isShortChart())
        return -1;
    return int(leftLabelRoom(axisLabelFont(), false)) / 8 * 8;
}

// The pillar names for the chart's size: in a short chart (a window's) each pillar has a line
// or two of height, so a name takes the axis' width, and the axis title, which the names
// explain, makes way; in a tall one, lines of 14 characters.
void CooperationChart::relabel()
{
    const int shape = labelShape();
    if (!m_pillarAxis || shape == m_labelShape)
        return;
    m_labelShape = shape;
    QStringList labels;
    for (const QString &pillar : std::as_const(m_pillars))
        labels << (shape >= 0 ? LabelWrapping::toWidth(pillar, m_pillarAxis->labelsFont(), shape)
                              : LabelWrapping::byCharacters(pillar, 14));
    m_pillarAxis->setCategories(labels);
    m_pillarAxis->setTitleText(shape >= 0 ? QString() : tr("Pillar"));
}

QString CooperationChart::title() const
{
    return tr("Areas of digital cooperation with SCO countries, by pillar");
}

QString CooperationChart::sourceLine() const
{
    return tr("%1 · Bar length counts the items the article names (derived count)")
        .arg(DashboardChart::sourceLine());
}

bool CooperationChart::isSegment(const QString &kind)
{
    return kind != u"aim" && kind != u"cooperation area";
}

QStringList CooperationChart::segmentLabels() const
{
    ensureBuilt();
    return m_labelNames;
}

QList<QRectF> CooperationChart::segmentLabelRects() const
{
    ensureBuilt();
    QList<QRectF> rects;
    for (const QGraphicsTextItem *label : m_labels)
        rects << label->sceneBoundingRect();
    return rects;
}

QString CooperationChart::description() const
{
    QStringList lines;
    for (int p = 0; p < m_pillars.size(); ++p) {
        for (const QString &key : m_items.at(p)) {
            const Data::Topic *topic = m_model->topicAt(m_model->rowOfKey(key));
            lines << tr("%1: %2 — \"%3\"").arg(m_pillars.at(p), topic->name, topic->quote);
        }
    }
    return lines.join(u'\n');
}

void CooperationChart::rebuild()
{
    qDeleteAll(m_labels);
    m_labels.clear();
    m_labelColours.clear();
    m_labelNames.clear();
    m_labelAnchors.clear();
    m_pillars.clear();
    m_items.clear();
    for (const Data::Topic &topic : m_model->topics()) {
        if (!isSegment(topic.storedKind()))
            continue;
        qsizetype p = m_pillars.indexOf(topic.pillar);
        if (p < 0) {
            m_pillars.append(topic.pillar);
            m_items.append(QStringList());
            p = m_pillars.size() - 1;
        }
        m_items[p].append(topic.key);
        addSource(topic.source);
    }
    // QtCharts draws the first category at the bottom; reverse so the article's order reads
    // top to bottom.
    std::reverse(m_pillars.begin(), m_pillars.end());
    std::reverse(m_items.begin(), m_items.end());

    // One bar set per item, non-zero only in its own pillar, so every segment has its own
    // colour and label (a set in a stacked series spans all categories).
    m_series = new QHorizontalStackedBarSeries;
    m_series->setBarWidth(m_theme.barWidth);
    qsizetype depth = 0;
    for (int p = 0; p < m_pillars.size(); ++p) {
        depth = std::max(depth, m_items.at(p).size());
        const int colorIndex = int(m_pillars.size()) - 1 - p;
        for (int layer = 0; layer < m_items.at(p).size(); ++layer) {
            const QString &key = m_items.at(p).at(layer);
            const Data::Topic *topic = m_model->topicAt(m_model->rowOfKey(key));
            auto *set = new QBarSet(topic->name);
            for (int other = 0; other < m_pillars.size(); ++other)
                set->append(other == p ? 1.0 : 0.0);
            QColor color = m_theme.color(colorIndex);
            if (layer % 2 == 1)
                color = color.lighter(122);
            set->setColor(color);
            set->setBorderColor(m_theme.background);
            set->setSelectedColor(m_theme.highlight);
            set->setProperty("topicKey", key);
            set->setProperty("pillar", p);
            m_series->append(set);

            auto *label = new QGraphicsTextItem(chart());
            QFont font = label->font();
            font.setPointSizeF(9.0 * m_theme.fontScale);
            label->setFont(font);
            setLabelText(label, {topic->name});
            m_labelNames.append(topic->name);
            m_labelColours.append({m_theme.text, m_theme.background});
            label->setZValue(10);
            label->setAcceptHoverEvents(false);
            label->setAcceptedMouseButtons(Qt::NoButton);
            m_labels.append(label);
            m_labelAnchors.append(QPointF(layer + 0.5, p));
        }
    }
    chart()->addSeries(m_series);

    auto *countAxis = new QValueAxis;
    countAxis->setRange(0, qreal(std::max<qsizetype>(depth, 1)));
    countAxis->setTickType(QValueAxis::TicksDynamic);
    countAxis->setTickInterval(1.0);
    countAxis->setLabelFormat(QStringLiteral("%.0f"));
    styleAxis(countAxis, tr("Items named in the article (count)"));
    chart()->addAxis(countAxis, Qt::AlignBottom);
    m_series->attachAxis(countAxis);

    auto *pillarAxis = new QBarCategoryAxis;
    styleAxis(pillarAxis, QString());
    m_pillarAxis = pillarAxis;
    m_labelShape = -2; // none yet
    relabel();
    pillarAxis->setGridLineVisible(false);
    chart()->addAxis(pillarAxis, Qt::AlignLeft);
    m_series->attachAxis(pillarAxis);

    connect(m_series, &QHorizontalStackedBarSeries::clicked, this, [this](int, QBarSet *set) {
        emit topicActivated(set->property("topicKey").toString());
    });
    // Each set carries its topic: a set's index runs across every pillar, not within one.
    connect(m_series, &QHorizontalStackedBarSeries::hovered, this,
            [this](bool status, int, QBarSet *set) {
                const Data::Topic *t =
                    set ? m_model->topicAt(m_model->rowOfKey(set->property("topicKey").toString()))
                        : nullptr;
                if (!status || !t) {
                    showToolTip({});
                    return;
                }
                showToolTip(tr("<b>%1</b> (%2)<br>“%3”<br>%4")
                                .arg(t->name.toHtmlEscaped(), t->pillar.toHtmlEscaped(),
                                     t->quote.toHtmlEscaped(),
                                     FactFormatter::sourceLine(t->source).toHtmlEscaped()));
            });
    placeLabels();
    setHighlightedTopic(m_highlighted);
}

void CooperationChart::setHighlightedTopic(const QString &key)
{
    m_highlighted = key;
    if (!m_series)
        return;
    for (QBarSet *set : m_series->barSets()) {
        set->deselectAllBars();
        if (!key.isEmpty() && set->property("topicKey").toString() == key)
            set->selectBar(set->property("pillar").toInt());
    }
}

QString CooperationChart::selectedSegment() const
{
    ensureBuilt();
    if (m_series) {
        for (const QBarSet *set : m_series->barSets()) {
            if (!set->selectedBars().isEmpty())
                return set->property("topicKey").toString();
        }
    }
    return {};
}

// One rule for every segment: the name on a plate of the theme's background, in its text
// colour (at least 7:1 in every theme), whatever colour the segment is.
void CooperationChart::setLabelText(QGraphicsTextItem *label, const QStringList &lines) const
{
    QStringList escaped;
    for (const QString &line : lines)
        escaped << line.toHtmlEscaped();
    label->setHtml(
        QStringLiteral("<span style='background-color:%1;color:%2'>&nbsp;%3&nbsp;</span>")
            .arg(m_theme.background.name(), m_theme.text.name(),
                 escaped.join(QStringLiteral("&nbsp;<br>&nbsp;"))));
    label->setDefaultTextColor(m_theme.text);
}

// Lines of NAME no wider than ROOM in METRICS, at most MAXLINES of them: the last line that
// fits ends in "…" when the name is longer (the segment's tooltip names it whole).
QStringList CooperationChart::fittedLines(const QString &name, const QFontMetricsF &metrics,
                                          qreal room, int maxLines)
{
    QStringList lines = LabelWrapping::lines(name, metrics, room);
    if (lines.size() > maxLines) {
        const QString rest = lines.mid(maxLines - 1).join(u' ');
        lines = lines.mid(0, maxLines - 1);
        // Elided at a width the rest cannot fit, so it always ends in "…".
        lines << metrics.elidedText(rest, Qt::ElideRight,
                                    std::min(room, metrics.horizontalAdvance(rest) - 1));
    }
    for (QString &line : lines)
        line = metrics.elidedText(line, Qt::ElideRight, room); // a word wider than the segment
    return lines;
}

void CooperationChart::placeLabels()
{
    if (!m_series || chart()->series().isEmpty())
        return;
    const QPointF origin = chart()->mapToPosition(QPointF(0, 0), m_series);
    const qreal segmentWidth = chart()->mapToPosition(QPointF(1, 0), m_series).x() - origin.x();
    const qreal rowPitch =
        std::abs(chart()->mapToPosition(QPointF(0, 1), m_series).y() - origin.y());
    const qreal room = std::max(segmentWidth - 8.0, 20.0);
    for (int i = 0; i < m_labels.size(); ++i) {
        QGraphicsTextItem *label = m_labels.at(i);
        // Wrap at spaces inside the segment, in as many lines as the row's height holds (a
        // label never reaches into the next pillar's row); only a single word wider than the
        // segment shrinks the label, so no word is ever broken.
        const QFontMetricsF metrics(label->font());
        const qreal plate = 2 * metrics.horizontalAdvance(QChar(0xA0)) + 1; // the &nbsp;s
        const QString name = m_labelNames.at(i);
        qreal widestWord = 0;
        for (const QString &word : LabelWrapping::lines(name, metrics, 0))
            widestWord = std::max(widestWord, metrics.horizontalAdvance(word) + plate);
        // Shrunk a little for a long word; past that, the word is shortened.
        const qreal scale = std::clamp(room / widestWord, 0.85, 1.0);
        const int maxLines = std::max(1, int((rowPitch - 2) / (metrics.lineSpacing() * scale)));
        label->document()->setDocumentMargin(0);
        setLabelText(label, fittedLines(name, metrics, room / scale - plate, maxLines));
        label->setScale(scale);
        label->setTextWidth(room / scale + 1); // the lines fit: it only centres them
        QTextOption option = label->document()->defaultTextOption();
        option.setAlignment(Qt::AlignHCenter);
        label->document()->setDefaultTextOption(option);
        const QPointF centre = chart()->mapToPosition(m_labelAnchors.at(i), m_series);
        const QRectF box = label->boundingRect();
        label->setPos(centre.x() - box.width() * scale / 2, centre.y() - box.height() * scale / 2);
    }
}
