// String concatenation that accepts std::string_view. Debian's Abseil has its
// own absl::string_view, so absl::StrCat cannot take std::string_view; this
// does, and absl::string_view too.
#pragma once

#include <concepts>
#include <string>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"

namespace veilig {
namespace strings_internal {

inline void Append(std::string& out, std::string_view s) { out.append(s); }
inline void Append(std::string& out, const char* s) { out.append(s); }
inline void Append(std::string& out, const std::string& s) { out.append(s); }
inline void Append(std::string& out, absl::string_view s) { out.append(s.data(), s.size()); }
inline void Append(std::string& out, char c) { out.push_back(c); }
template <std::integral T>
void Append(std::string& out, T value) {
  out.append(std::to_string(value));
}
inline void Append(std::string& out, double value) { absl::StrAppend(&out, value); }

}  // namespace strings_internal

template <typename... Parts>
std::string StrCat(const Parts&... parts) {
  std::string out;
  (strings_internal::Append(out, parts), ...);
  return out;
}

// absl::string_view (as returned by absl::Status::message()) as a std::string_view.
inline std::string_view View(absl::string_view s) { return {s.data(), s.size()}; }

}  // namespace veilig
