// Test support: waits until every theme service of a suite has worked out
// the area signals of a municipality's half year. A section built before
// says they are pending; tests that compare drafts or time publications
// start from the settled state.
#pragma once

#include <chrono>
#include <string>

#include "tests/support/suite.h"

namespace veilig::testing {

// OK, or the first service's error.
grpc::Status WaitForAreaSignals(Suite& suite, const std::string& municipality,
                                const std::string& period,
                                std::chrono::milliseconds deadline = std::chrono::seconds(120));

}  // namespace veilig::testing
