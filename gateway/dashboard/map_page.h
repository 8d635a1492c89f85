// The map page: an indicator over the wijken of a municipality (or the
// buurten of a wijk) in one period, as a choropleth with its legend and the
// same figures in a table under it, sortable by link (no script needed).
#pragma once

#include <string>
#include <vector>

#include "gateway/dashboard/area_client.h"
#include "gateway/dashboard/dashboard_urls.h"
#include "veilig/report/v1/dashboard.pb.h"

namespace veilig::gateway {

struct MapPageInput {
  report::v1::AreaMap map;
  Outlines outlines;
  MapQuery query;
  std::string municipality_name;
  // What the filters offer: the plan's indicators and the periods.
  std::vector<common::v1::Indicator> indicators;
  std::vector<std::string> periods;
};

std::string RenderMapPage(const MapPageInput& input);

// The parts in the order the table shows them (query.sort, descending);
// parts without the sorted figure last.
std::vector<const report::v1::AreaFigure*> SortedParts(const report::v1::AreaMap& map,
                                                       const MapQuery& query);

// "wijk" or "buurt": what the parts of `area` are.
std::string PartNoun(const std::string& area);

}  // namespace veilig::gateway
