#include "common/log/json_formatter.h"

#include <gtest/gtest.h>
#include <spdlog/details/log_msg.h>

namespace veilig::log {
namespace {

std::string Format(std::string_view message) {
  JsonLinesFormatter formatter("veilige-wijken");
  spdlog::details::log_msg msg("test", spdlog::level::warn,
                               spdlog::string_view_t(message.data(), message.size()));
  spdlog::memory_buf_t out;
  formatter.format(msg, out);
  return std::string(out.data(), out.size());
}

TEST(JsonFormatterTest, WritesOneObjectPerLineWithLevelAndService) {
  const std::string line = Format("ready");
  EXPECT_EQ(line.back(), '\n');
  EXPECT_EQ(line.find('\n'), line.size() - 1);
  EXPECT_NE(line.find(R"("level":"warning")"), std::string::npos);
  EXPECT_NE(line.find(R"("service":"veilige-wijken")"), std::string::npos);
  EXPECT_NE(line.find(R"("msg":"ready"})"), std::string::npos);
  EXPECT_EQ(line.rfind(R"({"time":")", 0), 0u);
}

TEST(JsonFormatterTest, EscapesQuotesBackslashesAndControlCharacters) {
  const std::string line = Format("a \"quoted\" \\ path\nnext\x01");
  EXPECT_NE(line.find(R"(a \"quoted\" \\ path\nnext\u0001)"), std::string::npos);
}

}  // namespace
}  // namespace veilig::log
