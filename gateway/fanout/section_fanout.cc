#include "gateway/fanout/section_fanout.h"

#include <condition_variable>
#include <mutex>

#include "common/theme/conditional_section.h"

namespace veilig::gateway {
namespace {

void ReadETag(const grpc::ClientContext& context, const std::map<std::string, std::string>& held,
              BackendResult& result) {
  const auto& metadata = context.GetServerInitialMetadata();
  const auto etag = metadata.find(theme::kETagKey);
  if (etag == metadata.end()) return;
  result.etag.assign(etag->second.data(), etag->second.size());
  const auto held_tag = held.find(result.service);
  result.unchanged = held_tag != held.end() && held_tag->second == result.etag;
}

}  // namespace

SectionFanout::SectionFanout(const std::map<std::string, std::shared_ptr<grpc::Channel>>& backends,
                             GatewayMetrics& metrics)
    : metrics_(metrics) {
  for (const auto& [service, channel] : backends) {
    stubs_.emplace_back(service, theme::v1::ThemeService::NewStub(channel));
  }
}

std::vector<BackendResult> SectionFanout::FetchSections(
    const grpc::ServerContext* parent, const std::string& authorization,
    const theme::v1::GetThemeSectionRequest& request,
    const std::map<std::string, std::string>& held,
    std::chrono::system_clock::time_point deadline) {
  struct Call {
    std::unique_ptr<grpc::ClientContext> context;
    std::chrono::steady_clock::time_point start;
  };
  const size_t n = stubs_.size();
  std::vector<BackendResult> results(n);
  std::vector<Call> calls(n);
  std::mutex mutex;
  std::condition_variable done;
  size_t pending = n;

  for (size_t i = 0; i < n; ++i) {
    results[i].service = stubs_[i].first;
    calls[i].context = parent != nullptr ? grpc::ClientContext::FromServerContext(*parent)
                                         : std::make_unique<grpc::ClientContext>();
    // gRPC applies the earlier of this and the propagated deadline.
    calls[i].context->set_deadline(deadline);
    if (!authorization.empty()) calls[i].context->AddMetadata("authorization", authorization);
    const auto held_tag = held.find(results[i].service);
    if (held_tag != held.end()) {
      calls[i].context->AddMetadata(theme::kIfNoneMatchKey, held_tag->second);
    }
    calls[i].start = std::chrono::steady_clock::now();
    stubs_[i].second->async()->GetThemeSection(
        calls[i].context.get(), &request, &results[i].section, [&, i](grpc::Status status) {
          const double seconds =
              std::chrono::duration<double>(std::chrono::steady_clock::now() - calls[i].start)
                  .count();
          metrics_.RecordBackendCall(results[i].service, seconds, status.error_code());
          if (status.ok()) ReadETag(*calls[i].context, held, results[i]);
          std::lock_guard lock(mutex);
          results[i].status = std::move(status);
          if (--pending == 0) done.notify_one();
        });
  }
  // Every call ends by its deadline (gRPC fires the callback with
  // DEADLINE_EXCEEDED), so this wait is bounded by the deadline too.
  std::unique_lock lock(mutex);
  done.wait(lock, [&pending] { return pending == 0; });
  return results;
}

}  // namespace veilig::gateway
