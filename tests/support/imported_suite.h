// A test fixture whose tests share one running suite with the worked example
// imported: started once per test suite, stopped after its last test.
#pragma once

#include <gtest/gtest.h>

#include <memory>

#include "tests/support/suite.h"

namespace veilig::testing {

class ImportedSuiteFixture : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    suite_ = std::make_unique<Suite>();
    suite_->StartAll();
    ASSERT_TRUE(suite_->WaitUntilServing());
    auto result = suite_->Ctl({"import", VEILIG_DATA_DIR});
    ASSERT_EQ(result.exit_code, 0) << result.output;
    ASSERT_NE(result.output.find("import complete"), std::string::npos) << result.output;
  }
  static void TearDownTestSuite() { suite_.reset(); }

  static inline std::unique_ptr<Suite> suite_;
};

}  // namespace veilig::testing
