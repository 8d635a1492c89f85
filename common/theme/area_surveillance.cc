#include "common/theme/area_surveillance.h"

#include <algorithm>

#include "common/signals/poisson_cusum.h"

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

struct JudgedMonth {
  // The month's index in the part's series.
  int index = 0;
  int64_t count = 0;
  // What the area's history predicts for it, the prediction's standard
  // error, and how much more than a Poisson count it varies (the Farrington
  // fit's dispersion).
  double expected = 0;
  double standard_error = 0;
  double dispersion = 1;
};

// The CUSUM over the half year's months: one test per area, a candidate when
// its highest sum comes from a run of two months or more (one high month is
// the monthly limit's) with enough counts.
void AddCusumTest(const cv1::Indicator& indicator, const cv1::AreaSeries& part,
                  const std::vector<JudgedMonth>& judged, const SurveillanceSettings& settings,
                  const cv1::SignalParameters& parameters, SignalTests& tests) {
  std::vector<double> means, references, dispersions;
  double sum = 0, highest = 0;
  size_t run_start = 0, highest_start = 0, highest_end = 0;
  for (size_t t = 0; t < judged.size(); ++t) {
    const double mean = judged[t].expected;
    means.push_back(mean);
    // The expected counts are estimated from the same few past months, so
    // their errors are shared by every month of the half year: each month's
    // variance is widened by n x se^2, which gives the half year's sum the
    // variance of fully shared errors. Without it, a history that happened
    // to be low made an ordinary half year look like a shift.
    const double se = judged[t].standard_error;
    const double widened = mean > 0 ? static_cast<double>(judged.size()) * se * se / mean : 0;
    dispersions.push_back(std::max(1.0, judged[t].dispersion) + widened);
    references.push_back(signals::CusumReferenceValue(mean, settings.cusum_shift * mean));
    if (sum <= 0) run_start = t;
    sum = std::max(0.0, sum + static_cast<double>(judged[t].count) - references.back());
    if (sum > highest) {
      highest = sum;
      highest_start = run_start;
      highest_end = t;
    }
  }
  tests.p_values.push_back(
      highest > 0 ? signals::PoissonCusumExceedance(means, references, highest, dispersions) : 1.0);
  if (highest <= 0 || highest_end == highest_start) return;
  int64_t observed = 0;
  double expected = 0;
  for (size_t t = highest_start; t <= highest_end; ++t) {
    observed += judged[t].count;
    expected += judged[t].expected;
  }
  if (observed < settings.min_count) return;
  cv1::AreaSignal signal;
  signal.set_indicator(indicator.id());
  signal.set_area(part.area());
  signal.set_area_name(part.area_name());
  signal.set_area_kind(part.area_kind());
  signal.set_period(part.points(judged[highest_end].index).period());
  signal.set_run_start(part.points(judged[highest_start].index).period());
  signal.set_observed(observed);
  signal.set_expected(expected);
  signal.set_cusum(highest);
  signal.set_p_value(tests.p_values.back());
  signal.set_method(cv1::SIGNAL_METHOD_POISSON_CUSUM);
  *signal.mutable_parameters() = parameters;
  tests.candidates.emplace_back(tests.p_values.size() - 1, std::move(signal));
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
  cv1::SignalParameters cusum_parameters = parameters;
  cusum_parameters.set_cusum_shift(settings.cusum_shift);
  for (const auto& part : input.parts) {
    signals::MonthlySeries series = CountsOf(part);
    series.exposures = exposures;
    // The half year's months in order, each with its expected count: the
    // CUSUM's in-control means.
    std::vector<JudgedMonth> judged;
    bool whole_half_year = true;
    for (int i = 0; i < part.points_size(); ++i) {
      auto month = Period::Parse(part.points(i).period());
      if (!month.ok() || !input.half_year.Contains(*month)) continue;
      auto result = signals::JudgeMonth(series, static_cast<size_t>(i), settings.farrington);
      if (!result) {
        whole_half_year = false;
        continue;
      }
      judged.push_back({i, part.points(i).count(), result->prediction.mean,
                        result->prediction.standard_error, result->prediction.dispersion});
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
    if (whole_half_year && !judged.empty()) {
      AddCusumTest(input.indicator, part, judged, settings, cusum_parameters, tests);
    }
  }
  return tests;
}

}  // namespace veilig::theme
