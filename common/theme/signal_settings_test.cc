// An indicator's signal settings: an out-of-range setting is refused naming
// it, and what is left unset takes the documented default.
#include "common/theme/signal_settings.h"

#include <gtest/gtest.h>

#include <limits>

namespace veilig::theme {
namespace {

namespace cv1 = common::v1;

TEST(SignalSettingsTest, UnsetSettingsTakeTheDocumentedDefaults) {
  const cv1::Indicator plain;
  const SurveillanceSettings monthly = SurveillanceSettingsFor(plain);
  EXPECT_EQ(monthly.farrington.years_back, 2);
  EXPECT_EQ(monthly.farrington.window, 3);
  EXPECT_EQ(monthly.farrington.alpha, 0.05);
  EXPECT_EQ(monthly.farrington.threshold_method, signals::ThresholdMethod::kNegativeBinomial);
  EXPECT_EQ(monthly.false_discovery_rate, 0.05);
  EXPECT_EQ(monthly.min_count, 5);
  const HotSpotSettings hot = HotSpotSettingsFor(plain);
  EXPECT_EQ(hot.weights, cv1::NEIGHBOUR_WEIGHTS_QUEEN_CONTIGUITY);
  EXPECT_EQ(hot.distance_band, 1500);
  EXPECT_EQ(hot.min_population, 100);
  EXPECT_EQ(hot.min_count, 5);
  EXPECT_TRUE(ValidateSignalSettings(plain.signal_settings(), "signal_settings").ok());
}

TEST(SignalSettingsTest, SetSettingsAreTaken) {
  cv1::Indicator indicator;
  cv1::SignalSettings& s = *indicator.mutable_signal_settings();
  s.set_years_back(3);
  s.set_window(1);
  s.set_alpha(0.01);
  s.set_false_discovery_rate(0.1);
  s.set_min_count(8);
  s.set_threshold("two_thirds_power");
  s.set_weights(cv1::NEIGHBOUR_WEIGHTS_DISTANCE_BAND);
  s.set_distance_band(800);
  s.set_min_population(250);
  ASSERT_TRUE(ValidateSignalSettings(s, "signal_settings").ok());
  const SurveillanceSettings monthly = SurveillanceSettingsFor(indicator);
  EXPECT_EQ(monthly.farrington.years_back, 3);
  EXPECT_EQ(monthly.farrington.window, 1);
  EXPECT_EQ(monthly.farrington.alpha, 0.01);
  EXPECT_EQ(monthly.farrington.threshold_method, signals::ThresholdMethod::kTwoThirdsPower);
  EXPECT_EQ(monthly.false_discovery_rate, 0.1);
  EXPECT_EQ(monthly.min_count, 8);
  const HotSpotSettings hot = HotSpotSettingsFor(indicator);
  EXPECT_EQ(hot.weights, cv1::NEIGHBOUR_WEIGHTS_DISTANCE_BAND);
  EXPECT_EQ(hot.distance_band, 800);
  EXPECT_EQ(hot.min_population, 250);
  EXPECT_EQ(hot.false_discovery_rate, 0.1);
  EXPECT_EQ(hot.min_count, 8);
}

TEST(SignalSettingsTest, AnOutOfRangeSettingIsRefusedByName) {
  const auto refused = [](const std::function<void(cv1::SignalSettings&)>& set) {
    cv1::SignalSettings s;
    set(s);
    const absl::Status status = ValidateSignalSettings(s, "indicators[2].signal_settings");
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
    return std::string(status.message());
  };
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_EQ(refused([](auto& s) {
              s.set_years_back(11);
            }).rfind("indicators[2].signal_settings.years_back: ", 0),
            0u);
  EXPECT_EQ(
      refused([](auto& s) { s.set_window(7); }).rfind("indicators[2].signal_settings.window", 0),
      0u);
  EXPECT_EQ(
      refused([&](auto& s) { s.set_alpha(nan); }).rfind("indicators[2].signal_settings.alpha", 0),
      0u);
  EXPECT_EQ(
      refused([](auto& s) { s.set_alpha(0.6); }).rfind("indicators[2].signal_settings.alpha", 0),
      0u);
  EXPECT_EQ(refused([](auto& s) {
              s.set_false_discovery_rate(-0.1);
            }).rfind("indicators[2].signal_settings.false_discovery_rate", 0),
            0u);
  EXPECT_EQ(refused([](auto& s) {
              s.set_min_count(-1);
            }).rfind("indicators[2].signal_settings.min_count", 0),
            0u);
  EXPECT_EQ(refused([](auto& s) {
              s.set_threshold("normal");
            }).rfind("indicators[2].signal_settings.threshold", 0),
            0u);
  EXPECT_EQ(refused([](auto& s) {
              s.set_weights(static_cast<cv1::NeighbourWeights>(9));
            }).rfind("indicators[2].signal_settings.weights", 0),
            0u);
  EXPECT_EQ(refused([&](auto& s) {
              s.set_distance_band(nan);
            }).rfind("indicators[2].signal_settings.distance_band", 0),
            0u);
  EXPECT_EQ(refused([](auto& s) {
              s.set_min_population(-5);
            }).rfind("indicators[2].signal_settings.min_population", 0),
            0u);
}

}  // namespace
}  // namespace veilig::theme
