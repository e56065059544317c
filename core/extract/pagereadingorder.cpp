// SPDX-License-Identifier: MIT
#include "pagereadingorder.h"

#include <algorithm>

namespace {

using Lines = QList<PageLine>;

// The distances that tell a page's parts apart, in units of its typical line height.
struct Spacing
{
    qreal columnGap = 0;   // white space between columns (or a table's cells)
    qreal columnWidth = 0; // the width a column's widest line reaches at least
    qreal bandGap = 0;     // white space between blocks of lines, above the leading
};

Spacing spacingOf(const Lines &lines)
{
    QList<qreal> heights;
    for (const PageLine &line : lines)
        heights << line.box.height();
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    const qreal height = std::max<qreal>(heights.at(heights.size() / 2), 1.0);
    return Spacing{std::max<qreal>(0.9 * height, 6.0), 8.0 * height, 0.4 * height};
}

// Lines grouped where white space at least GAP wide separates them along one axis.
template <typename Start, typename End>
QList<Lines> split(Lines lines, qreal gap, Start start, End end)
{
    std::stable_sort(lines.begin(), lines.end(),
                     [&](const PageLine &a, const PageLine &b) { return start(a) < start(b); });
    QList<Lines> groups;
    qreal reach = 0;
    for (const PageLine &line : lines) {
        if (groups.isEmpty() || start(line) > reach + gap) {
            groups.append(Lines());
            reach = end(line);
        }
        groups.last().append(line);
        reach = std::max(reach, end(line));
    }
    return groups;
}

QList<Lines> bandsOf(const Lines &lines, const Spacing &spacing)
{
    return split(
        lines, spacing.bandGap, [](const PageLine &l) { return l.box.top(); },
        [](const PageLine &l) { return l.box.bottom(); });
}

// Where a group's lines reach across the page, kept as lines are added: the spans the white
// space between its columns leaves, and whether each holds a line as wide as a column's.
class Coverage
{
public:
    explicit Coverage(const Spacing &spacing)
        : m_spacing(spacing)
    {
    }

    void add(const Lines &lines)
    {
        for (const PageLine &line : lines)
            add(line);
    }

    bool hasColumns() const
    {
        return m_spans.size() > 1 && std::all_of(m_spans.cbegin(), m_spans.cend(),
                                                 [](const Span &span) { return span.wide; });
    }

    // LINES (those added) by the span each stands in, left to right.
    QList<Lines> byColumn(const Lines &lines) const
    {
        QList<Span> spans = m_spans;
        std::sort(spans.begin(), spans.end(),
                  [](const Span &a, const Span &b) { return a.left < b.left; });
        QList<Lines> columns(spans.size());
        for (const PageLine &line : lines) {
            const auto in = std::find_if(spans.cbegin(), spans.cend(), [&](const Span &span) {
                return line.box.left() >= span.left && line.box.right() <= span.right;
            });
            columns[in == spans.cend() ? 0 : in - spans.cbegin()].append(line);
        }
        return columns;
    }

private:
    struct Span
    {
        qreal left = 0;
        qreal right = 0;
        bool wide = false;
    };

    void add(const PageLine &line)
    {
        Span merged{line.box.left(), line.box.right(), line.box.width() >= m_spacing.columnWidth};
        QList<Span> apart;
        for (const Span &span : std::as_const(m_spans)) {
            if (span.left > merged.right + m_spacing.columnGap ||
                merged.left > span.right + m_spacing.columnGap) {
                apart.append(span);
                continue;
            }
            merged = Span{std::min(span.left, merged.left), std::max(span.right, merged.right),
                          span.wide || merged.wide};
        }
        apart.append(merged);
        m_spans = apart;
    }

