#include "common/report/footnotes.h"

#include <gtest/gtest.h>

namespace veilig::report {
namespace {

namespace cv1 = common::v1;

cv1::SeriesNote Note(const std::string& text, int month) {
  cv1::SeriesNote note;
  note.set_scope("source:Nationale Politie");
  note.mutable_effective_from()->set_year(2018);
  note.mutable_effective_from()->set_month(month);
  note.mutable_effective_from()->set_day(1);
  note.set_text(text);
  return note;
}

TEST(ChapterFootnotesTest, ANoteIsNumberedOnceAndReferredToByEveryIndicatorItConcerns) {
  cv1::IndicatorBlock burglary;
  *burglary.add_comparisons()->add_notes() = Note("samenloop", 7);
  *burglary.add_notes() = Note("internet", 1);
  cv1::IndicatorBlock robbery = burglary;
  // The same note reached twice (a comparison and the period) counts once.
  *robbery.add_comparisons()->add_notes() = Note("internet", 1);
  cv1::IndicatorBlock nuisance;  // no note concerns it

  ChapterFootnotes notes;
  EXPECT_EQ(notes.Refer(burglary), (std::vector<int>{1, 2}));
  EXPECT_EQ(notes.Refer(robbery), (std::vector<int>{1, 2}));
  EXPECT_TRUE(notes.Refer(nuisance).empty());
  ASSERT_EQ(notes.notes().size(), 2u);
  EXPECT_EQ(notes.notes()[0].text(), "samenloop");
  EXPECT_EQ(notes.notes()[1].text(), "internet");
}

}  // namespace
}  // namespace veilig::report
