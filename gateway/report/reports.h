// Everything the report API does, independent of the protocol it is asked
// over: the gRPC ReportService and the HTTP/JSON API both call this.
#pragma once

#include <grpcpp/grpcpp.h>

#include <chrono>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "gateway/dashboard/area_client.h"
#include "gateway/fanout/section_fanout.h"
#include "gateway/publication/publication_store.h"
#include "gateway/report/draft_cache.h"
#include "gateway/report/report_caller.h"

namespace veilig::gateway {

class Reports {
 public:
  // `signals` (may be null): where publication asks for the area signals
  // first, so that the published version carries them.
  Reports(SectionFanout& fanout, GatewayMetrics& metrics, PublicationStore& publications,
          std::chrono::milliseconds report_deadline, AreaClient* signals = nullptr)
      : fanout_(fanout),
        metrics_(metrics),
        publications_(publications),
        report_deadline_(report_deadline),
        signals_(signals) {}

  // The live draft (`version` 0, for callers with draft access) or a
  // published version.
  absl::StatusOr<report::v1::ProgressReport> Get(const std::string& municipality,
                                                 const std::string& period, int version,
                                                 const ReportCaller& caller);
  // Publishes the draft as the next version; a retry with the same
  // `request_id` returns the version the first attempt made. The theme
  // services' area signals are waited for first (a draft view does not wait):
  // a service that has none in time is published as still working them out.
  absl::StatusOr<report::v1::ProgressReport> Publish(const std::string& municipality,
                                                     const std::string& period,
                                                     const ReportCaller& caller,
                                                     const std::string& request_id = "");
  absl::StatusOr<std::vector<report::v1::ReportVersion>> Versions(const std::string& municipality,
                                                                  const std::string& period);
  absl::StatusOr<std::vector<report::v1::PublishedReport>> Published();
  absl::StatusOr<std::optional<report::v1::PublishedReport>> LatestPublished(
      const std::string& municipality) {
    return publications_.LatestPublished(municipality);
  }
  absl::StatusOr<std::vector<report::v1::ReportDifference>> Diff(const std::string& municipality,
                                                                 const std::string& period,
                                                                 int from_version, int to_version,
                                                                 const ReportCaller& caller);

 private:
  absl::StatusOr<report::v1::ProgressReport> Draft(const std::string& municipality,
                                                   const std::string& period,
                                                   const ReportCaller& caller);

  SectionFanout& fanout_;
  GatewayMetrics& metrics_;
  PublicationStore& publications_;
  std::chrono::milliseconds report_deadline_;
  AreaClient* signals_;
  DraftCache drafts_;
};

// INVALID_ARGUMENT naming the field unless `municipality` is a CBS code and
// `period` a half year.
absl::Status CheckReportKey(const std::string& municipality, const std::string& period);

}  // namespace veilig::gateway
