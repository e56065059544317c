// SPDX-License-Identifier: MIT
#pragma once

#include "articlecitation.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// An article as the analyst saved it: plain text, an HTML page saved from a browser, or a PDF
// (its text layer, through poppler-qt6), read as the plain text a reader sees. The HTML is only
// read as text (textOfHtml()): scripts and styles are dropped, never run, nothing is laid out, and
// nothing it links to is fetched. A file that is empty, larger than any article, or not text is
// refused with one sentence naming it. Errors are values: read() returns std::nullopt and sets
// errorString().
class ArticleFile
{
    Q_DECLARE_TR_FUNCTIONS(ArticleFile)

public:
    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024;

    std::optional<QString> read(const QString &path);
    // HTML's text as a reader sees it: paragraphs on lines of their own.
    static QString textOfHtml(const QString &html);
    // What a page says of itself in its head's <meta> tags (Open Graph, article:, Dublin Core,
    // itemprop), its canonical link and its <title>; the outlet is the address's host when the
    // page names no site.
    static ArticleCitation citationOfHtml(const QString &html);
    // The citation the last file read gives of itself: an HTML page's head, a PDF's title and
    // author; empty for plain text, whose first lines ArticleCitation::readFrom() reads.
    ArticleCitation citation() const { return m_citation; }
    QString errorString() const { return m_error; }

private:
    std::optional<QString> readPdf(const QString &path, const QByteArray &bytes);
    std::optional<QString> fail(const QString &message);
    QString m_error;
    ArticleCitation m_citation;
};
