// Keeps a server's health status true after start: probes what the server
// depends on (its storage) at an interval, reports NOT_SERVING while the
// probe fails and SERVING again once it passes, without a restart. Each
// change is logged once, with the probe's error.
#pragma once

#include <grpcpp/health_check_service_interface.h>
#include <prometheus/gauge.h>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

#include "absl/status/status.h"

namespace veilig::server {

using HealthProbe = std::function<absl::Status()>;

class HealthWatch {
 public:
  // `up` (may be null) is set to 1 while the probe passes, 0 while it fails.
  HealthWatch(grpc::HealthCheckServiceInterface* health, HealthProbe probe,
              std::chrono::milliseconds interval, prometheus::Gauge* up);
  // Stops probing; the health status is left as it was.
  ~HealthWatch();

  HealthWatch(const HealthWatch&) = delete;
  HealthWatch& operator=(const HealthWatch&) = delete;

 private:
  void Loop();

  grpc::HealthCheckServiceInterface* health_;
  HealthProbe probe_;
  std::chrono::milliseconds interval_;
  prometheus::Gauge* up_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace veilig::server
