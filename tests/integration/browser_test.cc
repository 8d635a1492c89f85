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

}  // namespace
}  // namespace veilig::testing
