// What a reader of two versions sees change: a survey's edition and a
// signal found, besides the figures.
#include "gateway/report/report_diff.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace veilig::gateway {
namespace {

namespace cv1 = common::v1;
using report::v1::ProgressReport;
using report::v1::ReportDifference;

ProgressReport Version() {
  ProgressReport report;
  report.set_municipality("GM0034");
  report.set_period("2019H1");
  cv1::ThemeSection& section = *report.add_sections();
  section.set_title("Veilige wijken");
  cv1::TopicBlock& topic = *section.add_topics();
  cv1::Indicator& burglary = *topic.add_indicators()->mutable_indicator();
  burglary.set_id("woninginbraak");
  burglary.set_title("Woninginbraken");
  burglary.set_unit(cv1::UNIT_PER_1000_DWELLINGS);
  cv1::SurveyBlock& survey = *topic.add_surveys();
  survey.mutable_indicator()->set_id("vm_onveilig_eigen_buurt");
  survey.mutable_indicator()->set_title("Voelt zich weleens onveilig in de eigen buurt");
  cv1::SurveyEstimate& estimate = *survey.add_estimates();
  estimate.set_area("GM0034");
  estimate.set_area_name("Almere");
  estimate.set_period("2019");
  estimate.set_percentage(18.2);
  estimate.set_lower_bound(16.6);
  estimate.set_upper_bound(19.8);
  return report;
}

const ReportDifference* Find(const std::vector<ReportDifference>& differences,
                             const std::string& start) {
  const auto it = std::find_if(differences.begin(), differences.end(),
                               [&start](const auto& d) { return d.location().starts_with(start); });
  return it == differences.end() ? nullptr : &*it;
}

TEST(ReportDiffTest, TheSameVersionHasNoDifferences) {
  EXPECT_TRUE(DiffReports(Version(), Version()).empty());
}

TEST(ReportDiffTest, ASurveyEditionChangedShowsAsPrinted) {
  ProgressReport later = Version();
  cv1::SurveyEstimate& estimate =
      *later.mutable_sections(0)->mutable_topics(0)->mutable_surveys(0)->mutable_estimates(0);
  estimate.set_percentage(18.4);
  const auto differences = DiffReports(Version(), later);
  ASSERT_EQ(differences.size(), 1u);
  EXPECT_EQ(differences[0].location(),
            "Voelt zich weleens onveilig in de eigen buurt / Almere / 2019");
  EXPECT_EQ(differences[0].from_value(), "18,2% (16,6–19,8%)");
  EXPECT_EQ(differences[0].to_value(), "18,4% (16,6–19,8%)");
}

TEST(ReportDiffTest, ASignalFoundInTheLaterVersionIsNamedInTheSummarysWords) {
  ProgressReport later = Version();
  cv1::AreaSignal& signal = *later.mutable_sections(0)->add_area_signals();
  signal.set_indicator("woninginbraak");
  signal.set_area("WK003403");
  signal.set_area_name("Wijk 03 Almere Buiten");
  signal.set_period("2019M03");
  signal.set_observed(45);
  signal.set_expected(20.4);
  signal.set_upper_limit(29);
  signal.set_method(cv1::SIGNAL_METHOD_FARRINGTON_FLEXIBLE);
  const auto differences = DiffReports(Version(), later);
  const ReportDifference* found = Find(differences, "Veilige wijken / signaal: Woninginbraken in");
  ASSERT_NE(found, nullptr);
  EXPECT_NE(found->location().find("Wijk 03 Almere Buiten, maart 2019"), std::string::npos)
      << found->location();
  EXPECT_EQ(found->from_value(), "");
  EXPECT_EQ(found->to_value(), "aanwezig");
  // And gone again.
  const auto back = DiffReports(later, Version());
  ASSERT_NE(Find(back, "Veilige wijken / signaal: "), nullptr);
  EXPECT_EQ(Find(back, "Veilige wijken / signaal: ")->from_value(), "aanwezig");
}

}  // namespace
}  // namespace veilig::gateway
