// SPDX-License-Identifier: MIT
#include "import/csvreader.h"

#include <QBuffer>

#include <gtest/gtest.h>

namespace {

struct CsvCase
{
    const char *name;
    QByteArray bytes;
    QList<QStringList> records;
};

void PrintTo(const CsvCase &c, std::ostream *os)
{
    *os << c.name;
}

class CsvReaderTest : public ::testing::TestWithParam<CsvCase>
{
};

QList<QStringList> readAll(const QByteArray &bytes, QString *error = nullptr)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> records;
    QStringList fields;
    while (reader.readRow(&fields))
        records.append(fields);
    if (error)
        *error = reader.errorString();
    return records;
}

TEST_P(CsvReaderTest, ReadsRecords)
{
    QString error;
    EXPECT_EQ(readAll(GetParam().bytes, &error), GetParam().records);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
}

using L = QStringList;
INSTANTIATE_TEST_SUITE_P(
    Rfc4180, CsvReaderTest,
    ::testing::Values(
        CsvCase{"plain", "a,b\n1,2\n", {L{u"a"_qs, u"b"_qs}, L{u"1"_qs, u"2"_qs}}},
        CsvCase{
            "crlf_and_no_final_newline", "a,b\r\n1,2", {L{u"a"_qs, u"b"_qs}, L{u"1"_qs, u"2"_qs}}},
        CsvCase{"bom", "\xEF\xBB\xBFx\n", {L{u"x"_qs}}},
        CsvCase{"quoted_comma_quote_newline",
                "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\n",
                {L{u"a,b"_qs, u"say \"hi\""_qs, u"two\nlines"_qs}}},
        CsvCase{"blank_line_and_trailing_empty_columns",
                "a,,\n\n1,2,\n",
                {L{u"a"_qs, QString(), QString()}, L{QString()}, L{u"1"_qs, u"2"_qs, QString()}}},
        CsvCase{"utf8", "Кыргызстан,中国\n", {L{u"Кыргызстан"_qs, u"中国"_qs}}}),
    [](const ::testing::TestParamInfo<CsvCase> &param) { return std::string(param.param.name); });

TEST(CsvReaderErrors, InvalidUtf8NamesLineAndColumnAndIsNeverReplaced)
{
    QString error;
    const QList<QStringList> records = readAll("a,b\n\"x\ny\",ok,\xC3\x28\n", &error);
    EXPECT_EQ(records.size(), 1);
    EXPECT_EQ(error, QStringLiteral("line 2, column 3: the text is not valid UTF-8"));
}

TEST(CsvReaderErrors, LineCountsFollowQuotedNewlines)
{
    QByteArray bytes = "h\n\"a\nb\nc\"\nnext\n";
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QStringList fields;
    ASSERT_TRUE(reader.readRow(&fields));
    ASSERT_TRUE(reader.readRow(&fields));
    EXPECT_EQ(reader.line(), 2);
    ASSERT_TRUE(reader.readRow(&fields));
    EXPECT_EQ(fields, QStringList{QStringLiteral("next")});
    EXPECT_EQ(reader.line(), 5);
}

} // namespace
