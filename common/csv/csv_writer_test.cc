#include "common/csv/csv_writer.h"

#include <gtest/gtest.h>

namespace veilig::csv {
namespace {

TEST(CsvWriterTest, DutchExcelHasAMarkSemicolonsAndDecimalCommas) {
  CsvWriter writer(CsvDialect::kDutchExcel);
  writer.Row({"Wijk", "Per 1.000 woningen"});
  writer.Row({"Almere Buiten", writer.Number(4.25, 1)});
  EXPECT_EQ(writer.text(), "\xEF\xBB\xBFWijk;Per 1.000 woningen\r\nAlmere Buiten;4,3\r\n");
}

TEST(CsvWriterTest, Rfc4180HasCommasAndDecimalPoints) {
  CsvWriter writer(CsvDialect::kRfc4180);
  writer.Row({"Almere Buiten", writer.Number(4.25, 1), CsvWriter::Count(12)});
  EXPECT_EQ(writer.text(), "Almere Buiten,4.3,12\r\n");
}

TEST(CsvWriterTest, QuotesOnlyFieldsThatNeedIt) {
  CsvWriter dutch(CsvDialect::kDutchExcel);
  dutch.Row({"a;b", "say \"hi\"", "a,b", "two\nlines"});
  EXPECT_EQ(dutch.text(), "\xEF\xBB\xBF\"a;b\";\"say \"\"hi\"\"\";a,b;\"two\nlines\"\r\n");
  CsvWriter rfc(CsvDialect::kRfc4180);
  rfc.Row({"a;b", "a,b"});
  EXPECT_EQ(rfc.text(), "a;b,\"a,b\"\r\n");
}

TEST(CsvWriterTest, MissingValuesAreEmptyFields) {
  CsvWriter writer(CsvDialect::kRfc4180);
  writer.Row({writer.Number(std::nullopt, 1), CsvWriter::Count(std::nullopt), "x"});
  EXPECT_EQ(writer.text(), ",,x\r\n");
  EXPECT_EQ(writer.Number(-0.01, 1), "0.0");
}

}  // namespace
}  // namespace veilig::csv
