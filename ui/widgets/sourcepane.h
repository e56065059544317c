// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"
#include "data/event.h"
#include "data/fact.h"
#include "data/topic.h"

#include <QList>
#include <QWidget>

class QTextBrowser;

// Shows where the selected item comes from: the verbatim sentence with the figure highlighted,
// the citation, and for a derived figure how it was derived.
class SourcePane : public QWidget
{
    Q_OBJECT
public:
    explicit SourcePane(QWidget *parent = nullptr);

    void showFact(const Data::Fact &fact, const QList<Data::Fact> &allFacts);
    void showTopic(const Data::Topic &topic);
    void showCalendarEvent(const Data::Event &event);
    // With nothing selected: the article, who is quoted and the stated aims, each with its
    // sentence, and how to get to the figures.
    void setOverview(const Data::Dataset &dataset);
    void showNothing();

    QString plainText() const;
    QString html() const;

    // The quote as HTML with each phrase highlighted (phrases that do not occur are ignored).
    static QString highlightedQuote(const QString &quote, const QStringList &phrases);
    static QString quoteBlock(const QString &quoteHtml);

private:
    QTextBrowser *m_browser;
    QString m_overview;
};
