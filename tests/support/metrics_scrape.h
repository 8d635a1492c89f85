// Test support: a server's Prometheus metrics page, and one series in it.
#pragma once

#include <string>
#include <vector>

#include "tests/support/suite.h"

namespace veilig::testing {

// The text exposition of `endpoint`'s /metrics; empty when it cannot be read.
std::string Scrape(const Endpoint& endpoint);

// The value of one series in a text exposition (every pair in
// `label_pairs`, e.g. R"(grpc_code="OK")", among its labels), or -1.
double MetricValue(const std::string& exposition, const std::string& name,
                   const std::vector<std::string>& label_pairs = {});

}  // namespace veilig::testing
