#include "gateway/dashboard/rate_classes.h"

#include <algorithm>
#include <array>

namespace veilig::gateway {
namespace {

// ColorBrewer PuBu, 5 classes, light to dark; fewer classes take an even
// spread of them so that the lightest and darkest stay.
constexpr std::array<const char*, kMaxRateClasses> kPalette = {"#f1eef6", "#bdc9e1", "#74a9cf",
                                                               "#2b8cbe", "#045a8d"};

const char* ColourOf(int number, int count) {
  if (count <= 1) return kPalette[2];
  const int index = (number - 1) * (kMaxRateClasses - 1) / (count - 1);
  return kPalette[static_cast<size_t>(index)];
}

}  // namespace

std::vector<report::v1::RateClass> RateClassesOf(std::vector<double> values) {
  std::vector<report::v1::RateClass> classes;
  if (values.empty()) return classes;
  std::sort(values.begin(), values.end());
  const size_t n = values.size();
  const size_t wanted = std::min<size_t>(kMaxRateClasses, n);
  double lower = values.front();
  for (size_t i = 1; i <= wanted; ++i) {
    const double upper = values[(i * n + wanted - 1) / wanted - 1];
    // Ties may fill a class's share before it starts: it is left out.
    if (!classes.empty() && upper <= classes.back().upper()) continue;
    report::v1::RateClass& c = classes.emplace_back();
    c.set_lower(lower);
    c.set_upper(upper);
    const auto next = std::upper_bound(values.begin(), values.end(), upper);
    if (next != values.end()) lower = *next;
  }
  for (size_t i = 0; i < classes.size(); ++i) {
    classes[i].set_number(static_cast<int>(i + 1));
    classes[i].set_colour(ColourOf(static_cast<int>(i + 1), static_cast<int>(classes.size())));
  }
  return classes;
}

int ClassOf(const std::vector<report::v1::RateClass>& classes, double value) {
  for (const auto& c : classes) {
    if (value <= c.upper()) return c.number();
  }
  return classes.empty() ? 0 : classes.back().number();
}

}  // namespace veilig::gateway
