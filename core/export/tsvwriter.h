// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;

// Rows of a table as tab-separated text with a header line, the form spreadsheets paste:
// what Ctrl+C puts on the clipboard. Tabs and line breaks inside a cell become spaces, so every
// row stays one line.
class TsvWriter
{
public:
    static QString write(const QAbstractItemModel &model, const QList<int> &rows);
};
