#include "common/server/health_watch.h"

#include <spdlog/spdlog.h>

#include "common/domain/strings.h"

namespace veilig::server {

HealthWatch::HealthWatch(grpc::HealthCheckServiceInterface* health, HealthProbe probe,
                         std::chrono::milliseconds interval, prometheus::Gauge* up)
    : health_(health), probe_(std::move(probe)), interval_(interval), up_(up) {
  if (up_ != nullptr) up_->Set(1);
  thread_ = std::thread([this] { Loop(); });
}

HealthWatch::~HealthWatch() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void HealthWatch::Loop() {
  // The server was found ready just before the watch started.
  bool serving = true;
  std::unique_lock lock(mutex_);
  while (!wake_.wait_for(lock, interval_, [this] { return stopping_; })) {
    lock.unlock();
    const absl::Status status = probe_();
    lock.lock();
    if (stopping_) break;
    if (status.ok() == serving) continue;
    serving = status.ok();
    health_->SetServingStatus(serving);
    if (up_ != nullptr) up_->Set(serving ? 1 : 0);
    if (serving) {
      spdlog::info("storage is usable again: reporting SERVING");
    } else {
      spdlog::error("storage is unusable, reporting NOT_SERVING until it recovers: {}",
                    View(status.message()));
    }
  }
}

}  // namespace veilig::server
