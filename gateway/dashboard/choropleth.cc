#include "gateway/dashboard/choropleth.h"

#include <map>

#include "common/geo/geometry.h"
#include "common/geo/svg_path.h"
#include "common/report/dutch_number.h"
#include "common/report/html_escape.h"
#include "common/theme/boundaries.h"
#include "gateway/dashboard/figure_text.h"

namespace veilig::gateway {
namespace {

using report::EscapeHtml;

constexpr double kWidth = 720;
constexpr double kMargin = 8;
// Names fit on the map up to about a dozen parts; beyond, the table has them.
constexpr int kMostLabelledParts = 12;
// A signal's marker sits above the part's name.
constexpr double kMarkerLift = 18;

std::string Number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%.1f", value);
  return buffer;
}

}  // namespace

std::string Marker(double x, double y) {
  return "<g class=\"veilig-signal-marker\" aria-hidden=\"true\"><circle cx=\"" + Number(x) +
         "\" cy=\"" + Number(y) +
         "\" r=\"10\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"2.5\"/><text x=\"" + Number(x) +
         "\" y=\"" + Number(y + 5) +
         "\" text-anchor=\"middle\" font-weight=\"bold\" font-size=\"15\">!</text></g>";
}

std::string HotSpotMarker(double x, double y) {
  return "<g class=\"veilig-hot-spot-marker\" aria-hidden=\"true\"><circle cx=\"" + Number(x) +
         "\" cy=\"" + Number(y) +
         "\" r=\"10\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"2.5\"/><circle cx=\"" +
         Number(x) + "\" cy=\"" + Number(y) + "\" r=\"4\" fill=\"#000\"/></g>";
}

std::string RenderChoropleth(const report::v1::AreaMap& map,
                             const std::vector<common::v1::AreaBoundary>& outlines,
                             const std::function<std::string(const std::string& code)>& href,
                             const std::string& title_id) {
  std::map<std::string, const report::v1::AreaFigure*> figures;
  for (const auto& part : map.parts()) figures[part.area()] = &part;
  std::map<int, std::string> colours;
  for (const auto& c : map.classes()) colours[c.number()] = c.colour();

  std::vector<std::pair<const common::v1::AreaBoundary*, geo::MultiPolygon>> shapes;
  geo::Bounds bounds;
  for (const auto& outline : outlines) {
    shapes.emplace_back(&outline, theme::ShapeOf(outline));
    bounds.Extend(geo::BoundsOf(shapes.back().second));
  }
  if (bounds.empty) return "";
  const geo::SvgProjection projection(bounds, kWidth, kMargin);

  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + Number(kWidth) +
                    " " + Number(projection.height()) + "\" role=\"group\" aria-labelledby=\"" +
                    EscapeHtml(title_id) + "\">";
  // Hatching for a part without a figure: no colour of the scale.
  svg +=
      "<defs><pattern id=\"geen-cijfer\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
      "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/><line "
      "x1=\"0\" "
      "y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#777\" stroke-width=\"1.5\"/></pattern></defs>";
  std::string labels, markers;
  for (const auto& [outline, shape] : shapes) {
    const auto it = figures.find(outline->area());
    const report::v1::AreaFigure* figure = it == figures.end() ? nullptr : it->second;
    const bool has_class = figure != nullptr && figure->rate_class() > 0;
    const std::string name =
        figure != nullptr && !figure->area_name().empty() ? figure->area_name() : outline->area();
    std::string title = name + ": ";
    title += figure != nullptr ? FigureText(map.indicator(), figure->current()) : "geen cijfer";
    if (has_class) {
      title += "; klasse " + std::to_string(figure->rate_class()) + " van " +
               std::to_string(map.classes_size());
    }
    const bool signal = figure != nullptr && figure->signal_periods_size() > 0;
    const bool hot_spot = figure != nullptr && figure->hot_spot();
    if (signal) title += "; signaal in " + SignalMonthsText(*figure);
    if (hot_spot) title += "; brandpunt";
    svg += "<a href=\"" + EscapeHtml(href(outline->area())) + "\"><path d=\"" +
           geo::SvgPath(shape, projection) + "\" fill=\"" +
           (has_class ? colours[figure->rate_class()] : std::string("url(#geen-cijfer)")) +
           "\" fill-rule=\"evenodd\" stroke=\"#333\" stroke-width=\"1\"><title>" +
           EscapeHtml(title) + "</title></path></a>";
    if (signal) {
      // Not by colour alone: a heavy outline and a marker.
      // Drawn over every part, so that no neighbour's edge covers it.
      markers += "<path d=\"" + geo::SvgPath(shape, projection) +
                 "\" fill=\"none\" stroke=\"#000\" stroke-width=\"3.5\" aria-hidden=\"true\"/>";
      const geo::Point at = projection.Project(geo::Centroid(shape));
      markers += Marker(at.x, at.y - kMarkerLift);
    }
    if (hot_spot) {
      // Dashed, so that a hot spot and a rise read apart without colour.
      markers += "<path d=\"" + geo::SvgPath(shape, projection) +
                 "\" fill=\"none\" stroke=\"#000\" stroke-width=\"3.5\" "
                 "stroke-dasharray=\"9 5\" aria-hidden=\"true\"/>";
      const geo::Point at = projection.Project(geo::Centroid(shape));
      markers += HotSpotMarker(at.x + (signal ? 2 * kMarkerLift : 0), at.y - kMarkerLift);
    }
    if (map.parts_size() <= kMostLabelledParts) {
      const geo::Point at = projection.Project(geo::Centroid(shape));
      labels += "<text x=\"" + Number(at.x) + "\" y=\"" + Number(at.y) +
                "\" text-anchor=\"middle\" aria-hidden=\"true\">" + EscapeHtml(name) + "</text>";
    }
  }
  svg += markers;
  svg += labels;
  svg += "</svg>";
  return svg;
}

}  // namespace veilig::gateway
