// Hot spots: the local statistics Gi and Gi* of Getis and Ord (Ord and Getis
// 1995). For each area, its neighbours' values (Gi* counts the area itself
// among them) as a share of all values, as a z-score against what a random
// placement of the values would give. Binary weights, as PySAL's esda
// G_Local with transform "B".
#pragma once

#include <vector>

namespace veilig::signals {

// For each area, the indexes of its neighbours (not itself).
using Neighbours = std::vector<std::vector<int>>;

struct Point {
  double x = 0;
  double y = 0;
};

// Areas whose points lie within `threshold` of each other (inclusive),
// e.g. centroids in RD metres.
Neighbours DistanceBand(const std::vector<Point>& points, double threshold);

struct LocalG {
  double g = 0;
  double expected = 0;
  double z = 0;
  // One-sided: the chance of a z at least this high (a hot spot).
  double p_hot = 1;
};

// Gi* (`star`: the area counts among its neighbours) or Gi per area. An area
// without neighbours (Gi) or values that are all equal get z = 0.
std::vector<LocalG> GetisOrd(const std::vector<double>& values, const Neighbours& neighbours,
                             bool star = true);

}  // namespace veilig::signals
