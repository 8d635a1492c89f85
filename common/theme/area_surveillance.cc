#include "common/theme/area_surveillance.h"

namespace veilig::theme {
namespace {

namespace cv1 = common::v1;

std::string ThresholdName(signals::ThresholdMethod method) {
  switch (method) {
    case signals::ThresholdMethod::kUntransformed:
      return "untransformed";
    case signals::ThresholdMethod::kTwoThirdsPower:
      return "two_thirds_power";
    case signals::ThresholdMethod::kNegativeBinomial:
      return "negative_binomial";
  }
  return "";
}

signals::MonthlySeries CountsOf(const cv1::AreaSeries& series) {
  signals::MonthlySeries monthly;
  for (const auto& point : series.points()) {
    monthly.counts.push_back(point.has_count() && point.complete() ? std::optional(point.count())
                                                                   : std::nullopt);
  }
  return monthly;
}

}  // namespace

Period FirstMonthNeeded(const Period& half_year, const SurveillanceSettings& settings) {
  Period month =
      Period::Month(half_year.year() - settings.farrington.years_back, half_year.first_month());
  for (int back = 0; back < settings.farrington.window; ++back) month = month.Previous();
  return month;
}

SignalTests FindAreaSignals(const SurveillanceInput& input, const SurveillanceSettings& settings) {
  SignalTests tests;
  // The municipality's count of each month: what a part's count is a share
  // of, so that a rise of the whole city is no signal of its parts.
  const signals::MonthlySeries whole = CountsOf(input.whole);
  std::vector<std::optional<double>> exposures;
  for (const auto& count : whole.counts) {
    exposures.push_back(count.has_value() && *count > 0 ? std::optional(static_cast<double>(*count))
                                                        : std::nullopt);
  }
  cv1::SignalParameters parameters;
  parameters.set_years_back(settings.farrington.years_back);
  parameters.set_window(settings.farrington.window);
  parameters.set_alpha(settings.farrington.alpha);
  parameters.set_threshold(ThresholdName(settings.farrington.threshold_method));
  parameters.set_false_discovery_rate(settings.false_discovery_rate);
  parameters.set_min_count(settings.min_count);
  parameters.set_relative_to_municipality(true);
  for (const auto& part : input.parts) {
    signals::MonthlySeries series = CountsOf(part);
    series.exposures = exposures;
    for (int i = 0; i < part.points_size(); ++i) {
      auto month = Period::Parse(part.points(i).period());
      if (!month.ok() || !input.half_year.Contains(*month)) continue;
      auto result = signals::JudgeMonth(series, static_cast<size_t>(i), settings.farrington);
      if (!result) continue;
      tests.p_values.push_back(result->threshold.p_value);
      const int64_t observed = part.points(i).count();
      if (!result->alarm || observed < settings.min_count) continue;
      cv1::AreaSignal signal;
      signal.set_indicator(input.indicator.id());
      signal.set_area(part.area());
      signal.set_area_name(part.area_name());
      signal.set_area_kind(part.area_kind());
      signal.set_period(part.points(i).period());
      signal.set_observed(observed);
      signal.set_expected(result->prediction.mean);
      signal.set_upper_limit(result->threshold.upper);
      signal.set_dispersion(result->prediction.dispersion);
      signal.set_trend_used(result->trend_used);
      signal.set_p_value(result->threshold.p_value);
      signal.set_method(cv1::SIGNAL_METHOD_FARRINGTON_FLEXIBLE);
      *signal.mutable_parameters() = parameters;
      tests.candidates.emplace_back(tests.p_values.size() - 1, std::move(signal));
    }
  }
  return tests;
}

}  // namespace veilig::theme
