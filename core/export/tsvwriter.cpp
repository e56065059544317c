// SPDX-License-Identifier: MIT
#include "tsvwriter.h"

#include "csvwriter.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace {

QString cell(const QVariant &value)
{
    QString text = value.toString();
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    // Pasted into a spreadsheet, the cells are read as typed: the same guard as CSV export.
    return CsvWriter::neutraliseFormula(text);
}

} // namespace

QString TsvWriter::write(const QAbstractItemModel &model, const QList<int> &rows)
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header << cell(model.headerData(column, Qt::Horizontal));
    lines << header.join(u'\t');
    for (int row : rows) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells << cell(model.index(row, column).data());
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}
