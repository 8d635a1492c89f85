#include "gateway/dashboard/year_on_year.h"

#include "common/domain/period.h"
#include "common/report/dutch_number.h"
#include "common/report/dutch_period.h"
#include "common/report/signal_text.h"
#include "common/signals/rate_comparison.h"

namespace veilig::gateway {
namespace {

namespace cv1 = common::v1;

const cv1::SeriesPoint* WholeCount(const cv1::AreaSeries& series, const std::string& period) {
  for (const auto& point : series.points()) {
    if (point.period() == period && point.complete() && point.has_count()) return &point;
  }
  return nullptr;
}

}  // namespace

std::optional<std::string> YearOnYearSentence(const cv1::AreaSeries& half_years) {
  if (half_years.points().empty()) return std::nullopt;
  auto last = Period::Parse(half_years.points(half_years.points_size() - 1).period());
  if (!last.ok()) return std::nullopt;
  const cv1::SeriesPoint* now = WholeCount(half_years, last->ToString());
  const cv1::SeriesPoint* before = WholeCount(half_years, last->YearEarlier().ToString());
  if (now == nullptr || before == nullptr) return std::nullopt;
  // Per inhabitant (or dwelling) where both have the population; else the
  // counts alone.
  const bool per_population = now->has_denominator() && before->has_denominator() &&
                              now->denominator() > 0 && before->denominator() > 0;
  const double exposure_now = per_population ? static_cast<double>(now->denominator()) : 1.0;
  const double exposure_before = per_population ? static_cast<double>(before->denominator()) : 1.0;
  std::string text = "Tegenover de " + report::DutchPeriodShort(before->period()) + ": " +
                     report::FormatCount(now->count()) + " tegen " +
                     report::FormatCount(before->count());
  if (before->count() > 0) {
    const double change = (static_cast<double>(now->count()) / exposure_now) /
                              (static_cast<double>(before->count()) / exposure_before) -
                          1;
    text += " (" + report::FormatPercentChange(change * 100) +
            (per_population ? " per inwoner of woning" : "") + ")";
  }
  text += ".";
  const bool rose = static_cast<double>(now->count()) * exposure_before >
                    static_cast<double>(before->count()) * exposure_now;
  if (rose) {
    const auto tested =
        signals::CompareRates({now->count(), exposure_now}, {before->count(), exposure_before});
    text += " Een stijging als deze komt bij toeval voor met een kans van " +
            report::ChanceText(tested.exact_p) + ".";
  }
  return text;
}

}  // namespace veilig::gateway
