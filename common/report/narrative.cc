#include "common/report/narrative.h"

#include <cmath>

#include "absl/strings/ascii.h"
#include "common/report/dutch_number.h"
#include "common/report/dutch_period.h"

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
  switch (unit) {
    case cv1::UNIT_PER_1000_INHABITANTS:
      return " per 1.000 inwoners";
    case cv1::UNIT_PER_1000_DWELLINGS:
      return " per 1.000 woningen";
    case cv1::UNIT_PER_1000_RESIDENTS_12_24:
      return " per 1.000 jongeren van 12 tot en met 24 jaar";
    default:
      return "";
  }
}

// Lower-case the first letter unless the title starts with an abbreviation.
std::string InSentence(const std::string& title) {
  if (title.size() >= 2 && absl::ascii_isupper(static_cast<unsigned char>(title[1]))) return title;
  std::string out = title;
  if (!out.empty()) out[0] = absl::ascii_tolower(static_cast<unsigned char>(out[0]));
  return out;
}

std::string Periods(const std::string& period) { return "de " + DutchPeriod(period); }

const char* ChangeNoun(cv1::ChangeDirection direction) {
  switch (direction) {
    case cv1::CHANGE_DIRECTION_INCREASE:
      return "een stijging";
    case cv1::CHANGE_DIRECTION_DECREASE:
      return "een daling";
    default:
      return "geen verandering";
  }
}

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
  std::string subject = "Het aantal " + InSentence(indicator.title());
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
                              Value(indicator, c.from_value()) + ")";
  if (c.direction() == cv1::CHANGE_DIRECTION_UNCHANGED || !c.has_change_percent() ||
      std::round(c.change_percent()) == 0) {
    return opening + " is het aantal vrijwel gelijk gebleven.";
  }
  return opening + " is dat " + ChangeNoun(c.direction()) + " van " + UnsignedPercent(c) + "." +
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
    const bool first = parts.empty();
    if (std::fabs(value - other) <= kAboutEqual * other) {
      parts.push_back(std::string(first ? "ongeveer gelijk aan het gemiddelde van "
                                        : "ongeveer gelijk aan dat van ") +
                      group.area_name() + figure);
    } else {
      parts.push_back(std::string(value > other ? "boven " : "onder ") +
                      (first ? "het gemiddelde van " : "dat van ") + group.area_name() + figure);
    }
  }
  if (parts.empty()) return "";
  std::string sentence = "Daarmee ligt " + own.area_name() + " (" + FormatRate(value) + ") ";
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) sentence += i + 1 == parts.size() ? " en " : ", ";
    sentence += parts[i];
  }
  return sentence + ".";
}

std::string Goal(const cv1::GoalAssessment& assessment) {
  const char* aim = "een daling";
  if (assessment.goal().direction() == cv1::GOAL_DIRECTION_NOT_INCREASE) aim = "geen stijging";
  if (assessment.goal().direction() == cv1::GOAL_DIRECTION_INCREASE) aim = "een stijging";
  const std::string goal = std::string("De doelstelling (") + aim + " ten opzichte van " +
                           std::to_string(assessment.goal().baseline_year()) + ")";
  switch (assessment.status()) {
    case cv1::GOAL_STATUS_ACHIEVED:
      return goal + " is behaald.";
    case cv1::GOAL_STATUS_NOT_ACHIEVED:
      return goal + " is niet behaald.";
    default:
      return goal + " kan nog niet worden beoordeeld: er ontbreken cijfers.";
  }
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
  if (baseline != nullptr) {
    add(Development(block.indicator(), *baseline));
    if (year_earlier != nullptr) add(AgainstYearEarlier(block.indicator(), *year_earlier));
  } else if (year_earlier != nullptr) {
    add(Development(block.indicator(), *year_earlier));
  }
  add(AgainstGroups(block));
  if (block.has_goal_assessment()) add(Goal(block.goal_assessment()));
  add(Projection(block));
  // A break the main comparison crosses must be read with it.
  const auto* main = baseline != nullptr ? baseline : year_earlier;
  if (main != nullptr) {
    for (const auto& note : main->notes()) {
      if (note.kind() == common::v1::SERIES_NOTE_KIND_SERIES_BREAK) add("Let op: " + note.text());
    }
  }
  return sentences;
}

}  // namespace veilig::report
