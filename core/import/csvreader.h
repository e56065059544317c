// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

// A streaming RFC 4180 reader: quoted fields with commas, doubled quotes and line breaks,
// LF or CRLF line ends, a UTF-8 byte order mark. It holds one buffer of the device at a time,
// never the whole file.
//
// Invalid UTF-8 is an error naming the line and column, never replaced by U+FFFD. Errors are
// values: readRow() returns false and errorString() says why (empty at the end of input).
class CsvReader
{
public:
    // Bounds on one record, so a hostile file cannot take unbounded memory: a field, a whole
    // record (which may span lines when quoted) and the fields of a record.
    static constexpr qsizetype kMaxFieldBytes = 1 << 20;
    static constexpr qint64 kMaxRecordBytes = 8 << 20;
    static constexpr qsizetype kMaxFields = 10000;

    explicit CsvReader(QIODevice *device);

    // Reads the next record into *fields. Returns false at the end of input or on an error.
    bool readRow(QStringList *fields);
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // The line on which the last record read starts, from 1.
    qint64 line() const { return m_recordLine; }
    // Bytes consumed so far, for progress.
    qint64 bytesRead() const { return m_consumed; }

private:
    bool fill();
    bool peek(char *c);
    bool finishField(QStringList *fields, QByteArray &field);
    bool fail(const QString &message);
    bool tooLong(const QStringList &fields, const QByteArray &field, qint64 recordStart);

    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    bool m_started = false;
    QString m_error;
};
