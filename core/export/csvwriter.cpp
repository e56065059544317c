// SPDX-License-Identifier: MIT
#include "csvwriter.h"

#include <QRegularExpression>

CsvWriter::CsvWriter(bool withByteOrderMark)
{
    if (withByteOrderMark)
        m_data = QByteArrayLiteral("\xEF\xBB\xBF");
}

void CsvWriter::addRow(const QStringList &cells)
{
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString &cell : cells)
        escaped << escapeCell(neutraliseFormula(cell));
    m_data += escaped.join(u',').toUtf8();
    m_data += "\r\n";
}

QString CsvWriter::escapeCell(const QString &cell)
{
    static const QRegularExpression needsQuotes(QStringLiteral("[\",\r\n]"));
    if (!cell.contains(needsQuotes))
        return cell;
    QString quoted = cell;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString CsvWriter::neutraliseFormula(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    static const QRegularExpression plainNumber(QStringLiteral("^[-+]?[0-9]+([.,][0-9]+)?$"));
    const QChar first = cell.front();
    const bool risky = first == u'=' || first == u'+' || first == u'-' || first == u'@' ||
                       first == u'\t' || first == u'\r';
    // A cell that already starts with the guard's quote gets one more, so that
    // restoreNeutralised() gives back exactly what was written.
    if (first == u'\'')
        return u'\'' + cell;
    if (!risky || plainNumber.match(cell).hasMatch())
        return cell;
    return u'\'' + cell;
}

QString CsvWriter::restoreNeutralised(const QString &cell)
{
    if (cell.size() < 2 || cell.front() != u'\'')
        return cell;
    const QChar second = cell.at(1);
    const bool guarded = second == u'=' || second == u'+' || second == u'-' || second == u'@' ||
                         second == u'\t' || second == u'\r' || second == u'\'';
    return guarded ? cell.mid(1) : cell;
}
