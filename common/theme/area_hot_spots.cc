#include "common/theme/area_hot_spots.h"

#include "common/geo/contiguity.h"

namespace veilig::theme {
namespace {

namespace cv1 = common::v1;

constexpr double kPer = 1000;

signals::Neighbours NeighboursOf(const std::vector<const HotSpotArea*>& areas,
                                 const HotSpotSettings& settings) {
  if (settings.weights == cv1::NEIGHBOUR_WEIGHTS_DISTANCE_BAND) {
    std::vector<signals::Point> centroids;
    centroids.reserve(areas.size());
    for (const auto* area : areas) {
      const geo::Point c = geo::Centroid(area->shape);
      centroids.push_back({c.x, c.y});
    }
    return signals::DistanceBand(centroids, settings.distance_band);
  }
  std::vector<geo::MultiPolygon> shapes;
  shapes.reserve(areas.size());
  for (const auto* area : areas) shapes.push_back(area->shape);
  return geo::QueenContiguity(shapes, settings.contiguity_tolerance);
}

cv1::SignalParameters ParametersOf(const HotSpotSettings& settings) {
  cv1::SignalParameters parameters;
  parameters.set_false_discovery_rate(settings.false_discovery_rate);
  parameters.set_min_count(settings.min_count);
  parameters.set_min_population(settings.min_population);
  parameters.set_weights(settings.weights == cv1::NEIGHBOUR_WEIGHTS_DISTANCE_BAND
                             ? cv1::NEIGHBOUR_WEIGHTS_DISTANCE_BAND
                             : cv1::NEIGHBOUR_WEIGHTS_QUEEN_CONTIGUITY);
  if (parameters.weights() == cv1::NEIGHBOUR_WEIGHTS_DISTANCE_BAND) {
    parameters.set_distance_band(settings.distance_band);
  } else {
    parameters.set_contiguity_tolerance(settings.contiguity_tolerance);
  }
  return parameters;
}

}  // namespace

const signals::Neighbours& NeighbourMemo::Of(const std::vector<const HotSpotArea*>& areas,
                                             const HotSpotSettings& settings) {
  std::string key = settings.weights == cv1::NEIGHBOUR_WEIGHTS_DISTANCE_BAND
                        ? "band " + std::to_string(settings.distance_band)
                        : "queen " + std::to_string(settings.contiguity_tolerance);
  for (const auto* area : areas) key += " " + area->code;
  auto it = kept_.find(key);
  if (it == kept_.end()) it = kept_.emplace(std::move(key), NeighboursOf(areas, settings)).first;
  return it->second;
}

SignalTests FindHotSpots(const std::string& indicator, const std::string& half_year,
                         const std::vector<HotSpotArea>& areas, const HotSpotSettings& settings,
                         NeighbourMemo* memo) {
  SignalTests outcome;
  std::vector<const HotSpotArea*> judged;
  for (const auto& area : areas) {
    if (!area.shape.empty() && area.population > 0 && area.population >= settings.min_population) {
      judged.push_back(&area);
    }
  }
  // Gi* compares an area with the rest: with two there is nothing to compare.
  if (judged.size() < 3) return outcome;
  NeighbourMemo alone;
  const signals::Neighbours& neighbours = (memo != nullptr ? *memo : alone).Of(judged, settings);
  std::vector<double> rates;
  int64_t total_count = 0;
  double total_population = 0;
  for (const auto* area : judged) {
    rates.push_back(static_cast<double>(area->count) / area->population * kPer);
    total_count += area->count;
    total_population += area->population;
  }
  const double mean_rate = static_cast<double>(total_count) / total_population * kPer;
  const std::vector<signals::LocalG> g = signals::GetisOrd(rates, neighbours, /*star=*/true);
  for (const auto& one : g) outcome.p_values.push_back(one.p_hot);

  const cv1::SignalParameters parameters = ParametersOf(settings);
  for (size_t i = 0; i < judged.size(); ++i) {
    const HotSpotArea& area = *judged[i];
    // An area alone is no cluster, whatever its own rate.
    // High among high neighbours: a low area beside a cluster is no centre of it.
    if (neighbours[i].empty() || !(g[i].z > 0) || !(rates[i] > mean_rate) ||
        area.count < settings.min_count) {
      continue;
    }
    int64_t around_count = area.count;
    double around_population = area.population;
    cv1::AreaSignal& signal = outcome.candidates.emplace_back(i, cv1::AreaSignal()).second;
    for (int j : neighbours[i]) {
      const HotSpotArea& neighbour = *judged[static_cast<size_t>(j)];
      around_count += neighbour.count;
      around_population += neighbour.population;
      signal.add_neighbours(neighbour.code);
    }
    signal.set_indicator(indicator);
    signal.set_area(area.code);
    signal.set_area_name(area.name);
    signal.set_area_kind(area.kind);
    signal.set_period(half_year);
    signal.set_observed(area.count);
    signal.set_expected(mean_rate * area.population / kPer);
    signal.set_p_value(g[i].p_hot);
    signal.set_method(cv1::SIGNAL_METHOD_GETIS_ORD_GI_STAR);
    *signal.mutable_parameters() = parameters;
    signal.set_z_score(g[i].z);
    signal.set_rate(rates[i]);
    signal.set_neighbourhood_rate(static_cast<double>(around_count) / around_population * kPer);
    signal.set_mean_rate(mean_rate);
  }
  return outcome;
}

}  // namespace veilig::theme
