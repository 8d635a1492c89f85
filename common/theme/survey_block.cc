#include "common/theme/survey_block.h"

#include <algorithm>
#include <map>

#include "common/signals/survey_difference.h"
#include "common/theme/note_scope.h"

namespace veilig::theme {
namespace {

namespace cv1 = common::v1;

// area -> year -> estimate.
using Editions = std::map<std::string, std::map<int, cv1::SurveyEstimate>>;

Editions EditionsOf(const SectionInput& input, const cv1::Indicator& indicator, int last_year) {
  Editions editions;
  for (const auto& o : input.observations) {
    if (o.indicator() != indicator.id() || !o.has_rate()) continue;
    auto period = Period::Parse(o.period());
    if (!period.ok() || period->grain() != Grain::kYear || period->year() > last_year) continue;
    cv1::SurveyEstimate estimate;
    estimate.set_area(o.area());
    if (auto area = input.areas.find(o.area()); area != input.areas.end()) {
      estimate.set_area_name(area->second.name());
      estimate.set_area_kind(area->second.kind());
    }
    estimate.set_period(o.period());
    estimate.set_percentage(o.rate());
    if (o.has_lower_bound() && o.has_upper_bound()) {
      estimate.set_lower_bound(o.lower_bound());
      estimate.set_upper_bound(o.upper_bound());
    }
    editions[o.area()][period->year()] = std::move(estimate);
  }
  return editions;
}

bool HasMargin(const cv1::SurveyEstimate& estimate) {
  return estimate.has_lower_bound() && estimate.has_upper_bound();
}

void AddComparison(cv1::SurveyComparisonKind kind, const cv1::SurveyEstimate& later,
                   const cv1::SurveyEstimate& earlier, cv1::SurveyBlock& block) {
  // Without both margins there is nothing to judge the difference on.
  if (!HasMargin(later) || !HasMargin(earlier)) return;
  const auto difference = signals::CompareSurveyEstimates(
      {later.percentage(), (later.upper_bound() - later.lower_bound()) / 2},
      {earlier.percentage(), (earlier.upper_bound() - earlier.lower_bound()) / 2});
  cv1::SurveyComparison* comparison = block.add_comparisons();
  comparison->set_kind(kind);
  *comparison->mutable_later() = later;
  *comparison->mutable_earlier() = earlier;
  comparison->set_difference(difference.difference);
  comparison->set_z(difference.z);
  comparison->set_p_value(difference.p_value);
  comparison->set_beyond_margins(difference.real);
}

}  // namespace

cv1::SurveyBlock BuildSurveyBlock(const SectionInput& input, const cv1::Indicator& indicator,
                                  const std::string& municipality, const Period& report_period,
                                  std::optional<int> baseline_year) {
  cv1::SurveyBlock block;
  *block.mutable_indicator() = indicator;
  block.mutable_indicator()->clear_goal();
  for (const auto& note : input.notes) {
    if (IsFootnoteInForce(note, indicator, report_period.LastDay())) *block.add_notes() = note;
  }
  const Editions editions = EditionsOf(input, indicator, report_period.year());
  const auto own = editions.find(municipality);
  if (own == editions.end() || own->second.empty()) return block;
  for (const auto& [year, estimate] : own->second) *block.add_estimates() = estimate;
  const auto& [latest_year, latest] = *own->second.rbegin();

  std::vector<int> earlier_years;
  if (baseline_year && *baseline_year < latest_year && own->second.contains(*baseline_year)) {
    earlier_years.push_back(*baseline_year);
  }
  if (own->second.size() > 1) {
    const int previous = std::prev(own->second.end(), 2)->first;
    if (earlier_years.empty() || earlier_years.front() != previous) {
      earlier_years.push_back(previous);
    }
  }
  for (int year : earlier_years) {
    AddComparison(cv1::SURVEY_COMPARISON_KIND_EARLIER_EDITION, latest, own->second.at(year), block);
  }
  const auto area = input.areas.find(municipality);
  if (area == input.areas.end()) return block;
  for (const auto& group : area->second.comparison_groups()) {
    const auto theirs = editions.find(group);
    if (theirs == editions.end()) continue;
    const auto same_edition = theirs->second.find(latest_year);
    if (same_edition == theirs->second.end()) continue;
    *block.add_estimates() = same_edition->second;
    AddComparison(cv1::SURVEY_COMPARISON_KIND_OTHER_AREA, latest, same_edition->second, block);
  }
  return block;
}

}  // namespace veilig::theme
