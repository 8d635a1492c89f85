#include "common/csv/csv_reader.h"

#include <gtest/gtest.h>

#include <sstream>

namespace veilig::csv {
namespace {

std::vector<std::vector<std::string>> ReadAll(const std::string& text, char delimiter = ',') {
  std::istringstream in(text);
  CsvReader reader(in, delimiter);
  std::vector<std::vector<std::string>> records;
  while (true) {
    auto record = reader.Next();
    EXPECT_TRUE(record.ok()) << record.status();
    if (!record.ok() || !record->has_value()) break;
    records.push_back(**record);
  }
  return records;
}

TEST(CsvReaderTest, PlainRecords) {
  auto records = ReadAll("a,b,c\n1,2,3\n");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[1], (std::vector<std::string>{"1", "2", "3"}));
}

TEST(CsvReaderTest, QuotedFieldsWithDelimitersQuotesAndNewlines) {
  auto records = ReadAll("x,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\"\n");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0], (std::vector<std::string>{"x", "a, b", "say \"hi\"", "two\nlines"}));
}

TEST(CsvReaderTest, CrLfLineEndsAndMissingFinalNewline) {
  auto records = ReadAll("a,b\r\n1,2");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0], (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(records[1], (std::vector<std::string>{"1", "2"}));
}

TEST(CsvReaderTest, SemicolonDelimiterAndEmptyFields) {
  auto records = ReadAll("\"Almere\";\"8955\";\".\"\n;;\n", ';');
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0], (std::vector<std::string>{"Almere", "8955", "."}));
  EXPECT_EQ(records[1], (std::vector<std::string>{"", "", ""}));
}

TEST(CsvReaderTest, UnterminatedQuoteIsAnErrorNamingTheLine) {
  std::istringstream in("a,b\n1,\"open\n");
  CsvReader reader(in);
  ASSERT_TRUE(reader.Next().ok());
  auto record = reader.Next();
  ASSERT_FALSE(record.ok());
  EXPECT_NE(record.status().message().find("line 2"), std::string::npos);
}

TEST(CsvTableTest, LooksUpFieldsByColumnName) {
  std::istringstream in("\xEF\xBB\xBFid,name\nx,Almere\n\ny,Lelystad\n");
  auto table = CsvTable::Open(in, {"id", "name"});
  ASSERT_TRUE(table.ok()) << table.status();
  ASSERT_TRUE(*table->Next());
  EXPECT_EQ(table->Get("id"), "x");
  EXPECT_EQ(table->Get("name"), "Almere");
  EXPECT_EQ(table->Get("missing"), "");
  ASSERT_TRUE(*table->Next());  // the blank line is skipped
  EXPECT_EQ(table->Get("name"), "Lelystad");
  EXPECT_EQ(table->line(), 4);
  EXPECT_FALSE(*table->Next());
}

TEST(CsvTableTest, MissingRequiredColumnsAreNamed) {
  std::istringstream in("id,title\n");
  auto table = CsvTable::Open(in, {"id", "theme", "unit"});
  ASSERT_FALSE(table.ok());
  EXPECT_NE(table.status().message().find("theme, unit"), std::string::npos);
}

TEST(CsvTableTest, RecordsWithTheWrongFieldCountAreRejected) {
  std::istringstream in("a,b\n1,2,3\n");
  auto table = CsvTable::Open(in, {});
  ASSERT_TRUE(table.ok());
  auto next = table->Next();
  ASSERT_FALSE(next.ok());
  EXPECT_NE(next.status().message().find("line 2: expected 2 fields, found 3"), std::string::npos);
}

}  // namespace
}  // namespace veilig::csv
