// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <ostream>

#include <optional>

// Helpers shared by the suites.
class TestSupport
{
public:
    // ../shared/seed/article.txt beside the checkout; empty when absent (a user's clone).
    static QString articlePath();
    // The article text, or std::nullopt when the shared folder is absent.
    static std::optional<QString> article();
    // The dataset compiled into the binary, read through a fresh working copy.
    static Data::Dataset embeddedDataset();
    static QByteArray readAll(const QString &path);
    // The header line of a facts CSV with the source columns the tests fill.
    static QByteArray factsCsvHeader();
    // Writes the facts CSV ROWS (after factsCsvHeader()) to DIR/facts.csv, imports it through
    // the real importer into the user store DIR/user.sqlite and returns what the window loads:
    // the built-in dataset with the imported facts. Fails the test and returns {} on error.
    static Data::Dataset importFacts(const QString &dir, const QByteArray &rows);
    // The qualified names of XML's elements in document order ("title", "dc:title"); empty
    // when XML is not well-formed.
    static QStringList xmlElements(const QByteArray &xml);
    // The sco-dashboard executable built beside the tests.
    static QString dashboardBinary();
};

// Readable GoogleTest failure messages for Qt strings.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

inline void PrintTo(const QStringList &list, std::ostream *os)
{
    *os << '[' << list.join(QStringLiteral(", ")).toStdString() << ']';
}
