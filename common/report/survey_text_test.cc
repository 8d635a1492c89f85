// A survey indicator's sentences: the estimate with its margin, and each
// difference called real or chance by the margins, in Dutch.
#include "common/report/survey_text.h"

#include <gtest/gtest.h>

#include "common/report/report_tables.h"
#include "common/theme/section_builder.h"
#include "common/theme/survey_block.h"
#include "common/theme/worked_example_testing.h"

namespace veilig::report {
namespace {

namespace cv1 = common::v1;

cv1::SurveyBlock WorkedExampleSurvey() {
  const theme::SectionInput input =
      theme::testing::InputFromRequest(theme::testing::WorkedExampleRequest("veilige-wijken"));
  for (const auto& indicator : input.indicators) {
    if (indicator.id() == "vm_onveilig_eigen_buurt") {
      return theme::BuildSurveyBlock(input, indicator, "GM0034", *Period::Parse("2019H1"), 2017);
    }
  }
  ADD_FAILURE() << "the worked example has no survey indicator";
  return {};
}

TEST(SurveyTextTest, TheEstimateAndEachDifferenceInWords) {
  const auto sentences = DescribeSurvey(WorkedExampleSurvey());
  ASSERT_GE(sentences.size(), 3u);
  EXPECT_EQ(sentences[0],
            "Het aandeel inwoners van 15 jaar en ouder dat zich weleens onveilig voelt in de eigen "
            "buurt was in 2019 18,2% (95%-marge 16,6 tot 19,8%).");
  EXPECT_EQ(sentences[1],
            "Dat is 2,8 procentpunt lager dan in 2017 (21,0%); dat verschil is groter dan de "
            "marges van beide metingen: een echte daling.");
  EXPECT_EQ(sentences[2],
            "Dat is 1,3 procentpunt hoger dan in de politie-eenheid Midden-Nederland (16,9%); dat "
            "verschil valt binnen de marges van beide metingen en kan toeval zijn.");
}

TEST(SurveyTextTest, TheTableHasAnEditionPerColumnAndTheSentencesUnderIt) {
  cv1::SurveyBlock block = WorkedExampleSurvey();
  for (auto& sentence : DescribeSurvey(block)) block.add_narrative(std::move(sentence));
  const DataTable table = SurveyTable(block);
  ASSERT_EQ(table.columns, (std::vector<std::string>{"Gebied", "2017", "2019"}));
  ASSERT_GE(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[0],
            (std::vector<std::string>{"Almere", "21,0% (19,3–22,7%)", "18,2% (16,6–19,8%)"}));
  EXPECT_EQ(table.rows[1], (std::vector<std::string>{"Politie-eenheid Midden-Nederland", "–",
                                                     "16,9% (16,4–17,4%)"}));
  ASSERT_FALSE(table.notes.empty());
  EXPECT_EQ(table.notes.front(), block.narrative(0));
  // The invented figures say so, and the source is named.
  EXPECT_NE(table.notes[table.notes.size() - 2].find("verzonnen"), std::string::npos);
  EXPECT_EQ(table.notes.back(), "Bron: CBS Veiligheidsmonitor.");
}

TEST(SurveyTextTest, WithoutAMarginOrAnyEditionItIsSaid) {
  cv1::SurveyBlock block;
  block.mutable_indicator()->set_title("Voelt zich weleens onveilig");
  EXPECT_EQ(
      DescribeSurvey(block),
      std::vector<std::string>{
          "Er is tot en met deze periode nog geen meting van „Voelt zich weleens onveilig”."});
  cv1::SurveyEstimate* estimate = block.add_estimates();
  estimate->set_area("GM0999");
  estimate->set_period("2019");
  estimate->set_percentage(19);
  EXPECT_EQ(DescribeSurvey(block),
            (std::vector<std::string>{
                "Voelt zich weleens onveilig: 19,0% in 2019.",
                "Zonder marge van de meting is niet te zeggen of een verschil echt is."}));
}

}  // namespace
}  // namespace veilig::report
