#include "common/theme/area_period_comparison.h"

#include "common/signals/rate_comparison.h"

namespace veilig::theme {
namespace {

namespace cv1 = common::v1;

constexpr double kPer = 1000;

double RateOf(const PeriodCounts& counts) {
  return counts.population > 0 ? static_cast<double>(counts.count) / counts.population * kPer : 0;
}

}  // namespace

SignalTests FindRisesSince(const PeriodComparisonInput& input,
                           const PeriodComparisonSettings& settings) {
  SignalTests outcome;
  const double whole_later = RateOf(input.whole_later);
  const double whole_earlier = RateOf(input.whole_earlier);
  // Without the municipality's rate in both periods nothing is measured.
  if (!(whole_later > 0) || !(whole_earlier > 0)) return outcome;
  struct Judged {
    const PeriodComparisonArea* area;
    signals::RateComparison test;
    double expected;
  };
  std::vector<Judged> judged;
  for (const auto& area : input.areas) {
    if (!(area.later.population > 0) || !(area.earlier.population > 0)) continue;
    // The counts the area would have at the municipality's rate of each period.
    const double exposure_later = area.later.population * whole_later / kPer;
    const double exposure_earlier = area.earlier.population * whole_earlier / kPer;
    if (area.later.count + area.earlier.count == 0) continue;
    const signals::RateComparison test = signals::CompareRates(
        {area.later.count, exposure_later}, {area.earlier.count, exposure_earlier});
    judged.push_back(
        {&area, test, static_cast<double>(area.earlier.count) * exposure_later / exposure_earlier});
  }
  for (const auto& j : judged) outcome.p_values.push_back(j.test.exact_p);

  cv1::SignalParameters parameters;
  parameters.set_false_discovery_rate(settings.false_discovery_rate);
  parameters.set_min_count(settings.min_count);
  parameters.set_relative_to_municipality(true);
  for (size_t i = 0; i < judged.size(); ++i) {
    const PeriodComparisonArea& area = *judged[i].area;
    if (area.later.count < settings.min_count) continue;
    cv1::AreaSignal& signal = outcome.candidates.emplace_back(i, cv1::AreaSignal()).second;
    signal.set_indicator(input.indicator);
    signal.set_area(area.code);
    signal.set_area_name(area.name);
    signal.set_area_kind(area.kind);
    signal.set_period(input.later_period);
    signal.set_observed(area.later.count);
    signal.set_expected(judged[i].expected);
    signal.set_p_value(judged[i].test.exact_p);
    signal.set_method(cv1::SIGNAL_METHOD_EXACT_RATE_COMPARISON);
    *signal.mutable_parameters() = parameters;
    signal.set_z_score(judged[i].test.score_z);
    signal.set_rate(RateOf(area.later));
    signal.set_comparison_period(input.earlier_period);
    signal.set_comparison_observed(area.earlier.count);
    signal.set_comparison_rate(RateOf(area.earlier));
  }
  return outcome;
}

}  // namespace veilig::theme
