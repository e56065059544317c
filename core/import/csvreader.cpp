// SPDX-License-Identifier: MIT
#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>

namespace {

constexpr qint64 kChunkSize = 1 << 16;

} // namespace

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{
}

bool CsvReader::fill()
{
    if (m_pos < m_buffer.size())
        return true;
    m_buffer = m_device->read(kChunkSize);
    m_pos = 0;
    return !m_buffer.isEmpty();
}

bool CsvReader::peek(char *c)
{
    if (!fill())
        return false;
    *c = m_buffer.at(m_pos);
    return true;
}

bool CsvReader::fail(const QString &message)
{
    m_error = message;
    return false;
}

// True, with the error set, when the record being read passes a bound.
bool CsvReader::tooLong(const QStringList &fields, const QByteArray &field, qint64 recordStart)
{
    if (field.size() > kMaxFieldBytes)
        return !fail(QCoreApplication::translate("CsvReader",
                                                 "line %1, column %2: the field is longer than "
                                                 "%3 bytes")
                         .arg(m_recordLine)
                         .arg(fields.size() + 1)
                         .arg(kMaxFieldBytes));
    if (m_consumed - recordStart > kMaxRecordBytes)
        return !fail(
            QCoreApplication::translate("CsvReader", "line %1: the record is longer than %2 bytes")
                .arg(m_recordLine)
                .arg(kMaxRecordBytes));
    if (fields.size() > kMaxFields)
        return !fail(
            QCoreApplication::translate("CsvReader", "line %1: the record has more than %2 fields")
                .arg(m_recordLine)
                .arg(kMaxFields));
    return false;
}

bool CsvReader::finishField(QStringList *fields, QByteArray &field)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(field);
    if (decoder.hasError())
        return fail(QCoreApplication::translate("CsvReader",
                                                "line %1, column %2: the text is not valid UTF-8")
                        .arg(m_recordLine)
                        .arg(fields->size() + 1));
    fields->append(std::move(text));
    field.clear();
    return true;
}

bool CsvReader::readRow(QStringList *fields)
{
    fields->clear();
    if (hasError())
        return false;
    if (!m_started) {
        m_started = true;
        if (fill() && m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
            m_consumed = 3;
        }
    }
    char c = 0;
    if (!peek(&c))
        return false;
    m_recordLine = m_line;
    QByteArray field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and its closing quote was read
    const qint64 recordStart = m_consumed;
    while (peek(&c)) {
        ++m_pos;
        ++m_consumed;
        if (tooLong(*fields, field, recordStart))
            return false;
        if (quoted) {
            if (c == '"') {
                char next = 0;
                if (peek(&next) && next == '"') {
                    ++m_pos;
                    ++m_consumed;
                    field.append('"');
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                field.append(c);
            }
            continue;
        }
        if (c == ',') {
            if (!finishField(fields, field))
                return false;
            wasQuoted = false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r') {
                char next = 0;
                if (peek(&next) && next == '\n') {
                    ++m_pos;
                    ++m_consumed;
                }
            }
            ++m_line;
            return finishField(fields, field);
        } else if (c == '"' && field.isEmpty() && !wasQuoted) {
            quoted = true;
        } else if (wasQuoted) {
            return fail(QCoreApplication::translate(
                            "CsvReader", "line %1, column %2: text after the closing quote")
                            .arg(m_line)
                            .arg(fields->size() + 1));
        } else {
            field.append(c);
        }
    }
    if (quoted)
        return fail(QCoreApplication::translate("CsvReader",
                                                "line %1, column %2: a quoted field is not closed "
                                                "before the end of the file")
                        .arg(m_recordLine)
                        .arg(fields->size() + 1));
    return finishField(fields, field);
}
