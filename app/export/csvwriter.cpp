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
    if (!risky || plainNumber.match(cell).hasMatch())
        return cell;
    return u'\'' + cell;
}
