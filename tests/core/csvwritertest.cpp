// SPDX-License-Identifier: MIT
#include "export/csvwriter.h"
#include "export/factlistwriter.h"
#include "export/tsvwriter.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardItemModel>

#include <gtest/gtest.h>

namespace {

struct CellCase
{
    const char *input;
    const char *written; // the cell as it appears in the CSV line
};

class CsvCellTest : public ::testing::TestWithParam<CellCase>
{
};

TEST_P(CsvCellTest, EscapesAndNeutralises)
{
    CsvWriter csv;
    csv.addRow({QString::fromUtf8(GetParam().input)});
    EXPECT_EQ(csv.data(), QByteArray(GetParam().written) + "\r\n");
}

INSTANTIATE_TEST_SUITE_P(
    Rfc4180AndOwasp, CsvCellTest,
    ::testing::Values(CellCase{"plain", "plain"}, CellCase{"a,b", "\"a,b\""},
                      CellCase{"say \"hi\"", "\"say \"\"hi\"\"\""},
                      CellCase{"two\nlines", "\"two\nlines\""}, CellCase{"=1+2", "'=1+2"},
                      CellCase{"+cmd", "'+cmd"}, CellCase{"-2+3", "'-2+3"},
                      CellCase{"@SUM(A1)", "'@SUM(A1)"}, CellCase{"\tx", "'\tx"},
                      CellCase{"\rx", "\"'\rx\""}, CellCase{"-3.4", "-3.4"}, CellCase{"+5", "+5"},
                      CellCase{"9.3", "9.3"},
                      CellCase{"=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""},
                      CellCase{"Jan–May 2025", "Jan–May 2025"}, CellCase{"", ""}),
    [](const auto &param) { return "case" + std::to_string(param.index); });

TEST(CsvWriter, ByteOrderMarkIsOptional)
{
    EXPECT_TRUE(CsvWriter(true).data().startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(CsvWriter(false).data().isEmpty());
}

TEST(FactListWriter, CsvHasAHeaderAndOneLinePerFactWithTheQuote)
{
    const Data::Dataset dataset = TestSupport::embeddedDataset();
    const QByteArray csv = FactListWriter::toCsv(dataset.facts);
    const QList<QByteArray> lines = csv.split('\n');
    // Trailing CRLF leaves one empty element; no quote contains a newline.
    ASSERT_EQ(lines.size(), dataset.facts.size() + 2);
    EXPECT_EQ(lines.first().trimmed(), FactListWriter::csvHeader().join(u',').toUtf8());
    for (const Data::Fact &fact : dataset.facts) {
        QString quoted = fact.quote;
        quoted.replace(u'"', QStringLiteral("\"\""));
        EXPECT_TRUE(csv.contains(quoted.toUtf8())) << fact.key.toStdString();
    }
}

// The JSON is written one fact at a time, and reads exactly as a whole document would.
TEST(FactListWriter, StreamedJsonIsByteForByteWhatQJsonDocumentWrites)
{
    const Data::Dataset dataset = TestSupport::embeddedDataset();
    QJsonArray whole;
    for (const Data::Fact &f : dataset.facts)
        whole.append(FactListWriter::jsonObject(f));
    EXPECT_EQ(FactListWriter::write(dataset.facts, FactListWriter::Format::Json),
              QJsonDocument(whole).toJson());
    EXPECT_EQ(FactListWriter::write({}, FactListWriter::Format::Json),
              QJsonDocument(QJsonArray()).toJson());
}

TEST(FactListWriter, JsonRoundTripsValuesAndFlags)
{
    const Data::Dataset dataset = TestSupport::embeddedDataset();
    const QJsonArray array =
        QJsonDocument::fromJson(FactListWriter::write(dataset.facts, FactListWriter::Format::Json))
            .array();
    ASSERT_EQ(array.size(), dataset.facts.size());
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const Data::Fact &f = dataset.facts.at(i);
        EXPECT_EQ(o.value(QStringLiteral("key")).toString(), f.key);
        EXPECT_DOUBLE_EQ(o.value(QStringLiteral("value")).toDouble(), f.value);
        EXPECT_EQ(o.value(QStringLiteral("derived")).toBool(), f.derived);
        EXPECT_EQ(o.value(QStringLiteral("quote")).toString(), f.quote);
        EXPECT_EQ(o.value(QStringLiteral("source"))
                      .toObject()
                      .value(QStringLiteral("publisher"))
                      .toString(),
                  f.source.publisher);
    }
}

} // namespace

// Ctrl+C in a table pastes into a spreadsheet as typed: the CSV guard applies to TSV too.
TEST(TsvWriterTest, CopiedCellsGetTheSameFormulaGuardAsCsv)
{
    QStandardItemModel model(1, 5);
    const QStringList cells{QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("+1+1"),
                            QStringLiteral("@SUM(1)"), QStringLiteral("-5"),
                            QStringLiteral("China")};
    for (int column = 0; column < cells.size(); ++column) {
        model.setHeaderData(column, Qt::Horizontal, QStringLiteral("h%1").arg(column));
        model.setItem(0, column, new QStandardItem(cells.at(column)));
    }
    EXPECT_EQ(
        TsvWriter::write(model, {0}),
        QStringLiteral("h0\th1\th2\th3\th4\n'=cmd|' /C calc'!A0\t'+1+1\t'@SUM(1)\t-5\tChina\n"));
}
