// Hot spots among the areas of one level: a cluster of high rates is found
// at its centre; evenly spread rates, an area alone, a small population and
// a few cases are not.
#include "common/theme/area_hot_spots.h"

#include <gtest/gtest.h>

namespace veilig::theme {
namespace {

namespace cv1 = common::v1;

constexpr int kSide = 6;
constexpr double kPopulation = 1000;

geo::MultiPolygon Square(double x, double y, double side) {
  return {geo::Polygon{
      {geo::Ring{{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}, {x, y}}}}};
}

// A 6 x 6 grid of 500 m buurten with 1,000 inhabitants each; `count(row,
// column)` their counts.
std::vector<HotSpotArea> Grid(const std::function<int64_t(int, int)>& count) {
  std::vector<HotSpotArea> areas;
  for (int row = 0; row < kSide; ++row) {
    for (int column = 0; column < kSide; ++column) {
      HotSpotArea& area = areas.emplace_back();
      area.code = "BU0034" + std::to_string(row) + std::to_string(column) + "00";
      area.name = "Buurt " + std::to_string(row) + "-" + std::to_string(column);
      area.kind = cv1::AREA_KIND_NEIGHBOURHOOD;
      area.count = count(row, column);
      area.population = kPopulation;
      area.shape = Square(column * 500.0, row * 500.0, 500);
    }
  }
  return areas;
}

// The signals of the hot spots on their own.
std::vector<cv1::AreaSignal> Signals(const SignalTests& tests) {
  return AdjustTogether({tests}, 0.05);
}

// Counts that vary without any pattern in space.
int64_t Scattered(int row, int column) { return 10 + (row * 7 + column * 3) % 5; }

TEST(AreaHotSpotsTest, TheCentreOfAClusterOfHighRatesIsAHotSpot) {
  // Buurt 1-1 and its eight neighbours have four times the rate.
  const auto areas = Grid([](int row, int column) {
    return row <= 2 && column <= 2 ? 4 * Scattered(row, column) : Scattered(row, column);
  });
  const SignalTests tests = FindHotSpots("woninginbraak", "2019H1", areas);
  EXPECT_EQ(tests.p_values.size(), static_cast<size_t>(kSide * kSide));
  const auto signals = Signals(tests);
  ASSERT_FALSE(signals.empty());
  const cv1::AreaSignal& top = signals.front();
  EXPECT_EQ(top.area(), "BU00341100");
  EXPECT_EQ(top.method(), cv1::SIGNAL_METHOD_GETIS_ORD_GI_STAR);
  EXPECT_EQ(top.period(), "2019H1");
  EXPECT_EQ(top.neighbours_size(), 8);
  EXPECT_GT(top.z_score(), 3);
  EXPECT_LE(top.adjusted_p_value(), 0.05);
  EXPECT_GE(top.adjusted_p_value(), top.p_value());
  EXPECT_DOUBLE_EQ(top.rate(), static_cast<double>(top.observed()));  // per 1,000 of 1,000
  EXPECT_GT(top.neighbourhood_rate(), 3 * top.mean_rate() / 2);
  EXPECT_NEAR(top.expected(), top.mean_rate(), 1e-9);
  EXPECT_EQ(top.parameters().weights(), cv1::NEIGHBOUR_WEIGHTS_QUEEN_CONTIGUITY);
  EXPECT_EQ(top.parameters().contiguity_tolerance(), 10);
  // Every hot spot lies in or beside the cluster.
  for (const auto& signal : signals) {
    const int row = signal.area()[6] - '0';
    const int column = signal.area()[7] - '0';
    EXPECT_LE(row, 3) << signal.area();
    EXPECT_LE(column, 3) << signal.area();
    EXPECT_GT(signal.rate(), signal.mean_rate()) << signal.area();
  }
}

TEST(AreaHotSpotsTest, RatesWithoutAPatternInSpaceHaveNoHotSpot) {
  const SignalTests tests = FindHotSpots("woninginbraak", "2019H1", Grid(Scattered));
  EXPECT_EQ(tests.p_values.size(), static_cast<size_t>(kSide * kSide));
  EXPECT_TRUE(Signals(tests).empty());
  // Nor do zero counts everywhere.
  EXPECT_TRUE(
      Signals(FindHotSpots("woninginbraak", "2019H1", Grid([](int, int) { return 0; }))).empty());
}

TEST(AreaHotSpotsTest, AnAreaWithoutNeighboursIsNoHotSpotHoweverHigh) {
  auto areas = Grid(Scattered);
  HotSpotArea& island = areas.emplace_back();
  island.code = "BU00349900";
  island.name = "Eiland";
  island.count = 500;
  island.population = kPopulation;
  island.shape = Square(20000, 20000, 500);
  const SignalTests tests = FindHotSpots("woninginbraak", "2019H1", areas);
  EXPECT_EQ(tests.p_values.size(), static_cast<size_t>(kSide * kSide + 1));
  for (const auto& signal : Signals(tests)) EXPECT_NE(signal.area(), "BU00349900");
}

TEST(AreaHotSpotsTest, SmallPopulationsAndFewCasesAreLeftOut) {
  // The cluster's rates come from 20 inhabitants each: left out, no hot spot.
  auto small = Grid([](int row, int column) {
    return row <= 2 && column <= 2 ? int64_t{4} : Scattered(row, column);
  });
  for (auto& area : small) {
    if (area.count == 4) area.population = 20;
  }
  const SignalTests left_out = FindHotSpots("woninginbraak", "2019H1", small);
  EXPECT_EQ(left_out.p_values.size(), static_cast<size_t>(kSide * kSide - 9));
  EXPECT_TRUE(Signals(left_out).empty());
  // A cluster of 4 cases per buurt against 1: high, but below the minimum count.
  const auto few = Grid([](int row, int column) {
    return row <= 2 && column <= 2 ? int64_t{4} : int64_t{(row + column) % 2};
  });
  for (const auto& signal : Signals(FindHotSpots("woninginbraak", "2019H1", few))) {
    EXPECT_GE(signal.observed(), 5);
  }
  // Fewer than three areas: nothing to compare.
  const auto two = std::vector<HotSpotArea>(small.begin() + 30, small.begin() + 32);
  EXPECT_TRUE(FindHotSpots("woninginbraak", "2019H1", two).p_values.empty());
}

TEST(AreaHotSpotsTest, ADistanceBandOnCentroidsIsTheAlternative) {
  const auto areas = Grid([](int row, int column) {
    return row <= 2 && column <= 2 ? 4 * Scattered(row, column) : Scattered(row, column);
  });
  HotSpotSettings settings;
  settings.weights = cv1::NEIGHBOUR_WEIGHTS_DISTANCE_BAND;
  // 500 m reaches the four beside an area, not those across a corner (707 m).
  settings.distance_band = 500;
  const auto signals = Signals(FindHotSpots("woninginbraak", "2019H1", areas, settings));
  ASSERT_FALSE(signals.empty());
  EXPECT_EQ(signals.front().area(), "BU00341100");
  EXPECT_EQ(signals.front().neighbours_size(), 4);
  EXPECT_EQ(signals.front().parameters().weights(), cv1::NEIGHBOUR_WEIGHTS_DISTANCE_BAND);
  EXPECT_EQ(signals.front().parameters().distance_band(), 500);
}

TEST(AreaHotSpotsTest, NeighboursKeptForTheNextIndicatorAreThoseOfItsOwnAreas) {
  std::vector<HotSpotArea> clustered = Grid([](int row, int column) {
    return row <= 2 && column <= 2 ? 4 * Scattered(row, column) : Scattered(row, column);
  });
  // A second indicator whose population leaves the first row out: its
  // neighbours are not the first one's.
  std::vector<HotSpotArea> fewer = clustered;
  for (int column = 0; column < kSide; ++column) fewer[column].population = 20;
  HotSpotSettings band;
  band.weights = cv1::NEIGHBOUR_WEIGHTS_DISTANCE_BAND;
  band.distance_band = 500;
  NeighbourMemo memo;
  for (int round = 0; round < 2; ++round) {
    for (const auto* areas : {&clustered, &fewer}) {
      for (const auto& settings : {HotSpotSettings{}, band}) {
        const auto alone = Signals(FindHotSpots("woninginbraak", "2019H1", *areas, settings));
        const auto kept = Signals(FindHotSpots("woninginbraak", "2019H1", *areas, settings, &memo));
        ASSERT_EQ(kept.size(), alone.size());
        ASSERT_FALSE(kept.empty());
        for (size_t i = 0; i < kept.size(); ++i) {
          EXPECT_EQ(kept[i].SerializeAsString(), alone[i].SerializeAsString()) << kept[i].area();
        }
      }
    }
  }
}

}  // namespace
}  // namespace veilig::theme
