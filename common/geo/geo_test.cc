#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "common/geo/boundary_file.h"
#include "common/geo/contiguity.h"
#include "common/geo/geometry.h"
#include "common/geo/rd_new.h"
#include "common/geo/simplify.h"
#include "common/geo/svg_path.h"

namespace veilig::geo {
namespace {

std::string ReadData(const std::string& name) {
  std::ifstream in(std::string(VEILIG_CBS_DIR) + "/" + name);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

MultiPolygon Square(double x, double y, double side) {
  return {Polygon{{Ring{{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}, {x, y}}}}};
}

TEST(GeometryTest, AreaCentroidAndBoundsOfASquareWithAHole) {
  MultiPolygon shape = Square(0, 0, 10);
  // A clockwise hole: its direction does not matter.
  shape[0].rings.push_back(Ring{{2, 2}, {2, 4}, {4, 4}, {4, 2}, {2, 2}});
  EXPECT_DOUBLE_EQ(PlanarArea(shape), 96);
  EXPECT_EQ(Centroid(Square(0, 0, 10)), (Point{5, 5}));
  // Two outlines running opposite ways weigh by their areas alike.
  MultiPolygon two = Square(0, 0, 2);
  two.push_back(Polygon{{Ring{{10, 0}, {10, 2}, {12, 2}, {12, 0}, {10, 0}}}});
  EXPECT_EQ(Centroid(two), (Point{6, 1}));
  const Bounds b = BoundsOf(shape);
  EXPECT_EQ(b.width(), 10);
  EXPECT_EQ(b.height(), 10);
  EXPECT_EQ(PointCount(shape), 10u);
}

TEST(RdNewTest, TheOriginIsAmersfoortInBothSystems) {
  const Point amersfoort = Wgs84ToRd(5.38720621, 52.15517440);
  EXPECT_NEAR(amersfoort.x, 155000, 1e-6);
  EXPECT_NEAR(amersfoort.y, 463000, 1e-6);
  const LonLat back = RdToWgs84({155000, 463000});
  EXPECT_NEAR(back.longitude, 5.38720621, 1e-9);
  EXPECT_NEAR(back.latitude, 52.15517440, 1e-9);
}

TEST(RdNewTest, ThereAndBackStaysWithinAMetreAcrossTheCountry) {
  for (double x = 15000; x <= 275000; x += 26000) {
    for (double y = 310000; y <= 610000; y += 30000) {
      const LonLat lonlat = RdToWgs84({x, y});
      const Point rd = Wgs84ToRd(lonlat.longitude, lonlat.latitude);
      EXPECT_NEAR(rd.x, x, 1.0) << x << ", " << y;
      EXPECT_NEAR(rd.y, y, 1.0) << x << ", " << y;
    }
  }
  // Almere lies north-west of Amersfoort: west of 5.39° E, north of 52.16° N.
  const LonLat almere = RdToWgs84({143000, 487000});
  EXPECT_GT(almere.latitude, 52.3);
  EXPECT_LT(almere.latitude, 52.4);
  EXPECT_GT(almere.longitude, 5.1);
  EXPECT_LT(almere.longitude, 5.3);
}

TEST(BoundaryFileTest, ReadsTheCbsWijkenOfAlmere) {
  auto wijken = ReadBoundaryFile(ReadData("wijken_GM0034_2019.geojson"));
  ASSERT_TRUE(wijken.ok()) << wijken.status();
  ASSERT_EQ(wijken->size(), 6u);
  EXPECT_EQ((*wijken)[0].code, "WK003401");
  EXPECT_EQ((*wijken)[0].name, "Wijk 01 Almere Haven");
  EXPECT_EQ((*wijken)[0].municipality, "GM0034");
  double area = 0;
  for (const auto& wijk : *wijken) area += PlanarArea(wijk.shape);
  EXPECT_NEAR(area / 1e6, 140.59, 0.01);
}

TEST(BoundaryFileTest, ReadsTheCbsBuurtenOfAlmereWithTheirMultiPolygons) {
  auto buurten = ReadBoundaryFile(ReadData("buurten_GM0034_2019.geojson"));
  ASSERT_TRUE(buurten.ok()) << buurten.status();
  ASSERT_EQ(buurten->size(), 66u);
  double area = 0;
  int multi = 0;
  for (const auto& buurt : *buurten) {
    area += PlanarArea(buurt.shape);
    multi += buurt.shape.size() > 1;
  }
  // As the data's README says: 139,0 km².
  EXPECT_NEAR(area / 1e6, 139.04, 0.01);
  EXPECT_EQ(multi, 2);
}

TEST(BoundaryFileTest, AFileWithoutItsSystemIsReadAsWgs84OrAsTheFlagSays) {
  // A square of 1 km in RD, written as RFC 7946 GeoJSON.
  std::string positions;
  const MultiPolygon square = Square(150000, 480000, 1000);
  for (const Point& p : square[0].rings[0]) {
    const LonLat ll = RdToWgs84(p);
    if (!positions.empty()) positions += ',';
    positions += '[';
    positions += std::to_string(ll.longitude);
    positions += ',';
    positions += std::to_string(ll.latitude);
    positions += ']';
  }
  const std::string wgs84 = R"({"type":"FeatureCollection","features":[{"type":"Feature",)"
                            R"("properties":{"statcode":"WK003402","statnaam":"Stad"},)"
                            R"("geometry":{"type":"Polygon","coordinates":[[)" +
                            positions + "]]}}]}";
  auto read = ReadBoundaryFile(wgs84);
  ASSERT_TRUE(read.ok()) << read.status();
  // Six decimals of a degree are some 10 cm.
  EXPECT_NEAR(PlanarArea((*read)[0].shape), 1e6, 1e6 * 0.001);

  const std::string rd =
      R"({"type":"FeatureCollection","features":[{"type":"Feature","id":"WK003402",)"
      R"("properties":{"statnaam":"Stad"},"geometry":{"type":"Polygon","coordinates":)"
      R"([[[150000,480000],[151000,480000],[151000,481000],[150000,480000]]]}}]})";
  auto unstated = ReadBoundaryFile(rd);
  ASSERT_FALSE(unstated.ok());
  EXPECT_NE(unstated.status().message().find("EPSG:28992"), std::string::npos) << unstated.status();
  auto flagged = ReadBoundaryFile(rd, {.crs = Crs::kRdNew});
  ASSERT_TRUE(flagged.ok()) << flagged.status();
  EXPECT_EQ((*flagged)[0].code, "WK003402");
  EXPECT_DOUBLE_EQ(PlanarArea((*flagged)[0].shape), 500000);
}

TEST(BoundaryFileTest, ASystemThatDoesNotFitIsRefused) {
  auto stated_other =
      ReadBoundaryFile(ReadData("wijken_GM0034_2019.geojson"), {.crs = Crs::kWgs84});
  EXPECT_FALSE(stated_other.ok());
  // Web Mercator metres read as RD fall outside RD's area.
  const std::string mercator =
      R"({"type":"Feature","properties":{"statcode":"GM0034","statnaam":"Almere"},)"
      R"("geometry":{"type":"Polygon","coordinates":[[[580000,6860000],[590000,6860000],)"
      R"([590000,6870000],[580000,6860000]]]}})";
  auto outside = ReadBoundaryFile(mercator, {.crs = Crs::kRdNew});
  ASSERT_FALSE(outside.ok());
  EXPECT_TRUE(std::string(outside.status().message())
                  .starts_with("features[0].geometry.coordinates[0][0]:"))
      << outside.status();
  EXPECT_FALSE(ParseCrs("EPSG:3857").ok());
}

TEST(BoundaryFileTest, ErrorsNameTheirPlaceInTheFile) {
  const auto message = [](const std::string& text) {
    auto read = ReadBoundaryFile(text, {.crs = Crs::kRdNew});
    return read.ok() ? std::string("ok") : std::string(read.status().message());
  };
  EXPECT_TRUE(message(R"({"type":"FeatureCollection","features":[)"
                      R"({"type":"Feature","properties":{"statcode":"WK003401","statnaam":"A"},)"
                      R"("geometry":{"type":"Polygon","coordinates":[[[150000,480000],)"
                      R"([151000,480000],[151000,481000],[150000,480000]]]}},)"
                      R"({"type":"Feature","properties":{"statnaam":"B"},)"
                      R"("geometry":{"type":"Polygon","coordinates":[[[150000,480000],)"
                      R"([151000,480000],[151000,481000],[150000,480000]]]}}]})")
                  .starts_with("features[1].properties.statcode: is required"));
  EXPECT_TRUE(message(R"({"type":"Feature","properties":{"statcode":"WK003401","statnaam":"A"},)"
                      R"("geometry":{"type":"Point","coordinates":[150000,480000]}})")
                  .starts_with("features[0].geometry.type: is Point"));
  EXPECT_TRUE(message(R"({"type":"Feature","properties":{"statcode":"WK003401","statnaam":"A"},)"
                      R"("geometry":{"type":"Polygon","coordinates":[[[150000,480000],)"
                      R"([151000,480000]]]}})")
                  .starts_with("features[0].geometry.coordinates[0]: a ring needs"));
  EXPECT_TRUE(message(R"({"type":"FeatureCollection","features":[)")
                  .starts_with("the file is not valid JSON"));
}

// Two unit squares side by side sharing one arc, quantised and delta-encoded
// as TopoJSON writes them; the right square runs the shared arc backwards.
TEST(BoundaryFileTest, ReadsTopoJsonWithSharedReversedArcs) {
  const std::string topology = R"({"type":"Topology",
    "transform":{"scale":[10,10],"translate":[150000,480000]},
    "arcs":[[[100,0],[0,100]],
            [[100,100],[-100,0],[0,-100],[100,0]],
            [[100,0],[100,0],[0,100],[-100,0]]],
    "objects":{"wijken":{"type":"GeometryCollection","geometries":[
      {"type":"Polygon","arcs":[[0,1]],"id":"WK003401","properties":{"statnaam":"Links"}},
      {"type":"Polygon","arcs":[[2,-1]],"properties":{"statcode":"WK003402","statnaam":"Rechts"}}
    ]}}})";
  auto read = ReadBoundaryFile(topology, {.crs = Crs::kRdNew});
  ASSERT_TRUE(read.ok()) << read.status();
  ASSERT_EQ(read->size(), 2u);
  EXPECT_EQ((*read)[0].code, "WK003401");
  EXPECT_EQ((*read)[1].name, "Rechts");
  EXPECT_DOUBLE_EQ(PlanarArea((*read)[0].shape), 1e6);
  EXPECT_DOUBLE_EQ(PlanarArea((*read)[1].shape), 1e6);
  EXPECT_EQ(BoundsOf((*read)[1].shape).min_x, 151000);

