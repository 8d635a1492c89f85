#include "common/domain/codes.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"

namespace veilig {
namespace {

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

bool IsCbsCode(std::string_view code, std::string_view prefix, size_t digits) {
  return code.starts_with(prefix) && code.size() == prefix.size() + digits &&
         AllDigits(code.substr(prefix.size()));
}

// The municipality's four digits, then `own` digits or capital letters.
bool IsSubdivisionCode(std::string_view code, std::string_view prefix, size_t own) {
  if (!code.starts_with(prefix) || code.size() != prefix.size() + 4 + own) return false;
  if (!AllDigits(code.substr(prefix.size(), 4))) return false;
  for (char c : code.substr(prefix.size() + 4)) {
    const auto u = static_cast<unsigned char>(c);
    if (!absl::ascii_isdigit(u) && !absl::ascii_isupper(u)) return false;
  }
  return true;
}

int ToInt(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

}  // namespace

bool IsIndicatorId(std::string_view id) {
  if (id.empty() || id.size() > 64 || !absl::ascii_islower(static_cast<unsigned char>(id[0]))) {
    return false;
  }
  for (char c : id) {
    const auto u = static_cast<unsigned char>(c);
    if (!absl::ascii_islower(u) && !absl::ascii_isdigit(u) && c != '_') return false;
  }
  return true;
}

bool IsMunicipalityCode(std::string_view code) { return IsCbsCode(code, "GM", 4); }

bool IsDistrictCode(std::string_view code) { return IsSubdivisionCode(code, "WK", 2); }

bool IsNeighbourhoodCode(std::string_view code) { return IsSubdivisionCode(code, "BU", 4); }

std::string MunicipalityOfAreaCode(std::string_view code) {
  if (!IsDistrictCode(code) && !IsNeighbourhoodCode(code)) return "";
  return "GM" + std::string(code.substr(2, 4));
}

std::string ParentAreaCode(std::string_view code) {
  if (IsNeighbourhoodCode(code)) return "WK" + std::string(code.substr(2, 6));
  return MunicipalityOfAreaCode(code);
}

bool IsAreaCode(std::string_view code) {
  if (IsMunicipalityCode(code) || IsDistrictCode(code) || IsNeighbourhoodCode(code)) {
    return true;
  }
  if (code.empty() || code.size() > 64 ||
      !absl::ascii_isupper(static_cast<unsigned char>(code[0]))) {
    return false;
  }
  for (char c : code) {
    const auto u = static_cast<unsigned char>(c);
    if (!absl::ascii_isupper(u) && !absl::ascii_isdigit(u) && c != '_') return false;
  }
  return true;
}

bool IsIsoDate(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  std::string_view y = date.substr(0, 4), m = date.substr(5, 2), d = date.substr(8, 2);
  if (!AllDigits(y) || !AllDigits(m) || !AllDigits(d)) return false;
  const int year = ToInt(y), month = ToInt(m), day = ToInt(d);
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int max_day = month == 2 && !leap ? 28 : kDays[month - 1];
  return day <= max_day;
}

}  // namespace veilig
