#include "gateway/dashboard/overview.h"

namespace veilig::gateway {
namespace {

namespace cv1 = common::v1;

void AddTopic(const cv1::TopicBlock& topic, const std::string& theme_title,
              const std::string& municipality, report::v1::DashboardOverview& overview) {
  for (const auto& block : topic.indicators()) {
    auto& summary = *overview.add_indicators();
    *summary.mutable_indicator() = block.indicator();
    summary.set_theme_title(theme_title);
    for (const auto& series : block.series()) {
      if (series.area() == municipality) *summary.mutable_series() = series;
    }
    for (const auto& comparison : block.comparisons()) {
      if (comparison.basis() == cv1::COMPARISON_BASIS_YEAR_EARLIER) {
        *summary.mutable_year_earlier() = comparison;
      }
    }
    if (block.has_goal_assessment()) *summary.mutable_goal_assessment() = block.goal_assessment();
  }
}

}  // namespace

report::v1::DashboardOverview BuildOverview(const report::v1::ProgressReport& report) {
  report::v1::DashboardOverview overview;
  overview.set_municipality(report.municipality());
  overview.set_municipality_name(report.municipality_name());
  overview.set_period(report.period());
  overview.set_version(report.version());
  AddTopic(report.general(), "Algemeen", report.municipality(), overview);
  for (const auto& section : report.sections()) {
    for (const auto& topic : section.topics()) {
      AddTopic(topic, section.title(), report.municipality(), overview);
    }
  }
  return overview;
}

}  // namespace veilig::gateway
