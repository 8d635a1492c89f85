#include "gateway/dashboard/series_views.h"

#include "common/report/dutch_period.h"
#include "common/report/html/svg_chart.h"
#include "common/report/html_escape.h"
#include "common/report/labels.h"
#include "gateway/dashboard/figure_text.h"

namespace veilig::gateway {

namespace cv1 = common::v1;
using report::EscapeHtml;

std::string SeriesChart(const cv1::Indicator& indicator,
                        const std::vector<const cv1::AreaSeries*>& series, const std::string& id) {
  cv1::IndicatorBlock block;
  *block.mutable_indicator() = indicator;
  for (const auto* s : series) *block.add_series() = *s;
  return "<div class=\"veilig-chart\">" + report::RenderChart(block, id) + "</div>";
}

std::string SeriesTable(const cv1::Indicator& indicator,
                        const std::vector<const cv1::AreaSeries*>& series,
                        const std::string& caption) {
  const bool rate = indicator.unit() != cv1::UNIT_COUNT;
  std::string html =
      "<div class=\"veilig-table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"" +
      EscapeHtml(caption) +
      "\"><table class=\"utrecht-table\"><caption class=\"utrecht-table__caption\">" +
      EscapeHtml(caption) +
      "</caption><thead class=\"utrecht-table__header\"><tr class=\"utrecht-table__row\"><th "
      "scope=\"col\" class=\"utrecht-table__header-cell\">Periode</th>";
  for (const auto* s : series) {
    html +=
        "<th scope=\"col\" class=\"utrecht-table__header-cell "
        "utrecht-table__header-cell--numeric\" data-gebied=\"" +
        EscapeHtml(s->area()) + "\">" + EscapeHtml(s->area_name()) +
        (rate ? " (" + EscapeHtml(std::string(report::UnitLabel(indicator.unit()))) + ")" : "") +
        "</th>";
  }
  html += "</tr></thead><tbody class=\"utrecht-table__body\">";
  if (!series.empty()) {
    for (int i = 0; i < series.front()->points_size(); ++i) {
      const std::string& period = series.front()->points(i).period();
      html +=
          "<tr class=\"utrecht-table__row\"><th scope=\"row\" "
          "class=\"utrecht-table__header-cell\" data-periode=\"" +
          EscapeHtml(period) + "\">" + EscapeHtml(report::DutchPeriodShort(period)) + "</th>";
      for (const auto* s : series) {
        std::string text = "–";
        for (const auto& point : s->points()) {
          if (point.period() == period) text = FigureText(indicator, point);
        }
        if (text == "geen cijfer") text = "–";
        html += "<td class=\"utrecht-table__cell utrecht-table__cell--numeric\">" +
                EscapeHtml(text) + "</td>";
      }
      html += "</tr>";
    }
  }
  html += "</tbody></table></div>";
  return html;
}

}  // namespace veilig::gateway
