// Hot spots among the wijken, or among the buurten, of a municipality: Gi*
// (Getis and Ord) on each area's rate over a half year, with neighbours from
// the stored outlines (queen contiguity) or a distance band between
// centroids; the p-values are adjusted with the indicator's other tests
// (signal_family.h) before anything is called a hot spot. docs/signals.md.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/geo/geometry.h"
#include "common/signals/local_g.h"
#include "common/theme/signal_family.h"
#include "veilig/common/v1/signal.pb.h"

namespace veilig::theme {

struct HotSpotSettings {
  double false_discovery_rate = 0.05;
  // Fewer counts over the half year in the area itself: never a hot spot.
  int64_t min_count = 5;
  // Areas with fewer of the population (a business park's few inhabitants)
  // are left out: their rates are mostly noise and would dominate Gi*.
  double min_population = 100;
  common::v1::NeighbourWeights weights = common::v1::NEIGHBOUR_WEIGHTS_QUEEN_CONTIGUITY;
  double distance_band = 1500;
  // Outlines are stored simplified to 5 m, each on its own: two neighbours'
  // edges may then lie up to 10 m apart.
  double contiguity_tolerance = 10;
};

struct HotSpotArea {
  std::string code;
  std::string name;
  common::v1::AreaKind kind = common::v1::AREA_KIND_UNSPECIFIED;
  int64_t count = 0;
  // The indicator's population over the half year (inhabitants, dwellings...).
  double population = 0;
  geo::MultiPolygon shape;
};

// The neighbours of each set of areas judged, worked out once: every
// indicator of a municipality judges the same wijken and buurten (but for
// those whose population for it is too small), and contiguity compares
// every outline's edges with its neighbours'.
class NeighbourMemo {
 public:
  const signals::Neighbours& Of(const std::vector<const HotSpotArea*>& areas,
                                const HotSpotSettings& settings);

 private:
  // The weights, their parameter and the areas' codes -> their neighbours.
  std::map<std::string, signals::Neighbours> kept_;
};

// `areas`: one level (all wijken, or all buurten) with their outlines;
// areas without an outline or below `min_population` are left out. Every
// area judged, and those high among high neighbours with enough cases.
// `memo` (may be null) keeps the neighbours for the next indicator.
SignalTests FindHotSpots(const std::string& indicator, const std::string& half_year,
                         const std::vector<HotSpotArea>& areas,
                         const HotSpotSettings& settings = {}, NeighbourMemo* memo = nullptr);

}  // namespace veilig::theme
