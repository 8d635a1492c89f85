#include "common/report/narrative.h"

#include <cmath>

#include "absl/strings/ascii.h"
#include "common/report/dutch_number.h"
#include "common/report/dutch_period.h"
#include "common/report/dutch_text.h"
#include "common/report/labels.h"

namespace veilig::report {
namespace narrative {
namespace {

namespace cv1 = common::v1;

// Within ±5% of a group's value reads as "about equal".
constexpr double kAboutEqual = 0.05;

bool IsRate(const cv1::Indicator& indicator) {
  return indicator.change_measure() == cv1::CHANGE_MEASURE_RATE;
}

std::string UnitPhrase(cv1::Unit unit) {
  std::string phrase;
  if (const std::string_view label = UnitLabel(unit); !label.empty()) {
    phrase += ' ';
    phrase += label;
  }
  return phrase;
}

// A comparison group takes an article inside a sentence ("het gemiddelde van
// de politie-eenheid …"); a municipality does not.
std::string GroupInSentence(const cv1::AreaSeries& series) {
  if (series.area_kind() == cv1::AREA_KIND_MUNICIPALITY) return series.area_name();
  return "de " + InSentence(series.area_name());
}

std::string Periods(const std::string& period) { return "de " + DutchPeriod(period); }

std::string Percent(const cv1::Comparison& c) { return FormatPercentChange(c.change_percent()); }

// The percentage without its sign: "een daling van 18%".
std::string UnsignedPercent(const cv1::Comparison& c) {
  return FormatDecimal(std::fabs(std::round(c.change_percent())), 0) + "%";
}

std::string ChanceCaveat(const cv1::Comparison& c) {
  if (c.significance().tested() && !c.significance().beyond_chance() &&
      c.direction() != cv1::CHANGE_DIRECTION_UNCHANGED) {
    return " Die verandering valt binnen de toevalsmarge.";
  }
  return "";
}

const cv1::Comparison* Find(const cv1::IndicatorBlock& block, cv1::ComparisonBasis basis) {
  for (const auto& c : block.comparisons()) {
    if (c.basis() == basis) return &c;
  }
  return nullptr;
}

}  // namespace

std::string Subject(const cv1::Indicator& indicator) {
  const std::string noun =
      indicator.noun().empty() ? InSentence(indicator.title()) : indicator.noun();
  std::string subject =
      (indicator.noun_kind() == cv1::NOUN_KIND_MASS ? "De omvang van " : "Het aantal ") + noun;
  if (IsRate(indicator)) subject += UnitPhrase(indicator.unit());
  return subject;
}

std::string Value(const cv1::Indicator& indicator, double value) {
  return IsRate(indicator) ? FormatRate(value)
                           : FormatCount(static_cast<int64_t>(std::llround(value)));
}

std::string Development(const cv1::Indicator& indicator, const cv1::Comparison& c) {
  const std::string subject = Subject(indicator);
  if (c.incomplete()) {
    return subject + " over " + Periods(c.to_period()) +
           " is nog niet volledig bekend; de vergelijking met " + Periods(c.from_period()) +
           " volgt later.";
  }
  if (!c.has_from_value()) {
    return "Over " + Periods(c.from_period()) +
           " zijn geen cijfers beschikbaar, zodat een vergelijking met die periode ontbreekt.";
  }
  if (!c.has_to_value()) {
    return "Over " + Periods(c.to_period()) + " zijn nog geen cijfers beschikbaar.";
  }
  const std::string from = Value(indicator, c.from_value());
  const std::string to = Value(indicator, c.to_value());
  if (c.direction() == cv1::CHANGE_DIRECTION_UNCHANGED || from == to) {
    return subject + " bleef gelijk: " + to + " in " + Periods(c.to_period()) + ", net als in " +
           Periods(c.from_period()) + ".";
  }
  const char* verb =
      c.direction() == cv1::CHANGE_DIRECTION_INCREASE ? " steeg van " : " daalde van ";
  std::string sentence = subject + verb + from + " in " + Periods(c.from_period()) + " naar " + to +
                         " in " + Periods(c.to_period());
  if (c.has_change_percent()) sentence += " (" + Percent(c) + ")";
  return sentence + "." + ChanceCaveat(c);
}

std::string AgainstYearEarlier(const cv1::Indicator& indicator, const cv1::Comparison& c) {
  if (c.incomplete() || !c.has_from_value() || !c.has_to_value()) return "";
  const std::string opening = "Ten opzichte van " + Periods(c.from_period()) + " (" +
                              Value(indicator, c.from_value()) + ") is het huidige cijfer (" +
                              Value(indicator, c.to_value()) + ")";
  if (c.direction() == cv1::CHANGE_DIRECTION_UNCHANGED || !c.has_change_percent() ||
      std::round(c.change_percent()) == 0) {
    return opening + " vrijwel gelijk.";
  }
  return opening + " " + UnsignedPercent(c) +
         (c.direction() == cv1::CHANGE_DIRECTION_INCREASE ? " hoger." : " lager.") +
         ChanceCaveat(c);
}

std::string AgainstGroups(const cv1::IndicatorBlock& block) {
  if (block.series_size() < 2 || block.indicator().unit() == cv1::UNIT_COUNT) return "";
  const auto& own = block.series(0);
  if (own.points().empty() || !own.points().rbegin()->has_rate()) return "";
  const double value = own.points().rbegin()->rate();
  std::vector<std::string> parts;
  for (int i = 1; i < block.series_size(); ++i) {
    const auto& group = block.series(i);
    if (group.points().empty() || !group.points().rbegin()->has_rate()) continue;
    const double other = group.points().rbegin()->rate();
    const std::string figure = " (" + FormatRate(other) + ")";
    std::string part = std::fabs(value - other) <= kAboutEqual * other ? "ongeveer gelijk aan "
                       : value > other                                 ? "boven "
                                                                       : "onder ";
    part += parts.empty() ? "het gemiddelde van " : "dat van ";
    part += GroupInSentence(group);
    part += figure;
    parts.push_back(std::move(part));
  }
  if (parts.empty()) return "";
  std::string sentence = Capitalised(UnitPhrase(block.indicator().unit()).substr(1)) +
                         " ligt het cijfer van " + own.area_name() + " (" + FormatRate(value) +
                         ") ";
  return sentence + DutchList(parts) + ".";
}

std::string GoalAim(const cv1::Goal& goal) {
  const std::string baseline = " ten opzichte van " + std::to_string(goal.baseline_year());
  switch (goal.direction()) {
    case cv1::GOAL_DIRECTION_DECREASE:
      return goal.has_target() ? "ten hoogste " + FormatDecimal(goal.target(), 1)
                               : "een daling" + baseline;
    case cv1::GOAL_DIRECTION_NOT_INCREASE:
      return goal.has_target() ? "ten hoogste " + FormatDecimal(goal.target(), 1)
                               : "geen stijging" + baseline;
    case cv1::GOAL_DIRECTION_INCREASE:
      return goal.has_target() ? "ten minste " + FormatDecimal(goal.target(), 1)
                               : "een stijging" + baseline;
    default:
      return "onbekend";
  }
}

std::string Goal(const cv1::GoalAssessment& assessment) {
  const std::string goal = "De doelstelling (" + GoalAim(assessment.goal()) + ")";
  switch (assessment.progress()) {
    case cv1::GOAL_PROGRESS_ACHIEVED:
      return goal + " is behaald.";
    case cv1::GOAL_PROGRESS_ON_TRACK:
      return goal + " is op koers.";
    case cv1::GOAL_PROGRESS_OFF_TRACK:
      return goal + " is niet op koers.";
    case cv1::GOAL_PROGRESS_NOT_ACHIEVED:
      return goal + " is niet behaald.";
    default:
      break;
  }
  if (!assessment.has_baseline_value()) {
    const std::string when = assessment.baseline_period().empty()
                                 ? "het peiljaar"
                                 : Periods(assessment.baseline_period());
    return goal + " is niet te beoordelen: over " + when + " zijn geen cijfers beschikbaar.";
  }
  return goal + " is nog niet te beoordelen: de cijfers over deze periode zijn niet volledig.";
}

std::string GoalReason(const cv1::IndicatorBlock& block) {
  const auto& a = block.goal_assessment();
  if (!a.has_baseline_value()) {
    return "geen cijfers over " +
           (a.baseline_period().empty() ? "het peiljaar" : Periods(a.baseline_period()));
  }
  if (a.progress() == cv1::GOAL_PROGRESS_NOT_ASSESSABLE || !a.has_current_value()) {
    return "cijfers over deze periode nog niet volledig";
  }
  const auto& indicator = block.indicator();
  // Goals are judged on the rate where there is one (see the section builder).
  const auto value = [&indicator](double v) {
    return indicator.unit() == cv1::UNIT_COUNT ? FormatCount(std::llround(v)) : FormatRate(v);
  };
  std::string reason = value(a.baseline_value()) + " in " +
                       std::to_string(a.goal().baseline_year()) + ", nu " +
                       value(a.current_value());
  const auto& p = block.projection();
  if (block.has_projection() && p.has_projected_value() && !p.uncertain()) {
    reason +=
        "; bij deze trend " + value(p.projected_value()) + " in " + p.target_period().substr(0, 4);
  }
  return reason;
}

std::string Projection(const cv1::IndicatorBlock& block) {
  const auto& p = block.projection();
  if (!block.has_projection() || !p.has_projected_value()) return "";
  const auto& indicator = block.indicator();
  const std::string value =
      indicator.unit() == cv1::UNIT_COUNT
          ? FormatCount(static_cast<int64_t>(std::llround(p.projected_value())))
          : FormatRate(p.projected_value());
  std::string sentence = "Als de trend sinds het peiljaar doorzet, komt dit cijfer in " +
                         Periods(p.target_period()) + " uit op ongeveer " + value +
                         (p.projected_status() == cv1::GOAL_STATUS_ACHIEVED
                              ? " en wordt de doelstelling gehaald."
                              : " en wordt de doelstelling niet gehaald.");
  if (p.uncertain()) sentence += " Die verwachting is onzeker.";
  return sentence;
}

}  // namespace narrative

std::vector<std::string> DescribeIndicator(const common::v1::IndicatorBlock& block) {
  using namespace narrative;
  std::vector<std::string> sentences;
  const auto add = [&sentences](std::string s) {
    if (!s.empty()) sentences.push_back(std::move(s));
  };
  const auto* baseline = Find(block, common::v1::COMPARISON_BASIS_BASELINE);
  const auto* year_earlier = Find(block, common::v1::COMPARISON_BASIS_YEAR_EARLIER);
  // Without a baseline figure, the year-earlier comparison is the main one and
  // is told whole, so that every sentence names both of its figures.
  const bool baseline_usable = baseline != nullptr && baseline->has_from_value();
  if (baseline != nullptr) add(Development(block.indicator(), *baseline));
  if (year_earlier != nullptr) {
    add(baseline_usable ? AgainstYearEarlier(block.indicator(), *year_earlier)
                        : Development(block.indicator(), *year_earlier));
  }
  add(AgainstGroups(block));
  if (block.has_goal_assessment()) add(Goal(block.goal_assessment()));
  add(Projection(block));
  return sentences;
}

}  // namespace veilig::report
