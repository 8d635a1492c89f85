// A chapter's notes, printed once at its end and numbered in the order the
// indicators first refer to them, instead of under every indicator they
// concern.
#pragma once

#include <string>
#include <vector>

#include "veilig/common/v1/section.pb.h"

namespace veilig::report {

class ChapterFootnotes {
 public:
  // The numbers (1-based, ascending) of the notes that concern `block`: the
  // notes in force in the period and the series breaks its comparisons cross.
  // A note not seen before in this chapter gets the next number.
  std::vector<int> Refer(const common::v1::IndicatorBlock& block);

  // Every note referred to, in number order (note i has number i + 1).
  const std::vector<common::v1::SeriesNote>& notes() const { return notes_; }

 private:
  int NumberOf(const common::v1::SeriesNote& note);

  std::vector<common::v1::SeriesNote> notes_;
  std::vector<std::string> keys_;
};

}  // namespace veilig::report
