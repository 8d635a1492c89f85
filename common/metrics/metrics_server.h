// The Prometheus endpoint of a process: one registry, served at /metrics on a
// port of its own so that scraping never competes with the gRPC port.
#pragma once

#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <memory>
#include <string>

#include "absl/status/statusor.h"

namespace veilig::metrics {

class MetricsServer {
 public:
  // Binds host:port; fails (instead of throwing) when the port is taken.
  static absl::StatusOr<std::unique_ptr<MetricsServer>> Start(const std::string& host, int port);

  const std::shared_ptr<prometheus::Registry>& registry() const { return registry_; }

 private:
  MetricsServer(std::unique_ptr<prometheus::Exposer> exposer,
                std::shared_ptr<prometheus::Registry> registry)
      : exposer_(std::move(exposer)), registry_(std::move(registry)) {}
  std::unique_ptr<prometheus::Exposer> exposer_;
  std::shared_ptr<prometheus::Registry> registry_;
};

}  // namespace veilig::metrics
