#include "common/import/boundary_request.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "common/geo/geometry.h"
#include "common/theme/boundaries.h"

namespace veilig::import {
namespace {

namespace cv1 = common::v1;

std::vector<geo::BoundaryFeature> Read(const std::string& name) {
  std::ifstream in(std::string(VEILIG_CBS_DIR) + "/" + name);
  std::stringstream text;
  text << in.rdbuf();
  auto features = geo::ReadBoundaryFile(text.str());
  EXPECT_TRUE(features.ok()) << features.status();
  return features.ok() ? *features : std::vector<geo::BoundaryFeature>{};
}

TEST(BoundaryRequestTest, AlmeresBuurtenBecomeAreasUnderTheirWijkWithSimplifiedOutlines) {
  const auto buurten = Read("buurten_GM0034_2019.geojson");
  auto request = BoundaryRequest(buurten, {});
  ASSERT_TRUE(request.ok()) << request.status();
  ASSERT_EQ(request->areas_size(), 66);
  ASSERT_EQ(request->boundaries_size(), 66);
  const cv1::Area& first = request->areas(0);
  EXPECT_EQ(first.code(), "BU00340101");
  EXPECT_EQ(first.name(), "Centrum Almere Haven");
  EXPECT_EQ(first.kind(), cv1::AREA_KIND_NEIGHBOURHOOD);
  EXPECT_EQ(first.parent(), "WK003401");
  // The year comes from jrstatcode ("2019BU00340101").
  EXPECT_EQ(first.first_year(), 2019);
  EXPECT_EQ(request->boundaries(0).year(), 2019);
  EXPECT_EQ(request->boundaries(0).attribution(), "Kadaster / CBS, 2019");
  for (int i = 0; i < request->boundaries_size(); ++i) {
    const geo::MultiPolygon sent = theme::ShapeOf(request->boundaries(i));
    EXPECT_LE(geo::PointCount(sent), geo::PointCount(buurten[i].shape));
    EXPECT_NEAR(geo::PlanarArea(sent), geo::PlanarArea(buurten[i].shape),
                geo::PlanarArea(buurten[i].shape) * 0.02)
        << buurten[i].code;
  }
}

TEST(BoundaryRequestTest, WijkenLieInTheirMunicipalityAndAMunicipalitySendsOnlyItsOutline) {
  auto wijken = Read("wijken_GM0034_2019.geojson");
  geo::BoundaryFeature almere = wijken[0];
  almere.code = "GM0034";
  almere.name = "Almere";
  wijken.push_back(almere);
  BoundaryRequestOptions options;
  options.attribution = "Bron: Kadaster / CBS, 2019";
  auto request = BoundaryRequest(wijken, options);
  ASSERT_TRUE(request.ok()) << request.status();
  EXPECT_EQ(request->areas_size(), 6);
  EXPECT_EQ(request->areas(5).parent(), "GM0034");
  EXPECT_EQ(request->areas(5).kind(), cv1::AREA_KIND_DISTRICT);
  ASSERT_EQ(request->boundaries_size(), 7);
  EXPECT_EQ(request->boundaries(6).area(), "GM0034");
  EXPECT_EQ(request->boundaries(6).attribution(), "Bron: Kadaster / CBS, 2019");
}

TEST(BoundaryRequestTest, AFileWithoutItsYearNeedsOneAndForeignCodesAreRefused) {
  auto wijken = Read("wijken_GM0034_2019.geojson");
  for (auto& w : wijken) w.year = 0;
  auto without = BoundaryRequest(wijken, {});
  ASSERT_FALSE(without.ok());
  EXPECT_NE(without.status().message().find("--year"), std::string::npos);
  BoundaryRequestOptions with_year;
  with_year.year = 2019;
  EXPECT_TRUE(BoundaryRequest(wijken, with_year).ok());

  wijken[2].code = "RE_MIDDEN_NEDERLAND";
  auto foreign = BoundaryRequest(wijken, with_year);
  ASSERT_FALSE(foreign.ok());
  EXPECT_NE(foreign.status().message().find("feature 3 (RE_MIDDEN_NEDERLAND)"), std::string::npos)
      << foreign.status();
}

}  // namespace
}  // namespace veilig::import
