// A map of the parts of an area as inline SVG, drawn from the stored
// outlines (RD New metres, north up): each part filled with its class's
// colour, or hatched without a figure, a link to its own page whose <title>
// says its name and figure. With few parts their names are printed on the
// map. The caller prints the legend and the table with the same figures.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "veilig/common/v1/area.pb.h"
#include "veilig/report/v1/dashboard.pb.h"

namespace veilig::gateway {

// The marker of a part with a signal, centred on (x, y): "!" in a ring.
std::string Marker(double x, double y);
// The marker of a hot spot: a dot in a ring.
std::string HotSpotMarker(double x, double y);

// `href` gives each part's link; `title_id` labels the drawing (the id of
// an element holding its caption).
std::string RenderChoropleth(const report::v1::AreaMap& map,
                             const std::vector<common::v1::AreaBoundary>& outlines,
                             const std::function<std::string(const std::string& code)>& href,
                             const std::string& title_id);

}  // namespace veilig::gateway
