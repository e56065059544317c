// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QRectF>
#include <QString>

// One line of a PDF page's text layer where the page sets it: its words as a reader reads them
// and the box they fill, in points from the page's top left.
struct PageLine
{
    QString text;
    QRectF box;
};

// A page's lines in the order a reader reads them, as the text the extractor splits into
// sentences. Publishers set articles in columns, beside sidebars and tables; a page read line by
// line across its width runs one column's sentence into the next's. The page is cut recursively
// along the white space between its columns (each at least as wide as a short line of text) and
// between its bands of lines (kept together while they share those columns): columns are read
// left to right, bands top to bottom, and a table's row (cells on one line with white space
// between) stays one line. Lines run on into paragraphs; a line well short of its block's longest
// ends one (a headline, a paragraph's last line), so a sentence that runs from the foot of one
// column to the head of the next stays one sentence.
class PageReadingOrder
{
public:
    // The page's text appended to TEXT, the pages before it: a sentence runs on across pages.
    static void appendPage(const QList<PageLine> &lines, QString &text);
};
