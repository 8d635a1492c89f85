#include "services/zorg-veiligheid/domain/register_rules.h"

#include <gtest/gtest.h>

namespace veilig::zorgveiligheid {
namespace {

TEST(ElevenTestTest, KnownValidAndInvalidNumbers) {
  // 111222333: 9+8+7+12+10+8+9+6-3 = 66, divisible by 11.
  EXPECT_TRUE(PassesElevenTest("111222333"));
  EXPECT_TRUE(PassesElevenTest("123456782"));
  EXPECT_FALSE(PassesElevenTest("123456789"));
  EXPECT_FALSE(PassesElevenTest("000000000"));
  EXPECT_FALSE(PassesElevenTest("12345678"));
  EXPECT_FALSE(PassesElevenTest("12345678a"));
}

TEST(ElevenTestTest, FindsCitizenNumbersInFreeTextAsPeopleWriteThem) {
  EXPECT_TRUE(ContainsCitizenNumber("bsn 123456782 besproken"));
  EXPECT_TRUE(ContainsCitizenNumber("BSN: 1234.56.782"));
  EXPECT_TRUE(ContainsCitizenNumber("1234 56 782"));
  EXPECT_TRUE(ContainsCitizenNumber("x123456782y"));
  EXPECT_FALSE(ContainsCitizenNumber("zaak ZV-2019-17, 18 huisverboden"));
  EXPECT_FALSE(ContainsCitizenNumber("123456789"));  // fails the eleven-test
  EXPECT_FALSE(ContainsCitizenNumber("telefoon 06-12345678"));
  EXPECT_FALSE(ContainsCitizenNumber(""));
}

TEST(RegisterRulesTest, ValidationNamesFieldsAndRefusesPersonalData) {
  RegisterCount count;
  count.set_register_(v1::REGISTER_RESTRAINING_ORDERS);
  count.set_period("2019H1");
  count.set_count(18);
  count.add_case_references("ZV-2019-17");
  EXPECT_TRUE(ValidateRegisterCount(count, "counts[0]").ok());

  count.set_note("betreft bsn 123456782");
  auto status = ValidateRegisterCount(count, "counts[0]");
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(
      std::string(status.message()).starts_with("counts[0].note: contains what looks like"));
  count.clear_note();
  count.set_case_references(0, "111222333");
  EXPECT_TRUE(std::string(ValidateRegisterCount(count, "counts[0]").message())
                  .starts_with("counts[0].case_references[0]:"));
  count.set_case_references(0, "ZV-1");
  count.set_count(-2);
  EXPECT_EQ(ValidateRegisterCount(count, "counts[0]").message(),
            "counts[0].count: must not be negative (got -2)");
  count.set_count(2);
  count.clear_register_();
  EXPECT_TRUE(std::string(ValidateRegisterCount(count, "c").message()).starts_with("c.register:"));

  RegisterTarget target;
  target.add_registers(v1::REGISTER_SCHOOL_LESSONS_PRIMARY);
  target.add_registers(v1::REGISTER_SCHOOL_LESSONS_SECONDARY);
  target.set_year(2019);
  target.set_target(380);
  EXPECT_TRUE(ValidateRegisterTarget(target, "targets[0]").ok());
  target.set_year(19);
  EXPECT_FALSE(ValidateRegisterTarget(target, "targets[0]").ok());
}

TEST(RegisterRulesTest, CountsRollUpFromFinerPeriods) {
  std::vector<RegisterCount> counts;
  for (int q : {1, 2}) {
    RegisterCount c;
    c.set_register_(v1::REGISTER_CONFUSED_BEHAVIOUR_REPORTS);
    c.set_period(Period::Quarter(2019, q).ToString());
    c.set_count(10 * q);
    counts.push_back(c);
  }
  auto half = CountIn(counts, v1::REGISTER_CONFUSED_BEHAVIOUR_REPORTS, Period::HalfYear(2019, 1));
  ASSERT_TRUE(half.has_value());
  EXPECT_EQ(half->count(), 30);
  EXPECT_FALSE(CountIn(counts, v1::REGISTER_CONFUSED_BEHAVIOUR_REPORTS, Period::HalfYear(2019, 2))
                   .has_value());
  EXPECT_FALSE(
      CountIn(counts, v1::REGISTER_RESTRAINING_ORDERS, Period::HalfYear(2019, 1)).has_value());
  EXPECT_EQ(ParseRegister("huisverboden"), v1::REGISTER_RESTRAINING_ORDERS);
  EXPECT_EQ(RegisterLabel(v1::REGISTER_RESTRAINING_ORDERS), "Opgelegde huisverboden");
}

}  // namespace
}  // namespace veilig::zorgveiligheid
