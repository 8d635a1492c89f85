#include "services/ondermijning/domain/case_rules.h"

#include <gtest/gtest.h>

#include "common/domain/calendar_date.h"

namespace veilig::ondermijning {
namespace {

Taxonomy TestTaxonomy() {
  Category drugs;
  drugs.set_name("Drugshandel");
  drugs.add_subcategories("Productie harddrugs");
  drugs.add_subcategories("Productie softdrugs");
  drugs.add_subcategories("Negatief");
  Category housing;
  housing.set_name("Overbewoning");
  housing.add_subcategories("Arbeidsmigranten");
  housing.add_subcategories("Kamerverhuur");
  Category gambling;
  gambling.set_name("Gokken");
  gambling.add_subcategories("Illegaal gokken");
  return Taxonomy({drugs, housing, gambling});
}

CaseCount Count(const std::string& category, const std::string& sub, const std::string& period,
                int n) {
  CaseCount c;
  c.set_category(category);
  c.set_subcategory(sub);
  c.set_period(period);
  c.set_count(n);
  return c;
}

TEST(CaseRulesTest, CountsPerCategoryWithSubcategoryBreakdownInTaxonomyOrder) {
  const auto taxonomy = TestTaxonomy();
  const std::vector<CaseCount> counts = {
      Count("Overbewoning", "Kamerverhuur", "2019H1", 6),
      Count("Drugshandel", "Productie softdrugs", "2019H1", 91),
      Count("Drugshandel", "Negatief", "2019H1", 12),
      Count("Overbewoning", "Arbeidsmigranten", "2019Q1", 4),  // finer periods add up
      Count("Overbewoning", "Arbeidsmigranten", "2019Q2", 5),
      Count("Drugshandel", "Productie harddrugs", "2019H2", 3),  // another half year
  };
  EnforcementCase single;
  single.set_category("Drugshandel");
  single.set_subcategory("Productie harddrugs");
  *single.mutable_opened_on() = DateFromIso("2019-03-01");
  EnforcementCase later = single;
  *later.mutable_opened_on() = DateFromIso("2019-07-01");
  const auto data = CountCases(taxonomy, Period::HalfYear(2019, 1), counts, {single, later});
  ASSERT_EQ(data.counts_size(), 2);  // no gambling at all
  EXPECT_EQ(data.counts(0).category(), "Drugshandel");
  EXPECT_EQ(data.counts(0).total(), 91 + 12 + 1);
  ASSERT_EQ(data.counts(0).subcategories_size(), 3);
  EXPECT_EQ(data.counts(0).subcategories(0).subcategory(), "Productie harddrugs");
  EXPECT_EQ(data.counts(0).subcategories(0).count(), 1);
  EXPECT_EQ(data.counts(1).total(), 15);
  EXPECT_EQ(data.counts(1).subcategories(0).count(), 9);
  EXPECT_EQ(data.total(), 104 + 15);
}

TEST(CaseRulesTest, CasesAndCountsMustFitTheTaxonomy) {
  const auto taxonomy = TestTaxonomy();
  EnforcementCase c;
  c.set_reference("HH-2019-0412");
  c.set_category("Drugshandel");
  c.set_subcategory("Negatief");
  *c.mutable_opened_on() = DateFromIso("2019-02-01");
  EXPECT_TRUE(ValidateCase(c, "enforcement_case", taxonomy).ok());
  c.set_subcategory("Kamerverhuur");
  EXPECT_EQ(ValidateCase(c, "enforcement_case", taxonomy).message(),
            "enforcement_case.subcategory: 'Kamerverhuur' is not a sub-category of 'Drugshandel'");
  c.set_category("Fraude");
  EXPECT_TRUE(std::string(ValidateCase(c, "enforcement_case", taxonomy).message())
                  .starts_with("enforcement_case.category:"));
  c.set_category("Drugshandel");
  c.set_subcategory("Negatief");
  *c.mutable_closed_on() = DateFromIso("2019-01-01");
  EXPECT_TRUE(std::string(ValidateCase(c, "x", taxonomy).message()).starts_with("x.closed_on:"));
  c.clear_closed_on();
  c.set_reference("HH 2019");
  EXPECT_TRUE(std::string(ValidateCase(c, "x", taxonomy).message()).starts_with("x.reference:"));

  EXPECT_TRUE(
      ValidateCaseCount(Count("Gokken", "Illegaal gokken", "2019H1", 1), "counts[0]", taxonomy)
          .ok());
  EXPECT_EQ(
      ValidateCaseCount(Count("Gokken", "Illegaal gokken", "2019H1", -1), "counts[0]", taxonomy)
          .message(),
      "counts[0].count: must not be negative (got -1)");
}

}  // namespace
}  // namespace veilig::ondermijning
