// The real StatLine export (47013NED) through veiligctl into a running suite:
// exact totals for the regions the registry knows, the rest reported.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tests/support/call_context.h"
#include "tests/support/suite.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"

namespace veilig::testing {
namespace {

std::vector<std::optional<int64_t>> Counts(Suite& suite, const std::string& area) {
  auto stub = theme::v1::ThemeService::NewStub(suite.Channel("veilige-wijken"));
  grpc::ClientContext context;
  SetTestDeadline(context);
  theme::v1::GetSeriesRequest request;
  request.set_indicator("totaal_misdrijven");
  request.set_area(area);
  request.set_from_period("2022");
  request.set_to_period("2023");
  theme::v1::GetSeriesResponse response;
  EXPECT_TRUE(stub->GetSeries(&context, request, &response).ok());
  std::vector<std::optional<int64_t>> counts;
  for (const auto& p : response.series().points()) {
    counts.push_back(p.has_count() ? std::optional<int64_t>(p.count()) : std::nullopt);
  }
  return counts;
}

TEST(StatLineImportTest, TheRealExportImportsWithExactTotals) {
  Suite suite;
  suite.StartAll();
  ASSERT_TRUE(suite.WaitUntilServing());
  const auto registry = suite.directory() / "registry";
  std::filesystem::create_directories(registry);
  std::ofstream(registry / "areas.csv")
      << "code,name,kind,parent\n"
      << "GM0034,Almere,municipality,\n"
      << "RE_MIDDEN_NEDERLAND,Midden-Nederland (RE),police_unit,\n";
  std::ofstream(registry / "indicators.csv")
      << "id,theme,topic,title_nl,unit,change_measure,source,police_code\n"
      << "totaal_misdrijven,algemeen,Criminaliteit totaal,Geregistreerde misdrijven totaal,"
         "per_1000_inhabitants,count,Nationale Politie,0.0.0\n";
  ASSERT_EQ(suite.Ctl({"import", registry.string()}).exit_code, 0);

  for (int run = 0; run < 2; ++run) {  // importing twice changes nothing
    auto result = suite.Ctl({"import-statline", VEILIG_CBS_EXPORT});
    ASSERT_EQ(result.exit_code, 0) << result.output;
    EXPECT_NE(result.output.find("veilige-wijken: 4 observations of totaal_misdrijven"),
              std::string::npos)
        << result.output;
    EXPECT_NE(result.output.find("354 region name(s) not in the area registry"), std::string::npos)
        << result.output;
  }
  EXPECT_EQ(Counts(suite, "GM0034"), (std::vector<std::optional<int64_t>>{8955, 9233}));
  EXPECT_EQ(Counts(suite, "RE_MIDDEN_NEDERLAND"),
            (std::vector<std::optional<int64_t>>{84800, 87518}));

  // Without an indicator for its crime type, nothing is imported.
  auto bad = suite.directory() / "other.csv";
  std::ofstream(bad) << "\"T\"\n\"Soort misdrijf: 9.9.9 Onbekend\"\n\"Perioden\";\"2022\"\n"
                     << "\"Regio's\";\"aantal\"\n\"Almere\";\"1\"\n";
  auto result = suite.Ctl({"import-statline", bad.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.output.find("no indicator maps police code 9.9.9"), std::string::npos);
  EXPECT_EQ(Counts(suite, "GM0034"), (std::vector<std::optional<int64_t>>{8955, 9233}));
}

}  // namespace
}  // namespace veilig::testing
