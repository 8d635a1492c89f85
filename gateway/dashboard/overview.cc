#include "gateway/dashboard/overview.h"

#include "common/report/report_outline.h"
#include "common/report/survey_text.h"

namespace veilig::gateway {

namespace cv1 = common::v1;

report::v1::DashboardOverview BuildOverview(const report::v1::ProgressReport& report) {
  report::v1::DashboardOverview overview;
  overview.set_municipality(report.municipality());
  overview.set_municipality_name(report.municipality_name());
  overview.set_period(report.period());
  overview.set_version(report.version());
  report::ForEachIndicatorBlock(
      report, [&](const cv1::ThemeSection* section, const cv1::IndicatorBlock& block) {
        auto& summary = *overview.add_indicators();
        *summary.mutable_indicator() = block.indicator();
        summary.set_theme_title(section == nullptr ? "Algemeen" : section->title());
        for (const auto& series : block.series()) {
          if (series.area() == report.municipality()) *summary.mutable_series() = series;
        }
        for (const auto& comparison : block.comparisons()) {
          if (comparison.basis() == cv1::COMPARISON_BASIS_YEAR_EARLIER) {
            *summary.mutable_year_earlier() = comparison;
          }
        }
        if (block.has_goal_assessment())
          *summary.mutable_goal_assessment() = block.goal_assessment();
      });
  for (const auto& section : report.sections()) {
    for (const auto& topic : section.topics()) {
      for (const auto& survey : topic.surveys()) {
        cv1::SurveyBlock& shown = *overview.add_surveys() = survey;
        if (shown.narrative().empty()) {
          for (auto& sentence : report::DescribeSurvey(survey)) {
            shown.add_narrative(std::move(sentence));
          }
        }
      }
    }
  }
  return overview;
}

}  // namespace veilig::gateway
