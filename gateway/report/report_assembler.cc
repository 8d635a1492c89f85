#include "gateway/report/report_assembler.h"

#include <algorithm>

#include "common/theme/themes.h"
#include "gateway/report/report_names.h"

namespace veilig::gateway {
namespace {

bool Reachable(const grpc::Status& status) {
  return status.ok() || status.error_code() == grpc::StatusCode::NOT_FOUND;
}

}  // namespace

bool NoBackendKnowsMunicipality(const std::vector<BackendResult>& results) {
  bool any_not_found = false;
  for (const auto& result : results) {
    if (result.status.ok()) return false;
    any_not_found |= result.status.error_code() == grpc::StatusCode::NOT_FOUND;
  }
  return any_not_found;
}

report::v1::ProgressReport AssembleReport(const std::string& municipality,
                                          const std::string& period,
                                          const std::vector<BackendResult>& results) {
  report::v1::ProgressReport report;
  report.set_municipality(municipality);
  report.set_period(period);
  report.set_status(report::v1::REPORT_STATUS_DRAFT);
  report.set_name(ReportResourceName(municipality, period));

  for (const theme::ThemeInfo& info : theme::AllThemes()) {
    if (info.theme == common::v1::THEME_GENERAL) continue;
    auto result = std::find_if(results.begin(), results.end(), [&info](const BackendResult& r) {
      return r.service == info.service;
    });
    common::v1::ThemeSection* section = report.add_sections();
    if (result != results.end() && result->status.ok()) {
      *section = result->section;
      if (section->has_general()) *report.mutable_general() = section->general();
      section->clear_general();
      // The introduction and conclusion are the report's, not a theme's.
      if (!section->report_introduction().empty()) {
        report.set_introduction(section->report_introduction());
      }
      if (!section->report_conclusion().empty()) {
        report.set_conclusion(section->report_conclusion());
      }
      section->clear_report_introduction();
      section->clear_report_conclusion();
      if (report.municipality_name().empty()) {
        report.set_municipality_name(section->municipality_name());
      }
      if (report.baseline_period().empty()) report.set_baseline_period(section->baseline_period());
      if (!report.has_plan() && section->has_plan()) *report.mutable_plan() = section->plan();
    } else {
      section->set_theme(info.theme);
      section->set_title(std::string(info.title));
      section->set_municipality(municipality);
      section->set_period(period);
      if (result == results.end() || !Reachable(result->status)) {
        report.add_unreachable(std::string(info.service));
      }
    }
  }
  return report;
}

}  // namespace veilig::gateway
