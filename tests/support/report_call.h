// Test support: one GetProgressReport call to a suite's gateway, as an admin.
#pragma once

#include <chrono>
#include <string>

#include "tests/support/suite.h"
#include "veilig/report/v1/report_service.grpc.pb.h"

namespace veilig::testing {

grpc::Status GetReport(Suite& suite, const std::string& municipality, const std::string& period,
                       report::v1::ProgressReport* report,
                       std::chrono::milliseconds deadline = std::chrono::seconds(5));

}  // namespace veilig::testing
