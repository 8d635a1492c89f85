#include "gateway/report/report_names.h"

#include <gtest/gtest.h>

namespace veilig::gateway {
namespace {

TEST(ReportNamesTest, ReportsAndVersionsAreNamedUnderTheMunicipality) {
  EXPECT_EQ(ReportResourceName("GM0034", "2019H1"), "municipalities/GM0034/reports/2019H1");
  EXPECT_EQ(VersionResourceName("GM0034", "2019H1", 2),
            "municipalities/GM0034/reports/2019H1/versions/2");
  auto draft = ParseReportName("name", "municipalities/GM0034/reports/2019H1", true);
  ASSERT_TRUE(draft.ok()) << draft.status();
  EXPECT_EQ(draft->municipality, "GM0034");
  EXPECT_EQ(draft->period, "2019H1");
  EXPECT_EQ(draft->version, 0);
  auto version = ParseReportName("name", "municipalities/GM0034/reports/2019H1/versions/3", true);
  ASSERT_TRUE(version.ok());
  EXPECT_EQ(version->version, 3);
}

TEST(ReportNamesTest, AnythingElseIsRefusedNamingTheField) {
  for (const char* name :
       {"", "GM0034/2019H1", "municipalities/GM0034/reports/2019",
        "municipalities/GM0034/reports/2019Q1", "municipalities/GM34/reports/2019H1",
        "municipalities/GM0034/rapportages/2019H1",
        "municipalities/GM0034/reports/2019H1/versions/0",
        "municipalities/GM0034/reports/2019H1/versions/x"}) {
    const auto parsed = ParseReportName("name", name, true);
    EXPECT_EQ(parsed.status().code(), absl::StatusCode::kInvalidArgument) << name;
    EXPECT_EQ(parsed.status().message().rfind("name: ", 0), 0u) << parsed.status().message();
  }
  // Where only the report is meant, a version is no answer.
  EXPECT_FALSE(
      ParseReportName("parent", "municipalities/GM0034/reports/2019H1/versions/1", false).ok());
}

}  // namespace
}  // namespace veilig::gateway
