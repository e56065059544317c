// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <utility>

// Writes RFC 4180 CSV (CRLF line ends, quotes doubled) in UTF-8.
//
// Formula-injection guard (OWASP): a text cell that starts with '=', '+', '-', '@', a tab or a
// carriage return is prefixed with a single quote so spreadsheets show it as text. Cells that
// are plain numbers ("-3.4") are left alone, so negative numbers stay numbers.
class CsvWriter
{
public:
    explicit CsvWriter(bool withByteOrderMark = false);

    void addRow(const QStringList &cells);
    QByteArray data() const { return m_data; }
    // The rows so far, leaving the writer empty: for writing a long file as it grows.
    QByteArray takeData() { return std::exchange(m_data, {}); }

    static QString escapeCell(const QString &cell);
    static QString neutraliseFormula(const QString &cell);
    // The inverse of neutraliseFormula(), for reading a file this writer made.
    static QString restoreNeutralised(const QString &cell);

private:
    QByteArray m_data;
};
