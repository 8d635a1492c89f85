#include "common/report/dutch_number.h"

#include <cmath>
#include <cstdio>

namespace veilig::report {
namespace {

// U+2212 MINUS SIGN: typeset reports use it rather than a hyphen.
constexpr char kMinus[] = "\u2212";

std::string GroupThousands(const std::string& digits) {
  std::string out;
  const size_t n = digits.size();
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out.push_back('.');
    out.push_back(digits[i]);
  }
  return out;
}

// 2^53: above it, every double is a whole number.
constexpr double kLargestExactDouble = 9007199254740992.0;

}  // namespace

std::string FormatCount(int64_t value) {
  const bool negative = value < 0;
  // Through unsigned so that INT64_MIN has a magnitude too.
  const uint64_t magnitude =
      negative ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  std::string out = GroupThousands(std::to_string(magnitude));
  return negative ? kMinus + out : out;
}

std::string FormatDecimal(double value, int decimals) {
  if (!std::isfinite(value)) return "\u2013";  // en dash: no figure
  const double scale = std::pow(10.0, decimals);
  if (std::fabs(value) * scale >= kLargestExactDouble) {
    // No fraction is left to round, and no integer type may hold the digits:
    // print them as the double has them. (Found by fuzzing: 1e300 overflowed.)
    char digits[400];
    std::snprintf(digits, sizeof(digits), "%.*f", decimals, std::fabs(value));
    const std::string text = digits;
    const size_t point = text.find('.');
    std::string out = GroupThousands(text.substr(0, point));
    if (point != std::string::npos) out += ',' + text.substr(point + 1);
    return value < 0 ? kMinus + out : out;
  }
  // Round half away from zero on the scaled value, as people round by hand.
  const double rounded = std::round(std::fabs(value) * scale);
  const bool negative = value < 0 && rounded != 0;
  const auto whole = static_cast<uint64_t>(rounded / scale);
  std::string out = GroupThousands(std::to_string(whole));
  if (decimals > 0) {
    const auto fraction = static_cast<uint64_t>(rounded - static_cast<double>(whole) * scale);
    std::string digits = std::to_string(fraction);
    out += ',' + std::string(decimals - digits.size(), '0') + digits;
  }
  return negative ? kMinus + out : out;
}

std::string FormatRate(double value) { return FormatDecimal(value, std::fabs(value) < 1 ? 2 : 1); }

std::string FormatPercentChange(double percent) {
  const double rounded = std::round(percent);
  if (rounded == 0) return "0%";
  std::string digits = FormatDecimal(std::fabs(rounded), 0);
  return (rounded > 0 ? "+" : kMinus) + digits + "%";
}

std::string FormatCounted(int64_t value, const std::string& singular, const std::string& plural) {
  return FormatCount(value) + " " + (value == 1 ? singular : plural);
}

}  // namespace veilig::report
