#include "gateway/dashboard/figure_text.h"

#include "common/report/dutch_number.h"
#include "common/report/dutch_period.h"
#include "common/report/dutch_text.h"
#include "common/report/labels.h"
#include "gateway/dashboard/area_map.h"

namespace veilig::gateway {

namespace cv1 = common::v1;

std::string FigureText(const cv1::Indicator& indicator, const cv1::SeriesPoint& point) {
  const bool rate = indicator.unit() != cv1::UNIT_COUNT;
  if (rate && point.has_rate()) {
    std::string text = report::FormatRate(point.rate());
    text += ' ';
    text += report::UnitLabel(indicator.unit());
    if (point.has_count()) text += " (" + report::FormatCount(point.count()) + ")";
    return text;
  }
  if (point.has_count()) return report::FormatCount(point.count());
  return "geen cijfer";
}

std::string ChangeText(std::optional<double> percent) {
  return percent ? report::FormatPercentChange(*percent) : "–";
}

std::string MappedValueCell(const cv1::Indicator& indicator, const cv1::SeriesPoint& point) {
  const auto value = MappedValue(indicator, point);
  if (!value) return "–";
  return indicator.unit() == cv1::UNIT_COUNT ? report::FormatCount(static_cast<int64_t>(*value))
                                             : report::FormatRate(*value);
}

std::string SignalMonthsText(const report::v1::AreaFigure& figure) {
  std::vector<std::string> months;
  for (const auto& period : figure.signal_periods()) months.push_back(report::DutchPeriod(period));
  return report::DutchList(months);
}

std::string SignalCellText(const report::v1::AreaFigure& figure) {
  std::string text = SignalMonthsText(figure);
  if (figure.hot_spot()) text += text.empty() ? "brandpunt" : "; brandpunt";
  return text;
}

std::string MappedValueLabel(const cv1::Indicator& indicator) {
  const std::string_view unit = report::UnitLabel(indicator.unit());
  return unit.empty() ? "aantal" : std::string(unit);
}

}  // namespace veilig::gateway
