#include "services/crisisbeheersing/domain/crisis_rules.h"

#include <map>

#include "absl/strings/ascii.h"
#include "common/domain/calendar_date.h"
#include "common/domain/field_checks.h"
#include "common/domain/field_error.h"
#include "common/domain/resource_name.h"

namespace veilig::crisisbeheersing {
namespace {

bool IsCategory(const std::string& text) {
  if (text.empty() || text.size() > 64) return false;
  for (char c : text) {
    if (!absl::ascii_islower(static_cast<unsigned char>(c)) && c != '_') return false;
  }
  return true;
}

}  // namespace

absl::Status ValidateIncident(const Incident& incident, std::string_view prefix) {
  const auto f = [prefix](std::string_view field) { return FieldPath(prefix, field); };
  if (auto s = CheckDateField(f("date"), incident.date(), true); !s.ok()) return s;
  if (auto s = CheckTextField(f("title"), incident.title(), 500); !s.ok()) return s;
  if (auto s = CheckTextField(f("location"), incident.location(), 500); !s.ok()) return s;
  if (!IsCategory(incident.category())) {
    return FieldError(f("category"),
                      "is required, in lower snake case (e.g. brand, stroomstoring)");
  }
  if (!v1::GripLevel_IsValid(incident.grip()) || incident.grip() == v1::GRIP_LEVEL_UNSPECIFIED) {
    return FieldError(f("grip"), "is required (GRIP_LEVEL_NONE for no scaling, 1-5 or RIJK)");
  }
  return absl::OkStatus();
}

absl::Status ValidatePool(const OnCallPool& pool, std::string_view prefix) {
  const auto f = [prefix](std::string_view field) { return FieldPath(prefix, field); };
  if (auto s = CheckTextField(f("function"), pool.function(), 200); !s.ok()) return s;
  if (!v1::PoolScope_IsValid(pool.scope()) || pool.scope() == v1::POOL_SCOPE_UNSPECIFIED) {
    return FieldError(f("scope"), "is required (local or interregional)");
  }
  if (pool.required() < 0) return FieldError(f("required"), "must not be negative");
  if (pool.filled() < 0) return FieldError(f("filled"), "must not be negative");
  for (int i = 0; i < pool.deployments_size(); ++i) {
    const auto& d = pool.deployments(i);
    const std::string item = StrCat(f("deployments"), "[", i, "]");
    if (auto p = ParsePeriodField(FieldPath(item, "period"), d.period()); !p.ok()) {
      return p.status();
    }
    if (d.count() < 0) return FieldError(FieldPath(item, "count"), "must not be negative");
  }
  return absl::OkStatus();
}

absl::Status ValidateEventAdvice(const EventAdvice& event, std::string_view prefix) {
  const auto f = [prefix](std::string_view field) { return FieldPath(prefix, field); };
  if (auto s = CheckTextField(f("event"), event.event(), 500); !s.ok()) return s;
  if (auto s = CheckDateField(f("start_date"), event.start_date(), true); !s.ok()) return s;
  if (auto s = CheckDateField(f("end_date"), event.end_date(), true); !s.ok()) return s;
  if (IsoDate(event.end_date()) < IsoDate(event.start_date())) {
    return FieldError(f("end_date"), "must not precede start_date");
  }
  if (auto s = CheckTextField(f("risk_class"), event.risk_class(), 16); !s.ok()) return s;
  return CheckTextField(f("advice"), event.advice(), 4000);
}

int GripRank(GripLevel level) {
  switch (level) {
    case v1::GRIP_LEVEL_NONE:
      return 0;
    case v1::GRIP_LEVEL_1:
    case v1::GRIP_LEVEL_2:
    case v1::GRIP_LEVEL_3:
    case v1::GRIP_LEVEL_4:
    case v1::GRIP_LEVEL_5:
      return static_cast<int>(level);
    case v1::GRIP_LEVEL_RIJK:
      return 6;
    default:
      return -1;
  }
}

GripLevel GripOfRank(int rank) {
  if (rank == 0) return v1::GRIP_LEVEL_NONE;
  if (rank >= 1 && rank <= 5) return static_cast<GripLevel>(rank);
  if (rank == 6) return v1::GRIP_LEVEL_RIJK;
  return v1::GRIP_LEVEL_UNSPECIFIED;
}

std::vector<GripCount> CountByGrip(const std::vector<Incident>& incidents) {
  // By rank, so the counts read in the order of scale.
  std::map<int, int> counts;
  for (const auto& incident : incidents) ++counts[GripRank(incident.grip())];
  std::vector<GripCount> result;
  for (const auto& [rank, count] : counts) {
    GripCount& c = result.emplace_back();
    c.set_grip(GripOfRank(rank));
    c.set_count(count);
  }
  return result;
}

std::optional<GripLevel> ParseGripLevel(std::string_view text) {
  static const std::map<std::string_view, GripLevel> kLevels = {
      {"0", v1::GRIP_LEVEL_NONE},    {"1", v1::GRIP_LEVEL_1},      {"2", v1::GRIP_LEVEL_2},
      {"3", v1::GRIP_LEVEL_3},       {"4", v1::GRIP_LEVEL_4},      {"5", v1::GRIP_LEVEL_5},
      {"Rijk", v1::GRIP_LEVEL_RIJK}, {"rijk", v1::GRIP_LEVEL_RIJK}};
  auto it = kLevels.find(text);
  if (it == kLevels.end()) return std::nullopt;
  return it->second;
}

}  // namespace veilig::crisisbeheersing
