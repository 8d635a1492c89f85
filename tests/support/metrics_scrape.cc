#include "tests/support/metrics_scrape.h"

#include <httplib.h>

#include <sstream>

namespace veilig::testing {

std::string Scrape(const Endpoint& endpoint) {
  httplib::Client client("127.0.0.1", endpoint.metrics_port);
  auto response = client.Get("/metrics");
  return response && response->status == 200 ? response->body : "";
}

double MetricValue(const std::string& exposition, const std::string& name,
                   const std::vector<std::string>& label_pairs) {
  std::istringstream lines(exposition);
  for (std::string line; std::getline(lines, line);) {
    // A series without labels is written without braces.
    if (!line.starts_with(name + "{") && !line.starts_with(name + " ")) continue;
    bool all = true;
    for (const auto& pair : label_pairs) all &= line.find(pair) != std::string::npos;
    if (all) return std::stod(line.substr(line.rfind(' ') + 1));
  }
  return -1;
}

}  // namespace veilig::testing
