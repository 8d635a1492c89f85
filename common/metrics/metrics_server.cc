#include "common/metrics/metrics_server.h"

#include <exception>

#include "absl/status/status.h"
#include "common/domain/strings.h"

namespace veilig::metrics {

absl::StatusOr<std::unique_ptr<MetricsServer>> MetricsServer::Start(const std::string& host,
                                                                    int port) {
  auto registry = std::make_shared<prometheus::Registry>();
  try {
    auto exposer = std::make_unique<prometheus::Exposer>(StrCat(host, ":", port));
    exposer->RegisterCollectable(registry);
    return std::unique_ptr<MetricsServer>(new MetricsServer(std::move(exposer), registry));
  } catch (const std::exception& e) {
    return absl::UnavailableError(
        StrCat("cannot serve metrics on ", host, ":", port, ": ", e.what()));
  }
}

}  // namespace veilig::metrics
