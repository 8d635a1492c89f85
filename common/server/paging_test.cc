#include "common/server/paging.h"

#include <gtest/gtest.h>

#include "veilig/crisisbeheersing/v1/crisisbeheersing_service.pb.h"

namespace veilig::server {
namespace {

using crisisbeheersing::v1::ListEventAdviceRequest;

ListEventAdviceRequest Request(const std::string& period, int page_size, const std::string& token) {
  ListEventAdviceRequest request;
  request.set_parent("municipalities/GM0034");
  request.set_period(period);
  request.set_page_size(page_size);
  request.set_page_token(token);
  return request;
}

TEST(PagingTest, ATokenLeadsToTheNextPageOfTheSameRequest) {
  auto first = ParsePage(Request("2019H1", 2, ""));
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->offset, 0);
  EXPECT_EQ(first->size, 2);
  std::vector<int> rows = {1, 2, 3};  // probe_size() rows: a next page exists
  std::vector<int> taken;
  const std::string token = first->Take(rows, [&taken](int row) { taken.push_back(row); });
  EXPECT_EQ(taken, (std::vector<int>{1, 2}));
  ASSERT_FALSE(token.empty());
  // Another page size is no other filter.
  auto second = ParsePage(Request("2019H1", 5, token));
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_EQ(second->offset, 2);
  std::vector<int> last = {3};
  EXPECT_TRUE(second->Take(last, [](int) {}).empty());
}

TEST(PagingTest, ATokenIsRefusedWithOtherFiltersOrWhenNotIssued) {
  auto first = ParsePage(Request("2019H1", 1, ""));
  std::vector<int> rows = {1, 2};
  const std::string token = first->Take(rows, [](int) {});
  const auto other = ParsePage(Request("2019H2", 1, token));
  EXPECT_EQ(other.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(other.status().message().rfind("page_token: ", 0), 0u);
  for (const std::string forged : {"1", "bm9uc2Vuc2U", "!!"}) {
    EXPECT_EQ(ParsePage(Request("2019H1", 1, forged)).status().code(),
              absl::StatusCode::kInvalidArgument)
        << forged;
  }
  EXPECT_EQ(ParsePage(Request("2019H1", -1, "")).status().message().rfind("page_size: ", 0), 0u);
}

TEST(PagingTest, AListReadWholeIsCutIntoTheSamePages) {
  Page page;
  page.offset = 2;
  page.size = 2;
  std::vector<int> taken;
  const std::string token =
      page.TakeFrom(std::vector<int>{1, 2, 3, 4, 5}, [&taken](int row) { taken.push_back(row); });
  EXPECT_EQ(taken, (std::vector<int>{3, 4}));
  EXPECT_FALSE(token.empty());
  taken.clear();
  page.offset = 4;
  EXPECT_TRUE(
      page.TakeFrom(std::vector<int>{1, 2, 3, 4, 5}, [&taken](int row) { taken.push_back(row); })
          .empty());
  EXPECT_EQ(taken, (std::vector<int>{5}));
}

}  // namespace
}  // namespace veilig::server
