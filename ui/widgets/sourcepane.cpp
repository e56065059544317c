// SPDX-License-Identifier: MIT
#include "sourcepane.h"

#include "i18n/translation.h"

#include "format/factformatter.h"

#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString citationHtml(const Data::Source &source)
{
    return QStringLiteral("<p><small>— %1</small></p>")
        .arg(FactFormatter::fullCitation(source).toHtmlEscaped());
}

} // namespace

SourcePane::SourcePane(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    m_browser->setOpenExternalLinks(true);
    m_browser->setTabChangesFocus(true); // Tab moves on to the next region
    setFocusProxy(m_browser);
    m_browser->setAccessibleName(tr("Source of the selected figure"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    showNothing();
}

// The sentence as the article has it. In another interface language the label above it is a
// translation, so the sentence says that it is the original.
QString SourcePane::quoteBlock(const QString &quoteHtml)
{
    const QString block = QStringLiteral("<blockquote>“%1”</blockquote>").arg(quoteHtml);
    if (Translation::current() == u"en")
        return block;
    return tr("<p><small>The original sentence, in the article's English:</small></p>") + block;
}

QString SourcePane::highlightedQuote(const QString &quote, const QStringList &phrases)
{
    QList<QPair<qsizetype, qsizetype>> ranges;
    for (const QString &phrase : phrases) {
        const qsizetype at = phrase.isEmpty() ? -1 : quote.indexOf(phrase);
        if (at >= 0)
            ranges.append({at, phrase.size()});
    }
    std::sort(ranges.begin(), ranges.end());
    QString html;
    qsizetype pos = 0;
    for (const auto &[start, length] : ranges) {
        if (start < pos)
            continue;
        html += quote.mid(pos, start - pos).toHtmlEscaped();
        html += QStringLiteral("<span style='background-color:#F0E442;color:#000000;"
                               "font-weight:bold'>%1</span>")
                    .arg(quote.mid(start, length).toHtmlEscaped());
        pos = start + length;
    }
    html += quote.mid(pos).toHtmlEscaped();
    return html;
}

void SourcePane::showFact(const Data::Fact &fact, const QList<Data::Fact> &allFacts)
{
    QStringList phrases{fact.asWritten};
    for (const QString &key : fact.inputKeys) {
        for (const Data::Fact &input : allFacts) {
            if (input.key == key)
                phrases << input.asWritten;
        }
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(fact.label.toHtmlEscaped());
    QStringList context{fact.periodLabel, fact.basis, fact.category};
    context.removeAll(QString()); // a figure with no basis has no empty place for one
    html += QStringLiteral("<p><span style='font-size:x-large;font-weight:bold'>%1</span><br>%2")
                .arg(FactFormatter::qualifiedValue(fact).toHtmlEscaped(),
                     context.join(QStringLiteral(" · ")).toHtmlEscaped());
    html += fact.derived ? tr("<br><b>Derived</b>, not stated in the article.</p>")
                         : tr("<br><b>Stated</b> in the article.</p>");
    if (fact.derived) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(FactFormatter::derivation(fact, allFacts).toHtmlEscaped());
        html += tr("<p>Derived from this sentence:</p>");
    }
    html += quoteBlock(highlightedQuote(fact.quote, phrases));
    html += citationHtml(fact.source);
    m_browser->setHtml(html);
}

void SourcePane::showTopic(const Data::Topic &topic)
{
    QString html = QStringLiteral("<h3>%1</h3><p>%2 · %3</p>")
                       .arg(topic.name.toHtmlEscaped(), topic.pillar.toHtmlEscaped(),
                            topic.kind.toHtmlEscaped());
    html += quoteBlock(highlightedQuote(topic.quote, {topic.term}));
    html += citationHtml(topic.source);
    m_browser->setHtml(html);
}

void SourcePane::showCalendarEvent(const Data::Event &event)
{
    const QString when =
        event.startDate == event.endDate
            ? FactFormatter::date(event.startDate)
            : tr("%1 to %2")
                  .arg(FactFormatter::date(event.startDate), FactFormatter::date(event.endDate));
    QString html =
        QStringLiteral("<h3>%1</h3><p><b>%2</b>%3</p><p><i>%4</i></p>")
            .arg(event.name.toHtmlEscaped(), when.toHtmlEscaped(),
                 event.place.isEmpty() ? QString()
                                       : QStringLiteral(" · ") + event.place.toHtmlEscaped(),
                 event.dateBasis.toHtmlEscaped());
    html += quoteBlock(highlightedQuote(event.quote, {}));
    html += citationHtml(event.source);
    m_browser->setHtml(html);
}

void SourcePane::setOverview(const Data::Dataset &dataset)
{
    QString html;
    for (const Data::Source &source : dataset.sources)
        html +=
            QStringLiteral("<h3>%1</h3>").arg(source.title.toHtmlEscaped()) + citationHtml(source);
    if (!dataset.people.isEmpty()) {
        html += tr("<p><b>Quoted</b></p>");
        for (const Data::Person &person : dataset.people) {
            html += QStringLiteral("<p>%1, %2, %3<br><small>“%4”</small></p>")
                        .arg(person.name.toHtmlEscaped(), person.role.toHtmlEscaped(),
                             person.organisation.toHtmlEscaped(),
                             highlightedQuote(person.quote, {person.name}));
        }
    }
    QStringList aims;
    QString aimQuote;
    for (const Data::Topic &topic : dataset.topics) {
        if (topic.storedKind() == u"aim") {
            aims << topic.term;
            aimQuote = topic.quote;
        }
    }
    if (!aims.isEmpty())
        html += tr("<p><b>Stated aims</b></p><p><small>“%1”</small></p>")
                    .arg(highlightedQuote(aimQuote, aims));
    m_overview = html;
    showNothing();
}

void SourcePane::showNothing()
{
    m_browser->setHtml(tr("<p><i>Select a figure, a bar, a point or a tile to see the sentence "
                          "it comes from.</i></p>") +
                       m_overview);
}

QString SourcePane::plainText() const
{
    return m_browser->toPlainText();
}

QString SourcePane::html() const
{
    return m_browser->toHtml();
}
