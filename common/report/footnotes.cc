#include "common/report/footnotes.h"

#include <algorithm>

#include "common/domain/calendar_date.h"

namespace veilig::report {

int ChapterFootnotes::NumberOf(const common::v1::SeriesNote& note) {
  const std::string key = note.scope() + "\n" + IsoDate(note.effective_from()) + "\n" + note.text();
  auto it = std::find(keys_.begin(), keys_.end(), key);
  if (it != keys_.end()) return static_cast<int>(it - keys_.begin()) + 1;
  keys_.push_back(key);
  notes_.push_back(note);
  return static_cast<int>(notes_.size());
}

std::vector<int> ChapterFootnotes::Refer(const common::v1::IndicatorBlock& block) {
  std::vector<int> numbers;
  const auto add = [&](const common::v1::SeriesNote& note) {
    const int number = NumberOf(note);
    if (std::find(numbers.begin(), numbers.end(), number) == numbers.end()) {
      numbers.push_back(number);
    }
  };
  for (const auto& comparison : block.comparisons()) {
    for (const auto& note : comparison.notes()) add(note);
  }
  for (const auto& note : block.notes()) add(note);
  std::sort(numbers.begin(), numbers.end());
  return numbers;
}

}  // namespace veilig::report
