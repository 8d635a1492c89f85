// What the dashboard shows, whatever the format: the views of a
// municipality's latest published report and of the figures per wijk and
// buurt the theme services keep, with every parameter checked first (an
// error names the parameter). HTML, CSV and JSON are made from these.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "absl/status/statusor.h"
#include "common/domain/period.h"
#include "gateway/dashboard/area_client.h"
#include "gateway/dashboard/area_page.h"
#include "gateway/dashboard/area_profile.h"
#include "gateway/dashboard/map_page.h"
#include "gateway/report/reports.h"
#include "veilig/report/v1/dashboard.pb.h"

namespace veilig::gateway {

class Dashboard {
 public:
  Dashboard(Reports& reports, AreaClient& areas) : reports_(reports), areas_(areas) {}

  absl::StatusOr<report::v1::DashboardOverview> Overview(const std::string& municipality,
                                                         const ReportCaller& caller);
  // `query` with empty indicator or period takes the report's first
  // indicator and its period.
  absl::StatusOr<MapPageInput> Map(const std::string& municipality, MapQuery query,
                                   const ReportCaller& caller);
  absl::StatusOr<AreaPageInput> Area(const std::string& municipality, const std::string& area,
                                     const ReportCaller& caller);
  // The BBV policy indicators per whole year, beside Nederland's: from the
  // baseline year of the latest published report to the last year the
  // municipality has complete.
  absl::StatusOr<report::v1::PrescribedIndicators> Prescribed(const std::string& municipality,
                                                              const ReportCaller& caller);
  // The signals in the wijken and buurten in the months of the latest
  // published report's half year.
  absl::StatusOr<report::v1::SignalsOverview> Signals(const std::string& municipality,
                                                      const ReportCaller& caller);

 private:
  // One indicator's months and half years of `area`, from its `months`
  // (the half years asked for only when the months do not give them); none
  // when it has no figure there.
  absl::StatusOr<std::optional<IndicatorFiguresOfArea>> FiguresOfArea(
      const ReportCaller& caller, const common::v1::Indicator& indicator, const std::string& area,
      theme::v1::ListAreaFiguresResponse months, const Period& first, const Period& last);
  // Signals (computed by the services over every wijk and buurt), kept a
  // few minutes: the map and area pages mark them on every view. Those
  // pages ask kReadyOnly; an overview still `pending` is not kept.
  absl::StatusOr<std::shared_ptr<const report::v1::SignalsOverview>> KeptSignals(
      const std::string& municipality, const report::v1::ProgressReport& report,
      const ReportCaller& caller, AreaClient::SignalsWait wait);
  // The municipality's newest published report (kept: it never changes).
  absl::StatusOr<std::shared_ptr<const report::v1::ProgressReport>> LatestReport(
      const std::string& municipality, const ReportCaller& caller);

  Reports& reports_;
  AreaClient& areas_;
  std::mutex mutex_;
  // "GM0034/2019H1/1" -> the report.
  std::map<std::string, std::shared_ptr<const report::v1::ProgressReport>> reports_kept_;
  struct KeptSignalsEntry {
    std::chrono::steady_clock::time_point until;
    std::shared_ptr<const report::v1::SignalsOverview> overview;
  };
  // "GM0034/2019H1" -> the signals of its months.
  std::map<std::string, KeptSignalsEntry> signals_kept_;
};

// INVALID_ARGUMENT naming the field unless `query` is well formed for
// `municipality`: a known sort, a half year or month, a wijk of it.
absl::Status CheckMapQuery(const std::string& municipality, const MapQuery& query);

}  // namespace veilig::gateway
