#include "gateway/report/report_assembler.h"

#include <gtest/gtest.h>

namespace veilig::gateway {
namespace {

namespace cv1 = common::v1;

BackendResult Ok(const std::string& service, cv1::Theme theme) {
  BackendResult result;
  result.service = service;
  result.section.set_theme(theme);
  result.section.set_title("titel " + service);
  result.section.set_municipality_name("Almere");
  result.section.set_baseline_period("2017H1");
  result.section.add_periods("2019H1");
  result.section.add_topics()->set_topic("onderwerp");
  return result;
}

BackendResult Failed(const std::string& service, grpc::StatusCode code) {
  BackendResult result;
  result.service = service;
  result.status = grpc::Status(code, "down");
  return result;
}

TEST(ReportAssemblerTest, SectionsComeInPlanOrderWhateverTheArrivalOrder) {
  auto vw = Ok("veilige-wijken", cv1::THEME_VEILIGE_WIJKEN);
  vw.section.mutable_general()->set_topic("Criminaliteit totaal");
  vw.section.mutable_general()->add_indicators()->mutable_indicator()->set_id("totaal_misdrijven");
  const auto report = AssembleReport("GM0034", "2019H1",
                                     {Ok("crisisbeheersing", cv1::THEME_CRISISBEHEERSING),
                                      Ok("zorg-veiligheid", cv1::THEME_ZORG_VEILIGHEID), vw,
                                      Ok("ondermijning", cv1::THEME_ONDERMIJNING)});
  ASSERT_EQ(report.sections_size(), 4);
  EXPECT_EQ(report.sections(0).theme(), cv1::THEME_VEILIGE_WIJKEN);
  EXPECT_EQ(report.sections(1).theme(), cv1::THEME_ONDERMIJNING);
  EXPECT_EQ(report.sections(2).theme(), cv1::THEME_ZORG_VEILIGHEID);
  EXPECT_EQ(report.sections(3).theme(), cv1::THEME_CRISISBEHEERSING);
  EXPECT_EQ(report.general().indicators(0).indicator().id(), "totaal_misdrijven");
  EXPECT_FALSE(report.sections(0).has_general());  // moved, not copied
  EXPECT_EQ(report.municipality_name(), "Almere");
  EXPECT_EQ(report.baseline_period(), "2017H1");
  EXPECT_EQ(report.status(), report::v1::REPORT_STATUS_DRAFT);
  EXPECT_TRUE(report.unreachable().empty());
}

TEST(ReportAssemblerTest, AFailedBackendCostsOnlyItsSection) {
  const auto report = AssembleReport(
      "GM0034", "2019H1",
      {Ok("veilige-wijken", cv1::THEME_VEILIGE_WIJKEN), Ok("ondermijning", cv1::THEME_ONDERMIJNING),
       Failed("zorg-veiligheid", grpc::StatusCode::UNAVAILABLE),
       Failed("crisisbeheersing", grpc::StatusCode::DEADLINE_EXCEEDED)});
  ASSERT_EQ(report.sections_size(), 4);
  EXPECT_EQ(report.sections(2).title(), "Zorg en veiligheid");
  EXPECT_TRUE(report.sections(2).topics().empty());
  EXPECT_EQ(report.sections(1).topics_size(), 1);
  ASSERT_EQ(report.unreachable_size(), 2);
  EXPECT_EQ(report.unreachable(0), "zorg-veiligheid");
  EXPECT_EQ(report.unreachable(1), "crisisbeheersing");
}

TEST(ReportAssemblerTest, NotFoundMeansNoDataNotUnreachable) {
  const std::vector<BackendResult> results = {Ok("veilige-wijken", cv1::THEME_VEILIGE_WIJKEN),
                                              Failed("ondermijning", grpc::StatusCode::NOT_FOUND)};
  const auto report = AssembleReport("GM0034", "2019H1", results);
  // crisisbeheersing and zorg-veiligheid gave no answer at all: unreachable.
  EXPECT_EQ(report.unreachable_size(), 2);
  EXPECT_FALSE(NoBackendKnowsMunicipality(results));
  EXPECT_TRUE(
      NoBackendKnowsMunicipality({Failed("ondermijning", grpc::StatusCode::NOT_FOUND),
                                  Failed("zorg-veiligheid", grpc::StatusCode::UNAVAILABLE)}));
  EXPECT_FALSE(
      NoBackendKnowsMunicipality({Failed("zorg-veiligheid", grpc::StatusCode::UNAVAILABLE)}));
}

}  // namespace
}  // namespace veilig::gateway
