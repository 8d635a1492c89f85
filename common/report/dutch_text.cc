#include "common/report/dutch_text.h"

#include <algorithm>

#include "absl/strings/ascii.h"

namespace veilig::report {
namespace {

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string DutchList(const std::vector<std::string>& parts) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? " en " : ", ";
    out += parts[i];
  }
  return out;
}

std::string InSentence(const std::string& name) {
  if (name.empty()) return name;
  const size_t word_end = name.find_first_of(" /");
  const std::string_view word(name.data(), word_end == std::string::npos ? name.size() : word_end);
  for (size_t i = 0; i < word.size(); ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    if (absl::ascii_isdigit(c) || (i > 0 && absl::ascii_isupper(c))) return name;
  }
  std::string out = name;
  out[0] = absl::ascii_tolower(static_cast<unsigned char>(out[0]));
  return out;
}

std::string Capitalised(std::string text) {
  if (!text.empty()) text[0] = absl::ascii_toupper(static_cast<unsigned char>(text[0]));
  return text;
}

size_t Utf8Length(std::string_view text) {
  return static_cast<size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return !IsContinuation(c); }));
}

std::string Utf8Prefix(std::string_view text, size_t n) {
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!IsContinuation(text[i]) && chars++ == n) return std::string(text.substr(0, i));
  }
  return std::string(text);
}

}  // namespace veilig::report
