#include "gateway/api/report_service_impl.h"

#include <google/protobuf/util/time_util.h>

#include "common/domain/field_checks.h"
#include "common/domain/strings.h"
#include "common/server/grpc_status.h"
#include "gateway/report/report_assembler.h"

namespace veilig::gateway {
namespace {

absl::Status CheckRequest(const report::v1::GetProgressReportRequest& request) {
  if (auto s = CheckMunicipalityField("municipality", request.municipality()); !s.ok()) return s;
  return ParseHalfYearField("period", request.period()).status();
}

}  // namespace

grpc::Status ReportServiceImpl::GetProgressReport(
    grpc::ServerContext* context, const report::v1::GetProgressReportRequest* request,
    report::v1::ProgressReport* response) {
  if (auto s = server::CheckDeadline(*context); !s.ok()) return server::ToGrpcStatus(s);
  if (auto s = CheckRequest(*request); !s.ok()) return server::ToGrpcStatus(s);

  // Leave a little of the caller's time for assembling and sending.
  const auto now = std::chrono::system_clock::now();
  auto deadline = std::min(context->deadline(), now + report_deadline_);
  deadline -= std::min<std::chrono::system_clock::duration>((deadline - now) / 20,
                                                            std::chrono::milliseconds(50));

  theme::v1::GetThemeSectionRequest section_request;
  section_request.set_municipality(request->municipality());
  section_request.set_period(request->period());
  const std::vector<BackendResult> results =
      fanout_.FetchSections(context, section_request, deadline);

  if (NoBackendKnowsMunicipality(results)) {
    return grpc::Status(grpc::StatusCode::NOT_FOUND,
                        StrCat("no data for municipality '", request->municipality(), "'"));
  }
  *response = AssembleReport(request->municipality(), request->period(), results);
  *response->mutable_create_time() = google::protobuf::util::TimeUtil::GetCurrentTime();
  if (response->unreachable_size() > 0) metrics_.RecordPartialReport();
  return grpc::Status::OK;
}

}  // namespace veilig::gateway
