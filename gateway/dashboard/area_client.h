// The dashboard's calls to the theme services: one indicator's figures for
// the parts of an area, and the parts' outlines. Every page is fetched and
// merged; the caller's token is forwarded (the services admit the calls
// themselves) and every call has the gateway's deadline.
#pragma once

#include <grpcpp/grpcpp.h>

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "gateway/report/report_caller.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"

namespace veilig::gateway {

struct Outlines {
  // The division year they belong to; 0 when there are none.
  int year = 0;
  std::vector<common::v1::AreaBoundary> boundaries;
};

class AreaClient {
 public:
  // `backends`: service name -> channel.
  AreaClient(const std::map<std::string, std::shared_ptr<grpc::Channel>>& backends,
             std::chrono::milliseconds deadline);

  // One indicator's figures for `area` and its parts over a period range
  // (with `whole_only`, for `area` alone). Asks the service of the
  // indicator's theme; an indicator of no single theme (the general figure)
  // the first service that knows it.
  absl::StatusOr<theme::v1::ListAreaFiguresResponse> Figures(
      const ReportCaller& caller, const common::v1::Indicator& indicator, const std::string& area,
      const std::string& from_period, const std::string& to_period, bool whole_only = false);

  // Several indicators' figures for `area` itself over a period range, in
  // one call to each service concerned: an indicator's theme's service, or
  // for one of no single theme the first service that stores it. In the
  // order of `indicators`; none for one that no service stores.
  absl::StatusOr<std::vector<std::optional<theme::v1::ListAreaFiguresResponse>>> WholeFigures(
      const ReportCaller& caller, const std::vector<common::v1::Indicator>& indicators,
      const std::string& area, const std::string& from_period, const std::string& to_period);

  // The indicators of a prescribed set, from every service, in the services'
  // plan order and each service's import order.
  absl::StatusOr<std::vector<common::v1::Indicator>> PrescribedIndicators(
      const ReportCaller& caller, common::v1::PrescribedSet set);

  // The signals below `municipality` in the months of `half_year`, from every
  // service in plan order, asked of all at once. kReadyOnly: a service still
  // working them out answers `pending` at once.
  enum class SignalsWait { kUntilReady, kReadyOnly };
  absl::StatusOr<std::vector<theme::v1::ListAreaSignalsResponse>> Signals(
      const ReportCaller& caller, const std::string& municipality, const std::string& half_year,
      SignalsWait wait);

  // The outlines of the parts of `area` in the division of `year`, or of the
  // nearest year with outlines within three years (earlier years first).
  absl::StatusOr<Outlines> PartOutlines(const ReportCaller& caller, const std::string& area,
                                        int year);

 private:
  // The indicator's theme's service first, then every other.
  std::vector<theme::v1::ThemeService::Stub*> StubsFor(const common::v1::Indicator& indicator);
  // Its theme's service alone, or every service for one of no single theme.
  std::vector<theme::v1::ThemeService::Stub*> HoldersOf(const common::v1::Indicator& indicator);
  std::unique_ptr<grpc::ClientContext> Context(const ReportCaller& caller) const;

  std::map<std::string, std::unique_ptr<theme::v1::ThemeService::Stub>> stubs_;
  std::chrono::milliseconds deadline_;
};

}  // namespace veilig::gateway
