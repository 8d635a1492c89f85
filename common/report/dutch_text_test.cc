#include "common/report/dutch_text.h"

#include <gtest/gtest.h>

namespace veilig::report {
namespace {

TEST(DutchTextTest, AnEnumerationJoinsWithCommasAndEn) {
  EXPECT_EQ(DutchList({}), "");
  EXPECT_EQ(DutchList({"1"}), "1");
  EXPECT_EQ(DutchList({"1", "2"}), "1 en 2");
  EXPECT_EQ(DutchList({"1", "2", "3"}), "1, 2 en 3");
}

TEST(DutchTextTest, ANameInASentenceKeepsTheCaseOfCodesAndAbbreviations) {
  EXPECT_EQ(InSentence("Politie-eenheid Midden-Nederland"), "politie-eenheid Midden-Nederland");
  EXPECT_EQ(InSentence("G10/100.000+ gemeenten"), "G10/100.000+ gemeenten");
  EXPECT_EQ(InSentence("PKVW-adviezen"), "PKVW-adviezen");
  EXPECT_EQ(InSentence("Productie/vervaardiging harddrugs"), "productie/vervaardiging harddrugs");
  EXPECT_EQ(Capitalised("per 1.000 inwoners"), "Per 1.000 inwoners");
}

TEST(DutchTextTest, WidthCountsCharactersNotBytes) {
  EXPECT_EQ(Utf8Length("1e helft"), 8u);
  EXPECT_EQ(Utf8Length("\u2013"), 1u);
  EXPECT_EQ(Utf8Prefix("\u2212"
                       "31%",
                       2),
            "\u2212"
            "3");
}

}  // namespace
}  // namespace veilig::report
