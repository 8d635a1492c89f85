#include "common/theme/signal_settings.h"

#include <optional>

#include "common/domain/field_error.h"
#include "common/domain/strings.h"

namespace veilig::theme {
namespace {

namespace cv1 = common::v1;

// Past 10 years few police series reach, and more would hide a change of
// registration; 6 months either side is the whole year.
constexpr int kMostYearsBack = 10;
constexpr int kMostWindow = 6;
constexpr double kHighestLevel = 0.5;
constexpr int64_t kHighestMinCount = 1000;
constexpr double kWidestBand = 50000;
constexpr double kHighestMinPopulation = 100000;
constexpr double kLargestShift = 5;

std::optional<signals::ThresholdMethod> ThresholdOf(std::string_view name) {
  if (name.empty() || name == "negative_binomial")
    return signals::ThresholdMethod::kNegativeBinomial;
  if (name == "two_thirds_power") return signals::ThresholdMethod::kTwoThirdsPower;
  if (name == "untransformed") return signals::ThresholdMethod::kUntransformed;
  return std::nullopt;
}

// A level in (0, 0.5], or 0 for the default. NaN fails both comparisons.
bool LevelOk(double level) { return level == 0 || (level > 0 && level <= kHighestLevel); }

}  // namespace

absl::Status ValidateSignalSettings(const cv1::SignalSettings& s, std::string_view field) {
  const auto f = [field](std::string_view name) { return StrCat(field, ".", name); };
  if (s.years_back() < 0 || s.years_back() > kMostYearsBack) {
    return FieldError(f("years_back"), "must be 1 to 10 years, or 0 for the default (2)");
  }
  if (s.window() < 0 || s.window() > kMostWindow) {
    return FieldError(f("window"), "must be 1 to 6 months, or 0 for the default (3)");
  }
  if (!LevelOk(s.alpha())) {
    return FieldError(f("alpha"), "must be above 0 and at most 0.5, or 0 for the default (0.05)");
  }
  if (!LevelOk(s.false_discovery_rate())) {
    return FieldError(f("false_discovery_rate"),
                      "must be above 0 and at most 0.5, or 0 for the default (0.05)");
  }
  if (s.min_count() < 0 || s.min_count() > kHighestMinCount) {
    return FieldError(f("min_count"), "must be 1 to 1000, or 0 for the default (5)");
  }
  if (!ThresholdOf(s.threshold())) {
    return FieldError(f("threshold"),
                      "must be negative_binomial, two_thirds_power or untransformed");
  }
  if (!cv1::NeighbourWeights_IsValid(s.weights())) {
    return FieldError(f("weights"), "must be queen contiguity or a distance band");
  }
  if (!(s.distance_band() >= 0 && s.distance_band() <= kWidestBand)) {
    return FieldError(f("distance_band"),
                      "must be above 0 and at most 50000 metres, or 0 for the default (1500)");
  }
  if (!(s.min_population() >= 0 && s.min_population() <= kHighestMinPopulation)) {
    return FieldError(f("min_population"), "must be 1 to 100000, or 0 for the default (100)");
  }
  if (!(s.cusum_shift() == 0 || (s.cusum_shift() > 1 && s.cusum_shift() <= kLargestShift))) {
    return FieldError(f("cusum_shift"),
                      "must be above 1 and at most 5, or 0 for the default (1.5)");
  }
  return absl::OkStatus();
}

SurveillanceSettings SurveillanceSettingsFor(const cv1::Indicator& indicator) {
  SurveillanceSettings settings;
  const cv1::SignalSettings& s = indicator.signal_settings();
  if (s.years_back() > 0) settings.farrington.years_back = s.years_back();
  if (s.window() > 0) settings.farrington.window = s.window();
  if (s.alpha() > 0) settings.farrington.alpha = s.alpha();
  if (s.false_discovery_rate() > 0) settings.false_discovery_rate = s.false_discovery_rate();
  if (s.min_count() > 0) settings.min_count = s.min_count();
  if (auto method = ThresholdOf(s.threshold())) settings.farrington.threshold_method = *method;
  if (s.cusum_shift() > 0) settings.cusum_shift = s.cusum_shift();
  return settings;
}

HotSpotSettings HotSpotSettingsFor(const cv1::Indicator& indicator) {
  HotSpotSettings settings;
  const cv1::SignalSettings& s = indicator.signal_settings();
  if (s.false_discovery_rate() > 0) settings.false_discovery_rate = s.false_discovery_rate();
  if (s.min_count() > 0) settings.min_count = s.min_count();
  if (s.weights() == cv1::NEIGHBOUR_WEIGHTS_DISTANCE_BAND) settings.weights = s.weights();
  if (s.distance_band() > 0) settings.distance_band = s.distance_band();
  if (s.min_population() > 0) settings.min_population = s.min_population();
  return settings;
}

}  // namespace veilig::theme
