// Numbers as a Dutch report prints them: decimal comma, thousands dot (1.043),
// a real minus sign, signed whole percentages (+9%, −31%). Rounding happens
// here, at the edge; everything before works on unrounded values.
#pragma once

#include <cstdint>
#include <string>

namespace veilig::report {

// 1043 -> "1.043"; -2000 -> "−2.000".
std::string FormatCount(int64_t value);

// 6.2547 with 1 decimal -> "6,3"; thousands grouped: 1234.5 -> "1.234,5".
std::string FormatDecimal(double value, int decimals);

// A rate per 1,000: one decimal, two below 1 (0.2144 -> "0,21").
std::string FormatRate(double value);

// A change in percent, whole and signed: -31.3 -> "−31%", 9.4 -> "+9%", 0.2 -> "0%".
std::string FormatPercentChange(double percent);

// A count with its noun in the right number: 1 "inzet", 3 "inzetten".
std::string FormatCounted(int64_t value, const std::string& singular, const std::string& plural);

}  // namespace veilig::report
