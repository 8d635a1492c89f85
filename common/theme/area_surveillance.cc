#include "common/theme/area_surveillance.h"

#include <algorithm>

#include "common/signals/multiple_testing.h"

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

struct Judged {
  const cv1::AreaSeries* area;
  size_t month;
  signals::FarringtonResult result;
};

}  // namespace

Period FirstMonthNeeded(const Period& half_year, const SurveillanceSettings& settings) {
  Period month =
      Period::Month(half_year.year() - settings.farrington.years_back, half_year.first_month());
  for (int back = 0; back < settings.farrington.window; ++back) month = month.Previous();
  return month;
}

SurveillanceOutcome FindAreaSignals(const SurveillanceInput& input,
                                    const SurveillanceSettings& settings) {
  SurveillanceOutcome outcome;
  // The municipality's count of each month: what a part's count is a share
  // of, so that a rise of the whole city is no signal of its parts.
  const signals::MonthlySeries whole = CountsOf(input.whole);
  std::vector<std::optional<double>> exposures;
  for (const auto& count : whole.counts) {
    exposures.push_back(count.has_value() && *count > 0 ? std::optional(static_cast<double>(*count))
                                                        : std::nullopt);
  }
  std::vector<Judged> judged;
  for (const auto& part : input.parts) {
    signals::MonthlySeries series = CountsOf(part);
    series.exposures = exposures;
    for (int i = 0; i < part.points_size(); ++i) {
      auto month = Period::Parse(part.points(i).period());
      if (!month.ok() || !input.half_year.Contains(*month)) continue;
      auto result = signals::JudgeMonth(series, static_cast<size_t>(i), settings.farrington);
      if (result) judged.push_back({&part, static_cast<size_t>(i), *result});
    }
  }
  outcome.tests = static_cast<int>(judged.size());
  std::vector<double> p_values;
  p_values.reserve(judged.size());
  for (const auto& j : judged) p_values.push_back(j.result.threshold.p_value);
  const std::vector<double> adjusted = signals::BenjaminiHochberg(p_values);

  cv1::SignalParameters parameters;
  parameters.set_years_back(settings.farrington.years_back);
  parameters.set_window(settings.farrington.window);
  parameters.set_alpha(settings.farrington.alpha);
  parameters.set_threshold(ThresholdName(settings.farrington.threshold_method));
  parameters.set_false_discovery_rate(settings.false_discovery_rate);
  parameters.set_min_count(settings.min_count);
  parameters.set_relative_to_municipality(true);
  for (size_t i = 0; i < judged.size(); ++i) {
    const Judged& j = judged[i];
    const int64_t observed = j.area->points(static_cast<int>(j.month)).count();
    if (!j.result.alarm || adjusted[i] > settings.false_discovery_rate ||
        observed < settings.min_count) {
      continue;
    }
    cv1::AreaSignal& signal = outcome.signals.emplace_back();
    signal.set_indicator(input.indicator.id());
    signal.set_area(j.area->area());
    signal.set_area_name(j.area->area_name());
    signal.set_area_kind(j.area->area_kind());
    signal.set_period(j.area->points(static_cast<int>(j.month)).period());
    signal.set_observed(observed);
    signal.set_expected(j.result.prediction.mean);
    signal.set_upper_limit(j.result.threshold.upper);
    signal.set_dispersion(j.result.prediction.dispersion);
    signal.set_trend_used(j.result.trend_used);
    signal.set_p_value(j.result.threshold.p_value);
    signal.set_adjusted_p_value(adjusted[i]);
    signal.set_tests(outcome.tests);
    signal.set_method(cv1::SIGNAL_METHOD_FARRINGTON_FLEXIBLE);
    *signal.mutable_parameters() = parameters;
  }
  std::stable_sort(outcome.signals.begin(), outcome.signals.end(),
                   [](const cv1::AreaSignal& a, const cv1::AreaSignal& b) {
                     return a.adjusted_p_value() < b.adjusted_p_value();
                   });
  return outcome;
}

}  // namespace veilig::theme
