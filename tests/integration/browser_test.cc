// The HTML report in a real browser: Debian's headless Chromium, driven by
// tests/web/report_browser_test.mjs, against a running suite.
#include <gtest/gtest.h>

#include <filesystem>

#include "tests/support/imported_suite.h"

namespace veilig::testing {
namespace {

using BrowserTest = ImportedSuiteFixture;

TEST_F(BrowserTest, TheReportRendersWithoutErrorsAndMeetsWcag21AA) {
  const std::filesystem::path web = VEILIG_WEB_TEST_DIR;
  ASSERT_TRUE(std::filesystem::exists(web / "node_modules" / "playwright-core"))
      << "run 'npm ci' in " << web << " first (scripts/test does)";
  const std::string base =
      "http://127.0.0.1:" + std::to_string(suite_->endpoint("gateway").http_port);
  const auto run =
      RunCommand({"/usr/bin/env", "VEILIG_TOKEN=" + suite_->admin_token(), "/usr/bin/node",
                  (web / "report_browser_test.mjs").string(), base, "/rapportages/GM0034/2019H1",
                  VEILIG_ARTIFACT_DIR},
                 (suite_->directory() / "browser.log").string(), std::chrono::seconds(120));
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("browser: "), std::string::npos) << run.output;
  // The desktop and the phone width (the script checks both).
  for (const char* shot : {"rapportage.png", "rapportage-390.png"}) {
    EXPECT_TRUE(std::filesystem::exists(std::filesystem::path(VEILIG_ARTIFACT_DIR) / shot)) << shot;
  }
}

// The dashboard shows the latest published report: publish it, then walk from
// the front page over the map to a wijk's page and its CSV.
TEST_F(BrowserTest, TheDashboardLeadsFromTheCityToAWijkAndItsCsvAtEitherWidth) {
  const std::filesystem::path web = VEILIG_WEB_TEST_DIR;
  ASSERT_TRUE(std::filesystem::exists(web / "node_modules" / "playwright-core"))
      << "run 'npm ci' in " << web << " first (scripts/test does)";
  const auto published = suite_->Ctl({"publish", "--municipality=GM0034", "--period=2019H1"});
  ASSERT_EQ(published.exit_code, 0) << published.output;
  const std::string base =
      "http://127.0.0.1:" + std::to_string(suite_->endpoint("gateway").http_port);
  const std::string artifacts = std::string(VEILIG_ARTIFACT_DIR) + "/dashboard";
  const auto run = RunCommand(
      {"/usr/bin/env", "VEILIG_TOKEN=" + suite_->Token({"viewer"}), "/usr/bin/node",
       (web / "dashboard_browser_test.mjs").string(), base, "GM0034", artifacts},
      (suite_->directory() / "dashboard-browser.log").string(), std::chrono::seconds(180));
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("browser: "), std::string::npos) << run.output;
  for (const char* shot :
       {"dashboard.png", "kaart.png", "gebied.png", "bbv.png", "signalen.png", "kaart-390.png"}) {
    EXPECT_TRUE(std::filesystem::exists(std::filesystem::path(artifacts) / shot)) << shot;
  }
}

}  // namespace
}  // namespace veilig::testing
