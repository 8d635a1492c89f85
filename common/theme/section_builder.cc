#include "common/theme/section_builder.h"

#include <algorithm>
#include <cmath>

#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "common/domain/calendar_date.h"
#include "common/domain/rates.h"
#include "common/domain/rounding.h"
#include "common/domain/significance.h"
#include "common/domain/topic_label.h"
#include "common/domain/trend.h"
#include "common/theme/figures.h"
#include "common/theme/note_scope.h"
#include "common/theme/survey_block.h"
#include "common/theme/themes.h"

namespace veilig::theme {
namespace {

namespace cv1 = common::v1;

std::optional<double> MeasureOf(const cv1::Indicator& indicator, const Figure& figure) {
  if (indicator.change_measure() == cv1::CHANGE_MEASURE_RATE) return figure.rate;
  if (figure.count.has_value()) return static_cast<double>(*figure.count);
  return std::nullopt;
}

// Goals are judged on the rate where there is one, so that population growth
// does not count as progress or decline; else on the count.
std::optional<double> GoalMeasureOf(const cv1::Indicator& indicator, const Figure& figure) {
  if (indicator.unit() != cv1::UNIT_COUNT && figure.rate.has_value()) return figure.rate;
  if (figure.count.has_value()) return static_cast<double>(*figure.count);
  return std::nullopt;
}

cv1::ChangeDirection DirectionOf(double from, double to) {
  if (to > from) return cv1::CHANGE_DIRECTION_INCREASE;
  if (to < from) return cv1::CHANGE_DIRECTION_DECREASE;
  return cv1::CHANGE_DIRECTION_UNCHANGED;
}

class IndicatorBlockBuilder {
 public:
  IndicatorBlockBuilder(const SectionInput& input, const Figures& figures,
                        const SectionRequest& request, const std::vector<Period>& periods,
                        std::optional<int> baseline_year)
      : input_(input),
        figures_(figures),
        request_(request),
        periods_(periods),
        baseline_year_(baseline_year) {}

  cv1::IndicatorBlock Build(const cv1::Indicator& indicator) const {
    cv1::IndicatorBlock block;
    *block.mutable_indicator() = indicator;
    AddSeries(indicator, request_.municipality, block);
    if (const cv1::Area* municipality = figures_.FindArea(request_.municipality)) {
      for (const auto& group : municipality->comparison_groups()) {
        AddSeries(indicator, group, block);
      }
    }
    const Period& current = request_.period;
    const int baseline = indicator.has_goal() ? indicator.goal().baseline_year()
                                              : baseline_year_.value_or(current.year());
    if (baseline < current.year()) {
      AddComparison(indicator, cv1::COMPARISON_BASIS_BASELINE, current.InYear(baseline), block);
    }
    AddComparison(indicator, cv1::COMPARISON_BASIS_YEAR_EARLIER, current.YearEarlier(), block);
    AddComparison(indicator, cv1::COMPARISON_BASIS_PREVIOUS_PERIOD, current.Previous(), block);
    if (indicator.has_goal()) {
      AssessGoal(indicator, block);
      if (input_.plan.has_value()) Project(indicator, *input_.plan, block);
      block.mutable_goal_assessment()->set_progress(ProgressOf(block));
    }
    for (const auto& note : input_.notes) {
      if (IsFootnoteInForce(note, indicator, current.LastDay())) *block.add_notes() = note;
    }
    return block;
  }

 private:
  void AddSeries(const cv1::Indicator& indicator, const std::string& code,
                 cv1::IndicatorBlock& block) const {
    const cv1::Area* area = figures_.FindArea(code);
    if (area == nullptr) return;
    cv1::AreaSeries series;
    series.set_area(code);
    series.set_area_name(area->name());
    series.set_area_kind(area->kind());
    bool any_figure = false;
    for (const Period& period : periods_) {
      const Figure figure = figures_.At(indicator, code, period);
      any_figure |= figure.count.has_value() || figure.rate.has_value();
      *series.add_points() = ToSeriesPoint(period, figure);
    }
    // A comparison group without any figure for this indicator adds nothing
    // but empty lines; the municipality's own series is always shown.
    if (any_figure || code == request_.municipality) *block.add_series() = std::move(series);
  }

