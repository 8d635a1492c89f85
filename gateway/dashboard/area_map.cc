#include "gateway/dashboard/area_map.h"

#include "gateway/dashboard/rate_classes.h"

namespace veilig::gateway {
namespace {

namespace cv1 = common::v1;

const cv1::SeriesPoint* PointOf(const cv1::AreaSeries& series, const std::string& period) {
  for (const auto& point : series.points()) {
    if (point.period() == period) return &point;
  }
  return nullptr;
}

report::v1::AreaFigure FigureOf(const cv1::Indicator& indicator, const cv1::AreaSeries& series,
                                const Period& period) {
  report::v1::AreaFigure figure;
  figure.set_area(series.area());
  figure.set_area_name(series.area_name());
  if (const auto* now = PointOf(series, period.ToString())) *figure.mutable_current() = *now;
  if (const auto* before = PointOf(series, period.YearEarlier().ToString())) {
    *figure.mutable_year_earlier() = *before;
  }
  const auto now = MappedValue(indicator, figure.current());
  const auto before = MappedValue(indicator, figure.year_earlier());
  if (now && before && *before > 0) figure.set_change_percent((*now - *before) / *before * 100);
  return figure;
}

}  // namespace

bool HasFiguresPerArea(const cv1::Indicator& indicator) {
  return !indicator.police_codes().empty() || !indicator.components().empty();
}

std::optional<double> MappedValue(const cv1::Indicator& indicator, const cv1::SeriesPoint& point) {
  if (indicator.unit() != cv1::UNIT_COUNT) {
    if (point.has_rate()) return point.rate();
    return std::nullopt;
  }
  if (point.has_count()) return static_cast<double>(point.count());
  return std::nullopt;
}

report::v1::AreaMap BuildAreaMap(const std::string& municipality,
                                 const theme::v1::ListAreaFiguresResponse& figures,
                                 const Period& period, const Outlines& outlines) {
  report::v1::AreaMap map;
  map.set_municipality(municipality);
  *map.mutable_indicator() = figures.indicator();
  map.set_period(period.ToString());
  *map.mutable_whole() = FigureOf(figures.indicator(), figures.whole(), period);
  const auto whole = MappedValue(figures.indicator(), map.whole().current());
  std::vector<double> values;
  for (const auto& series : figures.parts()) {
    auto& part = *map.add_parts();
    part = FigureOf(figures.indicator(), series, period);
    const auto value = MappedValue(figures.indicator(), part.current());
    if (!value) continue;
    values.push_back(*value);
    if (whole && *whole > 0) part.set_relative_to_whole_percent((*value / *whole - 1) * 100);
  }
  const auto classes = RateClassesOf(values);
  for (const auto& c : classes) *map.add_classes() = c;
  for (auto& part : *map.mutable_parts()) {
    if (const auto value = MappedValue(figures.indicator(), part.current())) {
      part.set_rate_class(ClassOf(classes, *value));
    }
  }
  *map.mutable_notes() = figures.notes();
  map.set_division_year(outlines.year);
  if (!outlines.boundaries.empty()) map.set_attribution(outlines.boundaries.front().attribution());
  return map;
}

}  // namespace veilig::gateway
