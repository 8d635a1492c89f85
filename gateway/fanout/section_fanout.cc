#include "gateway/fanout/section_fanout.h"

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
    std::unique_ptr<grpc::ClientAsyncResponseReader<common::v1::ThemeSection>> reader;
    std::chrono::steady_clock::time_point start;
  };
  const size_t n = stubs_.size();
  std::vector<BackendResult> results(n);
  std::vector<Call> calls(n);
  // A queue of this call's own, drained by this thread: the answers are
  // read where they are awaited, without handing each to another thread
  // and waking this one again (which cost more CPU than the calls).
  grpc::CompletionQueue queue;

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
    calls[i].reader =
        stubs_[i].second->AsyncGetThemeSection(calls[i].context.get(), request, &queue);
    calls[i].reader->Finish(&results[i].section, &results[i].status, &calls[i]);
  }
  // Every call ends by its deadline (gRPC completes it with
  // DEADLINE_EXCEEDED), so this loop is bounded by the deadline too.
  void* tag = nullptr;
  bool ok = false;
  for (size_t finished = 0; finished < n && queue.Next(&tag, &ok); ++finished) {
    const auto i = static_cast<size_t>(static_cast<Call*>(tag) - calls.data());
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - calls[i].start).count();
    metrics_.RecordBackendCall(results[i].service, seconds, results[i].status.error_code());
    if (results[i].status.ok()) ReadETag(*calls[i].context, held, results[i]);
  }
  queue.Shutdown();
  while (queue.Next(&tag, &ok)) {
  }
  return results;
}

}  // namespace veilig::gateway
