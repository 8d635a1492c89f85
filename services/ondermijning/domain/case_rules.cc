#include "services/ondermijning/domain/case_rules.h"

#include <map>

#include "absl/strings/ascii.h"
#include "common/domain/calendar_date.h"
#include "common/domain/codes.h"
#include "common/domain/field_checks.h"
#include "common/domain/field_error.h"
#include "common/domain/resource_name.h"

namespace veilig::ondermijning {
namespace {

bool IsReference(const std::string& reference) {
  if (reference.empty() || reference.size() > 64) return false;
  for (char c : reference) {
    if (!absl::ascii_isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '/' && c != '.') {
      return false;
    }
  }
  return true;
}

}  // namespace

bool Taxonomy::Contains(const std::string& category, const std::string& subcategory) const {
  for (const auto& c : categories_) {
    if (c.name() != category) continue;
    for (const auto& s : c.subcategories()) {
      if (s == subcategory) return true;
    }
  }
  return false;
}

absl::Status Taxonomy::Check(const std::string& category, const std::string& subcategory,
                             std::string_view prefix) const {
  bool category_known = false;
  for (const auto& c : categories_) category_known |= c.name() == category;
  if (!category_known) {
    return FieldError(FieldPath(prefix, "category"),
                      StrCat("'", category, "' is not a category of the taxonomy"));
  }
  if (!Contains(category, subcategory)) {
    return FieldError(FieldPath(prefix, "subcategory"),
                      StrCat("'", subcategory, "' is not a sub-category of '", category, "'"));
  }
  return absl::OkStatus();
}

absl::Status ValidateCase(const EnforcementCase& c, std::string_view prefix,
                          const Taxonomy& taxonomy) {
  const auto f = [prefix](std::string_view field) { return FieldPath(prefix, field); };
  if (!IsReference(c.reference())) {
    return FieldError(f("reference"),
                      "is required: letters, digits, '-', '/' or '.', at most 64 characters");
  }
  if (auto s = taxonomy.Check(c.category(), c.subcategory(), prefix); !s.ok()) return s;
  if (auto s = CheckDateField(f("opened_on"), c.opened_on(), true); !s.ok()) return s;
  if (auto s = CheckDateField(f("closed_on"), c.closed_on(), false); !s.ok()) return s;
  if (IsSet(c.closed_on()) && IsoDate(c.closed_on()) < IsoDate(c.opened_on())) {
    return FieldError(f("closed_on"), "must not precede opened_on");
  }
  if (c.source().size() > 200) return FieldError(f("source"), "is too long");
  if (c.outcome().size() > 4000) return FieldError(f("outcome"), "is too long");
  if (!c.district().empty() && !IsAreaCode(c.district())) {
    return FieldError(f("district"), "must be a CBS district code such as WK003401");
  }
  return absl::OkStatus();
}

absl::StatusOr<EnforcementCase> CloseCase(const EnforcementCase& c,
                                          const google::type::Date& closed_on,
                                          const std::string& outcome) {
  if (IsSet(c.closed_on())) {
    return absl::FailedPreconditionError(
        StrCat(c.name(), " was already closed on ", IsoDate(c.closed_on())));
  }
  if (IsoDate(closed_on) < IsoDate(c.opened_on())) {
    return FieldError("closed_on", "must not precede the opening date");
  }
  EnforcementCase closed = c;
  *closed.mutable_closed_on() = closed_on;
  closed.set_outcome(outcome);
  return closed;
}

absl::Status ValidateCaseCount(const CaseCount& count, std::string_view prefix,
                               const Taxonomy& taxonomy) {
  if (auto s = taxonomy.Check(count.category(), count.subcategory(), prefix); !s.ok()) return s;
  if (auto p = ParsePeriodField(FieldPath(prefix, "period"), count.period()); !p.ok()) {
    return p.status();
  }
  if (count.count() < 0) {
    return FieldError(FieldPath(prefix, "count"),
                      StrCat("must not be negative (got ", count.count(), ")"));
  }
  return absl::OkStatus();
}

absl::Status ValidateCategory(const Category& category, std::string_view prefix) {
  if (auto s = CheckTextField(FieldPath(prefix, "name"), category.name(), 200); !s.ok()) return s;
  if (category.subcategories().empty()) {
    return FieldError(FieldPath(prefix, "subcategories"), "at least one is required");
  }
  for (int i = 0; i < category.subcategories_size(); ++i) {
    auto s = CheckTextField(StrCat(FieldPath(prefix, "subcategories"), "[", i, "]"),
                            category.subcategories(i), 200);
    if (!s.ok()) return s;
  }
  return absl::OkStatus();
}

v1::SectionData CountCases(const Taxonomy& taxonomy, const Period& period,
                           const std::vector<CaseCount>& counts,
                           const std::vector<EnforcementCase>& cases) {
  std::map<std::pair<std::string, std::string>, int> totals;
  for (const auto& c : counts) {
    auto p = Period::Parse(c.period());
    if (p.ok() && period.Contains(*p)) totals[{c.category(), c.subcategory()}] += c.count();
  }
  const std::string first = period.FirstDay(), last = period.LastDay();
  for (const auto& c : cases) {
    const std::string opened = IsoDate(c.opened_on());
    if (opened >= first && opened <= last) ++totals[{c.category(), c.subcategory()}];
  }
  v1::SectionData data;
  for (const auto& category : taxonomy.categories()) {
    v1::CategoryCount line;
    line.set_category(category.name());
    for (const auto& sub : category.subcategories()) {
      auto it = totals.find({category.name(), sub});
      if (it == totals.end()) continue;
      CaseCount* part = line.add_subcategories();
      part->set_category(category.name());
      part->set_subcategory(sub);
      part->set_period(period.ToString());
      part->set_count(it->second);
      line.set_total(line.total() + it->second);
    }
    if (line.subcategories().empty()) continue;
    data.set_total(data.total() + line.total());
    *data.add_counts() = std::move(line);
  }
  return data;
}

}  // namespace veilig::ondermijning
