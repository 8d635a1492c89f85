#include "services/zorg-veiligheid/domain/register_rules.h"

#include <map>

#include "absl/strings/ascii.h"
#include "common/domain/field_checks.h"
#include "common/domain/field_error.h"
#include "common/domain/resource_name.h"

namespace veilig::zorgveiligheid {
namespace {

constexpr size_t kMaxNoteLength = 1000;

struct RegisterInfo {
  Register value;
  std::string_view slug;
  std::string_view label;
  std::string_view topic;
};

const std::vector<RegisterInfo>& Registers() {
  static const std::vector<RegisterInfo> kRegisters = {
      {v1::REGISTER_RESTRAINING_ORDERS, "huisverboden", "Opgelegde huisverboden",
       "Huiselijk geweld"},
      {v1::REGISTER_HOUSING_NUISANCE_WARNINGS, "woonoverlast_waarschuwingen",
       "Bestuurlijke waarschuwingen woonoverlast", "Woonoverlast"},
      {v1::REGISTER_HOUSING_NUISANCE_BEHAVIOURAL_ORDERS, "woonoverlast_gedragsaanwijzingen",
       "Gedragsaanwijzingen woonoverlast", "Woonoverlast"},
      {v1::REGISTER_SCHOOL_LESSONS_PRIMARY, "voorlichtingslessen_po",
       "Voorlichtingslessen primair onderwijs", "School en veiligheid"},
      {v1::REGISTER_SCHOOL_LESSONS_SECONDARY, "voorlichtingslessen_vo",
       "Voorlichtingslessen voortgezet onderwijs", "School en veiligheid"},
      {v1::REGISTER_RADICALISATION_TRAININGS, "radicalisering_trainingen",
       "Trainingen signalen van radicalisering", "Radicalisering"},
      {v1::REGISTER_RADICALISATION_CASE_MEETINGS, "radicalisering_casusoverleggen",
       "Casusoverleggen radicalisering", "Radicalisering"},
      {v1::REGISTER_CONFUSED_BEHAVIOUR_REPORTS, "meldingen_verward_gedrag",
       "Meldingen verward gedrag (E33)", "Personen met verward gedrag"},
  };
  return kRegisters;
}

bool IsSeparator(char c) { return c == ' ' || c == '.' || c == '-'; }

absl::Status CheckFreeText(const std::string& field, const std::string& text, size_t max) {
  if (text.size() > max) return FieldError(field, StrCat("is longer than ", max, " characters"));
  if (ContainsCitizenNumber(text)) {
    return FieldError(field,
                      "contains what looks like a citizen service number (BSN); registers hold "
                      "counts and case references only, never personal data");
  }
  return absl::OkStatus();
}

bool ValidRegister(int r) { return v1::Register_IsValid(r) && r != v1::REGISTER_UNSPECIFIED; }

}  // namespace

bool PassesElevenTest(std::string_view digits) {
  if (digits.size() != 9) return false;
  int sum = 0;
  bool all_zero = true;
  for (size_t i = 0; i < 9; ++i) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(digits[i]))) return false;
    const int d = digits[i] - '0';
    all_zero &= d == 0;
    sum += i < 8 ? d * static_cast<int>(9 - i) : -d;
  }
  return !all_zero && sum % 11 == 0;
}

bool ContainsCitizenNumber(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    // A run of digits, possibly grouped by single separators between digits.
    std::string digits;
    size_t j = i;
    while (j < text.size()) {
      if (absl::ascii_isdigit(static_cast<unsigned char>(text[j]))) {
        digits.push_back(text[j++]);
      } else if (IsSeparator(text[j]) && j + 1 < text.size() &&
                 absl::ascii_isdigit(static_cast<unsigned char>(text[j + 1]))) {
        ++j;
      } else {
        break;
      }
    }
    if (PassesElevenTest(digits)) return true;
    // Also a bare nine-digit run inside a longer grouped number.
    for (size_t start = 0; digits.size() > 9 && start + 9 <= digits.size(); ++start) {
      if (PassesElevenTest(std::string_view(digits).substr(start, 9))) return true;
    }
    i = j;
  }
  return false;
}

absl::Status ValidateRegisterCount(const RegisterCount& count, std::string_view prefix) {
  const auto f = [prefix](std::string_view field) { return FieldPath(prefix, field); };
  if (!ValidRegister(count.register_())) {
    return FieldError(f("register"), "is required and must be a known register");
  }
  if (auto p = ParsePeriodField(f("period"), count.period()); !p.ok()) return p.status();
  if (count.count() < 0) {
    return FieldError(f("count"), StrCat("must not be negative (got ", count.count(), ")"));
  }
  if (auto s = CheckFreeText(f("note"), count.note(), kMaxNoteLength); !s.ok()) return s;
  for (int i = 0; i < count.case_references_size(); ++i) {
    const std::string field = StrCat(f("case_references"), "[", i, "]");
    if (auto s = CheckTextField(field, count.case_references(i), 64); !s.ok()) return s;
    if (auto s = CheckFreeText(field, count.case_references(i), 64); !s.ok()) return s;
  }
  return absl::OkStatus();
}

absl::Status ValidateRegisterTarget(const RegisterTarget& target, std::string_view prefix) {
  const auto f = [prefix](std::string_view field) { return FieldPath(prefix, field); };
  if (target.registers().empty()) return FieldError(f("registers"), "at least one is required");
  for (int i = 0; i < target.registers_size(); ++i) {
    if (!ValidRegister(target.registers(i))) {
      return FieldError(StrCat(f("registers"), "[", i, "]"), "must be a known register");
    }
  }
  if (target.year() < 1900 || target.year() > 2999) {
    return FieldError(f("year"), "must be a year between 1900 and 2999");
  }
  if (target.target() < 0) return FieldError(f("target"), "must not be negative");
  return absl::OkStatus();
}

std::string_view RegisterLabel(Register r) {
  for (const auto& info : Registers()) {
    if (info.value == r) return info.label;
  }
  return "";
}

std::string_view RegisterTopic(Register r) {
  for (const auto& info : Registers()) {
    if (info.value == r) return info.topic;
  }
  return "";
}

std::optional<Register> ParseRegister(std::string_view slug) {
  for (const auto& info : Registers()) {
    if (info.slug == slug) return info.value;
  }
  return std::nullopt;
}

std::optional<RegisterCount> CountIn(const std::vector<RegisterCount>& counts, Register r,
                                     const Period& period) {
  std::optional<RegisterCount> exact;
  int finer = 0;
  bool any_finer = false;
  for (const auto& c : counts) {
    if (c.register_() != r) continue;
    auto p = Period::Parse(c.period());
    if (!p.ok()) continue;
    if (*p == period) {
      exact = c;
    } else if (period.Contains(*p)) {
      finer += c.count();
      any_finer = true;
    }
  }
  if (exact) return exact;
  if (!any_finer) return std::nullopt;
  RegisterCount sum;
  sum.set_register_(r);
  sum.set_period(period.ToString());
  sum.set_count(finer);
  return sum;
}

}  // namespace veilig::zorgveiligheid