  void AddComparison(const cv1::Indicator& indicator, cv1::ComparisonBasis basis,
                     const Period& from_period, cv1::IndicatorBlock& block) const {
    const Period& to_period = request_.period;
    const Figure from = figures_.At(indicator, request_.municipality, from_period);
    const Figure to = figures_.At(indicator, request_.municipality, to_period);
    cv1::Comparison* comparison = block.add_comparisons();
    comparison->set_basis(basis);
    comparison->set_from_period(from_period.ToString());
    comparison->set_to_period(to_period.ToString());
    const auto from_value = MeasureOf(indicator, from);
    const auto to_value = MeasureOf(indicator, to);
    if (from_value) comparison->set_from_value(*from_value);
    if (to_value) comparison->set_to_value(*to_value);
    const std::string start = from_period.FirstDay(), end = to_period.LastDay();
    for (const auto& note : input_.notes) {
      // A note dated inside the span separates the two periods.
      if (NoteAppliesToIndicator(note, indicator) && IsoDate(note.effective_from()) > start &&
          IsoDate(note.effective_from()) <= end) {
        *comparison->add_notes() = note;
      }
    }
    if (!from.complete || !to.complete) {
      // Part of a period is missing: a change would be an artefact.
      comparison->set_incomplete(true);
      return;
    }
    if (from.count && to.count) comparison->set_count_difference(*to.count - *from.count);
    if (from_value && to_value) {
      if (auto percent = PercentChange(*from_value, *to_value)) {
        comparison->set_change_percent(*percent);
        comparison->set_change_percent_rounded(RoundPercent(*percent));
      }
      comparison->set_direction(DirectionOf(*from_value, *to_value));
    }
    if (from.count && to.count) {
      // Exposures are the denominators when both are known: a growing city
      // may register more without being less safe.
      const bool exposures = from.denominator && to.denominator;
      const SignificanceResult test =
          PoissonChangeTest(*from.count, exposures ? static_cast<double>(*from.denominator) : 1.0,
                            *to.count, exposures ? static_cast<double>(*to.denominator) : 1.0);
      comparison->mutable_significance()->set_tested(true);
      comparison->mutable_significance()->set_beyond_chance(test.beyond_chance);
      comparison->mutable_significance()->set_p_value(test.p_value);
    }
  }

  void AssessGoal(const cv1::Indicator& indicator, cv1::IndicatorBlock& block) const {
    const cv1::Goal& goal = indicator.goal();
    const Period baseline_period = request_.period.InYear(goal.baseline_year());
    cv1::GoalAssessment* assessment = block.mutable_goal_assessment();
    *assessment->mutable_goal() = goal;
    assessment->set_baseline_period(baseline_period.ToString());
    const Figure baseline_figure = figures_.At(indicator, request_.municipality, baseline_period);
    const Figure current_figure = figures_.At(indicator, request_.municipality, request_.period);
    const auto baseline = GoalMeasureOf(indicator, baseline_figure);
    const auto current = GoalMeasureOf(indicator, current_figure);
    if (baseline) assessment->set_baseline_value(*baseline);
    if (current) assessment->set_current_value(*current);
    if (!baseline || !current || !baseline_figure.complete || !current_figure.complete) {
      assessment->set_status(cv1::GOAL_STATUS_NO_DATA);
      return;
    }
    assessment->set_status(GoalMet(indicator.goal(), *baseline, *current)
                               ? cv1::GOAL_STATUS_ACHIEVED
                               : cv1::GOAL_STATUS_NOT_ACHIEVED);
  }

  // Where the indicator ends up at the plan's last year if its trend since
  // the baseline holds, and whether the goal would then be met.
  void Project(const cv1::Indicator& indicator, const cv1::Plan& plan,
               cv1::IndicatorBlock& block) const {
    const Period target = request_.period.InYear(plan.last_year());
    if (target <= request_.period) return;
    const Period first = request_.period.InYear(indicator.goal().baseline_year());
    std::vector<std::pair<double, double>> points;
    int step = 0;
    for (Period p = first; p <= request_.period; p = p.Next(), ++step) {
      const Figure figure = figures_.At(indicator, request_.municipality, p);
      if (!figure.complete) continue;
      if (auto value = GoalMeasureOf(indicator, figure)) points.emplace_back(step, *value);
    }
    int target_step = step - 1;
    for (Period p = request_.period; p < target; p = p.Next()) ++target_step;
    auto trend = ProjectLogLinear(points, target_step);
    cv1::Projection* projection = block.mutable_projection();
    projection->set_target_period(target.ToString());
    projection->set_points_used(trend ? trend->points_used : static_cast<int>(points.size()));
    const auto& assessment = block.goal_assessment();
    if (!trend || !assessment.has_baseline_value()) {
      projection->set_projected_status(cv1::GOAL_STATUS_NO_DATA);
      projection->set_uncertain(true);
      return;
    }
    projection->set_projected_value(trend->value);
    projection->set_lower(trend->lower);
    if (std::isfinite(trend->upper)) projection->set_upper(trend->upper);
    projection->set_uncertain(trend->uncertain);
    projection->set_projected_status(
        GoalMet(indicator.goal(), assessment.baseline_value(), trend->value)
            ? cv1::GOAL_STATUS_ACHIEVED
            : cv1::GOAL_STATUS_NOT_ACHIEVED);
  }