  auto missing_arc = ReadBoundaryFile(
      R"({"type":"Topology","arcs":[],"objects":{"w":{"type":"Polygon","arcs":[[0]],)"
      R"("properties":{"statcode":"WK003401","statnaam":"A"}}}})",
      {.crs = Crs::kRdNew});
  ASSERT_FALSE(missing_arc.ok());
  EXPECT_EQ(missing_arc.status().message(), "objects.w.arcs[0][0]: arc 0 does not exist");
}

TEST(SimplifyTest, DropsWhatLiesWithinTheToleranceAndKeepsRingsClosed) {
  // A square with points along its edges, each at most 0.4 m off the line.
  Ring ring = {{0, 0}, {50, 0.4}, {100, 0}, {100, 50}, {100.3, 80}, {100, 100}, {0, 100}, {0, 0}};
  const MultiPolygon simplified = Simplify({Polygon{{ring}}}, 1.0);
  ASSERT_EQ(simplified.size(), 1u);
  EXPECT_EQ(simplified[0].rings[0], (Ring{{0, 0}, {100, 0}, {100, 100}, {0, 100}, {0, 0}}));
  // However coarse, an outline stays a triangle at least.
  EXPECT_EQ(Simplify({Polygon{{ring}}}, 1e9)[0].rings[0].size(), 4u);
}

TEST(SimplifyTest, AlmeresBuurtenKeepTheirAreaWhenDrawnAThousandPixelsWide) {
  auto buurten = ReadBoundaryFile(ReadData("buurten_GM0034_2019.geojson"));
  ASSERT_TRUE(buurten.ok());
  Bounds all;
  for (const auto& b : *buurten) all.Extend(BoundsOf(b.shape));
  const double tolerance = all.width() / 1000;
  for (const auto& b : *buurten) {
    const MultiPolygon simplified = Simplify(b.shape, tolerance);
    EXPECT_LE(PointCount(simplified), PointCount(b.shape));
    EXPECT_NEAR(PlanarArea(simplified), PlanarArea(b.shape), PlanarArea(b.shape) * 0.05) << b.code;
  }
}

TEST(SvgPathTest, FitsTheWidthAndFlipsNorthUp) {
  const MultiPolygon square = Square(150000, 480000, 10);
  const SvgProjection projection(BoundsOf(square), 100, 0);
  EXPECT_DOUBLE_EQ(projection.height(), 100);
  EXPECT_EQ(SvgPath(square, projection), "M0 100L100 100L100 0L0 0Z");
  const SvgProjection framed(BoundsOf(square), 120, 10);
  EXPECT_EQ(SvgPath(square, framed), "M10 110L110 110L110 10L10 10Z");
  EXPECT_DOUBLE_EQ(framed.MetresPerPixel(), 0.1);
}

TEST(ContiguityTest, AGridOfSquaresHasQueenNeighbours) {
  // 3 x 3 squares of 100 m: the middle one touches all eight, a corner one
  // three (one of them in a single point).
  std::vector<MultiPolygon> shapes;
  for (int row = 0; row < 3; ++row) {
    for (int column = 0; column < 3; ++column)
      shapes.push_back(Square(column * 100, row * 100, 100));
  }
  const auto neighbours = QueenContiguity(shapes, 1);
  EXPECT_EQ(neighbours[4], (std::vector<int>{0, 1, 2, 3, 5, 6, 7, 8}));
  EXPECT_EQ(neighbours[0], (std::vector<int>{1, 3, 4}));
  EXPECT_EQ(neighbours[8], (std::vector<int>{4, 5, 7}));
}

TEST(ContiguityTest, AGapWiderThanTheToleranceSeparatesAndAnAreaAloneHasNoNeighbours) {
  const std::vector<MultiPolygon> shapes = {Square(0, 0, 100), Square(105, 0, 100),
                                            Square(1000, 1000, 100)};
  EXPECT_EQ(QueenContiguity(shapes, 4)[0], std::vector<int>{});
  EXPECT_EQ(QueenContiguity(shapes, 5)[0], std::vector<int>{1});
  EXPECT_EQ(QueenContiguity(shapes, 5)[2], std::vector<int>{});
  // A corner touching the middle of another's edge, seen from one side only.
  const std::vector<MultiPolygon> corner = {
      Square(0, 0, 100), {Polygon{{Ring{{50, 100}, {80, 130}, {50, 160}, {20, 130}, {50, 100}}}}}};
  EXPECT_EQ(QueenContiguity(corner, 0.5)[0], std::vector<int>{1});
  EXPECT_EQ(QueenContiguity(corner, 0.5)[1], std::vector<int>{0});
  EXPECT_TRUE(QueenContiguity({}, 1).empty());
}

TEST(ContiguityTest, SimplifiedBuurtenOfAlmereKeepTheirNeighbours) {
  auto buurten = ReadBoundaryFile(ReadData("buurten_GM0034_2019.geojson"));
  ASSERT_TRUE(buurten.ok()) << buurten.status();
  std::vector<MultiPolygon> detailed;
  std::vector<MultiPolygon> simplified;
  for (const auto& buurt : *buurten) {
    detailed.push_back(buurt.shape);
    // As the import stores them (5 m), so each may move up to 5 m.
    simplified.push_back(Simplify(buurt.shape, 5));
  }
  // The file's coordinates are whole metres: where four buurten meet, a
  // corner may stand a few metres off (Muziekwijk Zuid's is 5,7 m). So the
  // 10 m that simplification needs also closes those, and adds nothing else.
  const auto exact = QueenContiguity(detailed, 10);
  EXPECT_EQ(QueenContiguity(simplified, 10), exact);
  const auto touching = QueenContiguity(detailed, 0.01);
  size_t added = 0;
  for (size_t i = 0; i < exact.size(); ++i) {
    EXPECT_TRUE(
        std::includes(exact[i].begin(), exact[i].end(), touching[i].begin(), touching[i].end()));
    added += exact[i].size() - touching[i].size();
  }
  EXPECT_LE(added / 2, 3u);
  size_t links = 0;
  for (size_t i = 0; i < exact.size(); ++i) {
    // The buurten tile the municipality: none stands alone.
    EXPECT_FALSE(exact[i].empty()) << (*buurten)[i].code;
    for (int j : exact[i]) {
      const auto& back = exact[static_cast<size_t>(j)];
      EXPECT_TRUE(std::find(back.begin(), back.end(), static_cast<int>(i)) != back.end());
    }
    links += exact[i].size();
  }
  // Planar tilings have on average fewer than six neighbours per area.
  EXPECT_GT(links / 2, exact.size());
  EXPECT_LT(links, 6 * exact.size());
}

}  // namespace
}  // namespace veilig::geo
