#include "common/report/survey_text.h"

#include <cmath>

#include "common/report/dutch_number.h"
#include "common/report/dutch_text.h"

namespace veilig::report {
namespace {

namespace cv1 = common::v1;

std::string Percent(double value) { return FormatDecimal(value, 1) + "%"; }

bool HasMargin(const cv1::SurveyEstimate& estimate) {
  return estimate.has_lower_bound() && estimate.has_upper_bound();
}

// The subject of the first sentence: "Het aandeel <noun>" where the
// indicator names what is counted; else its title, as a label.
std::string Opening(const cv1::SurveyBlock& block, const cv1::SurveyEstimate& latest) {
  const cv1::Indicator& indicator = block.indicator();
  std::string figure = Percent(latest.percentage());
  if (HasMargin(latest)) {
    figure += " (95%-marge " + FormatDecimal(latest.lower_bound(), 1) + " tot " +
              Percent(latest.upper_bound()) + ")";
  }
  if (!indicator.noun().empty()) {
    return "Het aandeel " + indicator.noun() + " was in " + latest.period() + " " + figure + ".";
  }
  return indicator.title() + ": " + figure + " in " + latest.period() + ".";
}

// A group or police unit takes an article inside a sentence ("in de
// politie-eenheid …"); a municipality or the country does not.
std::string AreaInSentence(const cv1::SurveyEstimate& estimate) {
  if (estimate.area_kind() == cv1::AREA_KIND_MUNICIPALITY ||
      estimate.area_kind() == cv1::AREA_KIND_COUNTRY) {
    return estimate.area_name();
  }
  return "de " + InSentence(estimate.area_name());
}

std::string ComparisonSentence(const cv1::SurveyComparison& comparison) {
  const cv1::SurveyEstimate& earlier = comparison.earlier();
  const bool other_area = comparison.kind() == cv1::SURVEY_COMPARISON_KIND_OTHER_AREA;
  const std::string where = other_area ? "in " + AreaInSentence(earlier) : "in " + earlier.period();
  const std::string then = " (" + Percent(earlier.percentage()) + ")";
  // The difference as printed: a difference that rounds to zero is "even
  // hoog", whatever its sign.
  const double shown = std::round(comparison.difference() * 10) / 10;
  if (shown == 0) {
    return "Dat is even hoog als " + where + then + ".";
  }
  std::string sentence = "Dat is " + FormatDecimal(std::fabs(shown), 1) + " procentpunt " +
                         (shown > 0 ? "hoger" : "lager") + " dan " + where + then +
                         "; dat verschil ";
  if (!comparison.beyond_margins()) {
    return sentence + "valt binnen de marges van beide metingen en kan toeval zijn.";
  }
  sentence += "is groter dan de marges van beide metingen: ";
  if (other_area) return sentence + "een echt verschil.";
  return sentence + (shown > 0 ? "een echte stijging." : "een echte daling.");
}

}  // namespace

std::string SurveyEstimateText(const cv1::SurveyEstimate& estimate) {
  std::string text = Percent(estimate.percentage());
  if (HasMargin(estimate)) {
    text += " (" + FormatDecimal(estimate.lower_bound(), 1) + "–" +
            Percent(estimate.upper_bound()) + ")";
  }
  return text;
}

std::vector<std::string> DescribeSurvey(const cv1::SurveyBlock& block) {
  // The municipality's editions come first, oldest first: the last of them
  // before another area's is the latest.
  const cv1::SurveyEstimate* latest = nullptr;
  for (const auto& estimate : block.estimates()) {
    if (latest != nullptr && estimate.area() != latest->area()) break;
    latest = &estimate;
  }
  if (latest == nullptr) {
    return {"Er is tot en met deze periode nog geen meting van „" + block.indicator().title() +
            "”."};
  }
  std::vector<std::string> sentences = {Opening(block, *latest)};
  for (const auto& comparison : block.comparisons()) {
    sentences.push_back(ComparisonSentence(comparison));
  }
  if (!HasMargin(*latest)) {
    sentences.push_back("Zonder marge van de meting is niet te zeggen of een verschil echt is.");
  }
  return sentences;
}

}  // namespace veilig::report