  // At the plan's end a goal is achieved or not; before it, the figure so far
  // says on course or not, unless a certain trend says otherwise.
  cv1::GoalProgress ProgressOf(const cv1::IndicatorBlock& block) const {
    const auto& assessment = block.goal_assessment();
    if (assessment.status() == cv1::GOAL_STATUS_NO_DATA) return cv1::GOAL_PROGRESS_NOT_ASSESSABLE;
    const bool met = assessment.status() == cv1::GOAL_STATUS_ACHIEVED;
    const bool plan_ended = !input_.plan.has_value() ||
                            request_.period >= Period::HalfYear(input_.plan->last_year(), 2);
    if (plan_ended) return met ? cv1::GOAL_PROGRESS_ACHIEVED : cv1::GOAL_PROGRESS_NOT_ACHIEVED;
    if (met && assessment.goal().has_target()) return cv1::GOAL_PROGRESS_ACHIEVED;
    const auto& projection = block.projection();
    const bool certain_trend =
        block.has_projection() && projection.has_projected_value() && !projection.uncertain();
    if (certain_trend) {
      return projection.projected_status() == cv1::GOAL_STATUS_ACHIEVED
                 ? cv1::GOAL_PROGRESS_ON_TRACK
                 : cv1::GOAL_PROGRESS_OFF_TRACK;
    }
    return met ? cv1::GOAL_PROGRESS_ON_TRACK : cv1::GOAL_PROGRESS_OFF_TRACK;
  }

  static bool GoalMet(const cv1::Goal& goal, double baseline, double value) {
    bool achieved = false;
    switch (goal.direction()) {
      case cv1::GOAL_DIRECTION_DECREASE:
        achieved = goal.has_target() ? value <= goal.target() : value < baseline;
        break;
      case cv1::GOAL_DIRECTION_NOT_INCREASE:
        achieved = goal.has_target() ? value <= goal.target() : value <= baseline;
        break;
      case cv1::GOAL_DIRECTION_INCREASE:
        achieved = goal.has_target() ? value >= goal.target() : value > baseline;
        break;
      default:
        break;
    }
    return achieved;
  }