    Spacing m_spacing;
    QList<Span> m_spans;
};

// The page's columns, left to right: more than one only when each holds a line of text as wide
// as a column's (a table's narrow cells are not columns).
QList<Lines> columnsOf(const Lines &lines, const Spacing &spacing)
{
    Coverage coverage(spacing);
    coverage.add(lines);
    return coverage.hasColumns() ? coverage.byColumn(lines) : QList<Lines>{lines};
}

// Bands kept together while they share columns, so a paragraph break at the same height in
// both columns does not interleave them. Linear in the lines: a section's columns are kept as
// its bands are added, not found again.
QList<Lines> sectionsOf(const QList<Lines> &bands, const Spacing &spacing)
{
    QList<Lines> sections;
    Coverage coverage(spacing);
    for (const Lines &band : bands) {
        Coverage joined = coverage;
        joined.add(band);
        if (!sections.isEmpty() && coverage.hasColumns() && joined.hasColumns()) {
            sections.last() += band;
            coverage = joined;
            continue;
        }
        sections.append(band);
        coverage = Coverage(spacing);
        coverage.add(band);
    }
    return sections;
}

// The page's blocks in reading order: each a column's run of lines between breaks.
void collectBlocks(const Lines &lines, const Spacing &spacing, QList<Lines> &blocks, int depth)
{
    if (const QList<Lines> columns = columnsOf(lines, spacing); columns.size() > 1) {
        for (const Lines &column : columns)
            collectBlocks(column, spacing, blocks, depth + 1);
        return;
    }
    const QList<Lines> sections = sectionsOf(bandsOf(lines, spacing), spacing);
    if (sections.size() == 1 || depth > 16) {
        blocks.append(lines);
        return;
    }
    for (const Lines &section : sections)
        collectBlocks(section, spacing, blocks, depth + 1);
}

struct Row
{
    QString text;
    bool tableRow = false; // cells with white space between: a row of its own
};

// A block's lines as rows, top to bottom: lines side by side on one height are one row.
QList<Row> rowsOf(Lines block, const Spacing &spacing)
{
    std::stable_sort(block.begin(), block.end(), [](const PageLine &a, const PageLine &b) {
        return a.box.top() < b.box.top();
    });
    QList<Lines> rows;
    for (const PageLine &line : block) {
        const qreal middle = line.box.center().y();
        if (rows.isEmpty() || middle > rows.last().first().box.bottom())
            rows.append(Lines());
        rows.last().append(line);
    }
    QList<Row> out;
    for (Lines &cells : rows) {
        std::stable_sort(cells.begin(), cells.end(), [](const PageLine &a, const PageLine &b) {
            return a.box.left() < b.box.left();
        });
        Row row;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0 && cells.at(i).box.left() > cells.at(i - 1).box.right() + spacing.columnGap)
                row.tableRow = true;
            row.text += (i > 0 ? QStringLiteral(" ") : QString()) + cells.at(i).text.trimmed();
        }
        out.append(row);
    }
    return out;
}

// "ﬁ" and the other typographic ligatures of U+FB00–FB06 as their letters: a PDF's text keeps
// the glyphs the page was set in, and a reader types "figures".
QString withoutLigatures(QString line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char16_t c = line.at(i).unicode();
        if (c >= 0xFB00 && c <= 0xFB06) {
            const QString letters = QString(line.at(i)).normalized(QString::NormalizationForm_KC);
            line.replace(i, 1, letters);
            i += letters.size() - 1;
        }
    }
    return line;
}

// A line run on after the text before it: a word broken across two lines joined again, and so a
// number broken after its minus sign or a range after its dash ("-" then "23%", "10-" then "12x").
void runOn(QString &text, const QString &line)
{
    if (text.isEmpty() || text.endsWith(u'\n'))
        text += line;
    else if (text.endsWith(u'-') && (line.at(0).isLower() || line.at(0).isDigit()))
        text += line;
    else
        text += u' ' + line;
}

qreal topOf(const Lines &block)
{
    qreal top = block.first().box.top();
    for (const PageLine &line : block)
        top = std::min(top, line.box.top());
    return top;
}

qreal bottomOf(const Lines &block)
{
    qreal bottom = block.first().box.bottom();
    for (const PageLine &line : block)
        bottom = std::max(bottom, line.box.bottom());
    return bottom;
}

// A block's rows run on; LAST_ENDS says whether its last row ends a paragraph whatever its
// length (white space follows it below, not the head of the next column).
void appendBlock(const QList<Row> &rows, bool lastEnds, QString &text)
{
    qsizetype longest = 0;
    for (const Row &row : rows)
        longest = std::max(longest, row.text.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString line = withoutLigatures(rows.at(i).text);
        if (line.isEmpty())
            continue;
        runOn(text, line);
        const bool last = i + 1 == rows.size();
        const bool tableNext = !last && rows.at(i + 1).tableRow;
        if (rows.at(i).tableRow || tableNext || line.size() < longest * 7 / 10 ||
            (last && lastEnds))
            text += u'\n';
    }
}

} // namespace

void PageReadingOrder::appendPage(const QList<PageLine> &lines, QString &text)
{
    Lines withText;
    for (const PageLine &line : lines) {
        if (!line.text.trimmed().isEmpty())
            withText.append(line);
    }
    if (withText.isEmpty())
        return;
    const Spacing spacing = spacingOf(withText);
    QList<Lines> blocks;
    collectBlocks(withText, spacing, blocks, 0);
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const bool nextColumn =
            i + 1 < blocks.size() && topOf(blocks.at(i + 1)) < bottomOf(blocks.at(i));
        appendBlock(rowsOf(blocks.at(i), spacing), i + 1 < blocks.size() && !nextColumn, text);
    }
}
