#include "gateway/dashboard/half_years.h"

#include "common/theme/figures.h"
#include "common/theme/section_input.h"
#include "common/theme/series_request.h"

namespace veilig::gateway {

namespace cv1 = common::v1;

std::optional<cv1::AreaSeries> HalfYearsOfMonths(const cv1::Indicator& indicator,
                                                 const cv1::AreaSeries& months, const Period& first,
                                                 const Period& last) {
  theme::SectionInput input;
  // The months of a sum are already summed: they are this indicator's own.
  cv1::Indicator own = indicator;
  own.clear_components();
  input.indicators.push_back(own);
  cv1::Area area;
  area.set_code(months.area());
  area.set_name(months.area_name());
  area.set_kind(months.area_kind());
  input.areas.emplace(area.code(), area);
  for (const auto& point : months.points()) {
    if (!point.has_count() || !point.complete()) continue;
    cv1::Observation& o = input.observations.emplace_back();
    o.set_indicator(own.id());
    o.set_area(area.code());
    o.set_period(point.period());
    o.set_count(point.count());
    if (!point.has_denominator()) continue;
    auto month = Period::Parse(point.period());
    if (!month.ok()) continue;
    cv1::Denominator& d = input.denominators.emplace_back();
    d.set_area(area.code());
    d.set_period(month->RollUp(Grain::kHalfYear).ToString());
    theme::SetDenominatorOfUnit(d, own.unit(), point.denominator());
  }
  const theme::Figures figures(input);
  cv1::AreaSeries halves = theme::SeriesOf(figures, own, area, {first, last});
  for (const auto& point : halves.points()) {
    if (!point.has_count() || !point.complete()) return std::nullopt;
  }
  return halves;
}

}  // namespace veilig::gateway