  const SectionInput& input_;
  const Figures& figures_;
  const SectionRequest& request_;
  const std::vector<Period>& periods_;
  std::optional<int> baseline_year_;
};

// Which topic block an indicator, activity or text of `topic` belongs in: the
// plan's chapter of that number or title, else a block of its own.
cv1::TopicBlock* TopicFor(cv1::ThemeSection& section, const std::string& topic) {
  for (auto& block : *section.mutable_topics()) {
    if (SameTopic(block.topic(), topic)) return &block;
  }
  cv1::TopicBlock* block = section.add_topics();
  block->set_topic(topic);
  block->set_number(SplitTopicLabel(topic).number);
  return block;
}

// Numbers compared part by part: 3.10 after 3.9.
bool NumberBefore(const std::string& a, const std::string& b) {
  const std::vector<std::string> pa = absl::StrSplit(a, '.');
  const std::vector<std::string> pb = absl::StrSplit(b, '.');
  for (size_t i = 0; i < std::min(pa.size(), pb.size()); ++i) {
    int x = 0, y = 0;
    (void)absl::SimpleAtoi(pa[i], &x);
    (void)absl::SimpleAtoi(pb[i], &y);
    if (x != y) return x < y;
  }
  return pa.size() < pb.size();
}

// The plan's chapters come first, in its order; topics it does not list
// follow, numbered ones by number, then the rest as they came.
void OrderTopics(cv1::ThemeSection& section, size_t plan_topics) {
  auto* topics = section.mutable_topics();
  std::stable_sort(topics->begin() + static_cast<int>(plan_topics), topics->end(),
                   [](const cv1::TopicBlock& a, const cv1::TopicBlock& b) {
                     if (a.number().empty() || b.number().empty()) {
                       return !a.number().empty() && b.number().empty();
                     }
                     return NumberBefore(a.number(), b.number());
                   });
}

void AddPlanTopics(const SectionInput& input, const SectionRequest& request,
                   cv1::ThemeSection& section) {
  if (!input.plan.has_value()) return;
  for (const auto& chapter : input.plan->topics()) {
    if (chapter.theme() != request.theme) continue;
    cv1::TopicBlock* block = section.add_topics();
    block->set_number(chapter.number());
    block->set_topic(chapter.number().empty() ? chapter.title()
                                              : chapter.number() + " " + chapter.title());
  }
}

void AddTexts(const SectionInput& input, const SectionRequest& request,
              cv1::ThemeSection& section) {
  const std::string period = request.period.ToString();
  for (const auto& text : input.texts) {
    if (text.period() != period || !request.themes.contains(text.theme())) continue;
    switch (text.place()) {
      case cv1::TEXT_PLACE_INTRODUCTION:
        section.set_report_introduction(text.body());
        break;
      case cv1::TEXT_PLACE_CONCLUSION:
        section.set_report_conclusion(text.body());
        break;
      case cv1::TEXT_PLACE_THEME:
        if (text.theme() == request.theme) section.set_staff_text(text.body());
        break;
      case cv1::TEXT_PLACE_TOPIC:
        if (text.theme() == request.theme) {
          TopicFor(section, text.topic())->set_staff_text(text.body());
        }
        break;
      default:
        break;
    }
  }
}

// The plan's baseline year; without a plan, the one its goals name (the
// earliest if several).
std::optional<int> PlanBaselineYear(const SectionInput& input) {
  if (input.plan.has_value()) return input.plan->baseline_year();
  std::optional<int> year;
  for (const auto& indicator : input.indicators) {
    if (indicator.has_goal()) {
      year = std::min(year.value_or(indicator.goal().baseline_year()),
                      indicator.goal().baseline_year());
    }
  }
  return year;
}

}  // namespace

int FirstYearNeeded(std::optional<int> baseline_year, const Period& period) {
  const int series_start = period.Shifted(-(kSeriesLength - 1)).year();
  return std::min(series_start, baseline_year.value_or(series_start));
}

cv1::ThemeSection BuildSection(const SectionInput& input, const SectionRequest& request) {
  cv1::ThemeSection section;
  section.set_theme(request.theme);
  if (const ThemeInfo* info = FindTheme(request.theme)) section.set_title(std::string(info->title));
  section.set_municipality(request.municipality);
  section.set_period(request.period.ToString());
  if (auto it = input.areas.find(request.municipality); it != input.areas.end()) {
    section.set_municipality_name(it->second.name());
  }
  if (input.plan.has_value()) *section.mutable_plan() = *input.plan;
  if (auto baseline = PlanBaselineYear(input)) {
    section.set_baseline_period(request.period.InYear(*baseline).ToString());
  }
  const std::vector<Period> periods = TrailingHalfYears(request.period, kSeriesLength);
  for (const Period& p : periods) section.add_periods(p.ToString());

  AddPlanTopics(input, request, section);
  const size_t plan_topics = static_cast<size_t>(section.topics_size());
  const Figures figures(input);
  const IndicatorBlockBuilder builder(input, figures, request, periods, PlanBaselineYear(input));
  for (const auto& indicator : input.indicators) {
    if (!request.themes.contains(indicator.theme())) continue;
    // Indicators prescribed by law (BBV) are reported in the budget and the
    // annual report, not in the progress report on the plan.
    if (indicator.prescribed_set() != cv1::PRESCRIBED_SET_UNSPECIFIED) continue;
    cv1::TopicBlock* topic = indicator.theme() == cv1::THEME_GENERAL
                                 ? section.mutable_general()
                                 : TopicFor(section, indicator.topic());
    if (topic->topic().empty()) topic->set_topic(indicator.topic());
    if (indicator.unit() == cv1::UNIT_PERCENT) {
      *topic->add_surveys() = BuildSurveyBlock(input, indicator, request.municipality,
                                               request.period, PlanBaselineYear(input));
      continue;
    }
    *topic->add_indicators() = builder.Build(indicator);
  }
  for (const auto& activity : input.activities) {
    if (!request.themes.contains(activity.theme())) continue;
    auto period = Period::Parse(activity.period());
    if (!period.ok() || !request.period.Contains(*period)) continue;
    *TopicFor(section, activity.topic())->add_activities() = activity;
  }
  AddTexts(input, request, section);
  OrderTopics(section, plan_topics);
  return section;
}

}  // namespace veilig::theme
