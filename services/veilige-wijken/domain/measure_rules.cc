#include "services/veilige-wijken/domain/measure_rules.h"

#include <map>

#include "common/domain/calendar_date.h"
#include "common/domain/codes.h"
#include "common/domain/dates.h"
#include "common/domain/field_checks.h"
#include "common/domain/field_error.h"
#include "common/domain/resource_name.h"

namespace veilig::veiligewijken {

// Every one-off act is aimed at persons; of the lasting measures, an area ban.
bool TargetsPersons(MeasureKind kind) {
  return kind == v1::MEASURE_KIND_AREA_BAN || IsOneOffAct(kind);
}

absl::Status ValidateMeasure(const Measure& m, std::string_view prefix) {
  const auto f = [prefix](std::string_view field) { return FieldPath(prefix, field); };
  if (!v1::MeasureKind_IsValid(m.kind()) || m.kind() == v1::MEASURE_KIND_UNSPECIFIED) {
    return FieldError(f("kind"), "is required and must be a known kind of measure");
  }
  if (auto s = CheckDateField(f("decided_on"), m.decided_on(), true); !s.ok()) return s;
  if (auto s = CheckDateField(f("valid_from"), m.valid_from(), true); !s.ok()) return s;
  if (auto s = CheckDateField(f("valid_until"), m.valid_until(), false); !s.ok()) return s;
  if (IsSet(m.valid_until()) && IsoDate(m.valid_until()) < IsoDate(m.valid_from())) {
    return FieldError(f("valid_until"), "must not precede valid_from");
  }
  if (auto s = CheckTextField(f("area"), m.area(), 1000); !s.ok()) return s;
  if (m.has_persons() && m.persons() < 1) {
    return FieldError(f("persons"), "must be at least 1 when given");
  }
  if (TargetsPersons(m.kind()) && !m.has_persons()) {
    return FieldError(f("persons"), "is required for a measure aimed at persons");
  }
  if (m.legal_basis().size() > 500) return FieldError(f("legal_basis"), "is too long");
  return CheckTextField(f("description"), m.description(), 4000);
}

absl::Status ValidateWatchTeam(const WatchTeam& team, std::string_view prefix) {
  const auto f = [prefix](std::string_view field) { return FieldPath(prefix, field); };
  if (auto s = CheckTextField(f("name"), team.name(), 200); !s.ok()) return s;
  if (!team.district().empty() && !IsAreaCode(team.district())) {
    return FieldError(f("district"), "must be a CBS district code such as WK003401");
  }
  if (!v1::WatchTeamStatus_IsValid(team.status()) ||
      team.status() == v1::WATCH_TEAM_STATUS_UNSPECIFIED) {
    return FieldError(f("status"), "is required (active or being set up)");
  }
  if (team.volunteers() < 0) return FieldError(f("volunteers"), "must not be negative");
  return absl::OkStatus();
}

absl::Status ValidateCertificate(const KvoCertificate& c, std::string_view prefix) {
  const auto f = [prefix](std::string_view field) { return FieldPath(prefix, field); };
  if (auto s = CheckTextField(f("park"), c.park(), 200); !s.ok()) return s;
  if (auto s = CheckTextField(f("level"), c.level(), 100); !s.ok()) return s;
  return CheckDateField(f("certified_until"), c.certified_until(), true);
}

bool InForce(const Measure& m, const std::string& date) {
  return IsoDate(m.valid_from()) <= date &&
         (!IsSet(m.valid_until()) || date <= IsoDate(m.valid_until()));
}

bool InForceDuring(const Measure& m, const std::string& first, const std::string& last) {
  return IsoDate(m.valid_from()) <= last &&
         (!IsSet(m.valid_until()) || first <= IsoDate(m.valid_until()));
}

bool IsOneOffAct(MeasureKind kind) {
  switch (kind) {
    case v1::MEASURE_KIND_FORMAL_WARNING:
    case v1::MEASURE_KIND_AREA_BAN_WARNING:
    case v1::MEASURE_KIND_COLLECTIVE_BAR_BAN:
    case v1::MEASURE_KIND_ROSA_REPORT:
    case v1::MEASURE_KIND_HOUSING_NUISANCE_WARNING:
      return true;
    default:
      return false;
  }
}

bool ExpiresWithin(const Measure& m, const std::string& date, int days) {
  const std::string until = IsoDate(m.valid_until());
  return !until.empty() && until >= date && until <= AddDays(date, days);
}

std::optional<MeasureKind> ParseMeasureKind(std::string_view text) {
  static const std::map<std::string_view, MeasureKind> kKinds = {
      {"veiligheidsrisicogebied", v1::MEASURE_KIND_SECURITY_RISK_AREA},
      {"alcoholverbod", v1::MEASURE_KIND_ALCOHOL_BAN},
      {"blowverbod", v1::MEASURE_KIND_CANNABIS_BAN},
      {"alcohol_blowverbod", v1::MEASURE_KIND_ALCOHOL_CANNABIS_BAN},
      {"messenverbod", v1::MEASURE_KIND_KNIFE_BAN},
      {"gebiedsverbod", v1::MEASURE_KIND_AREA_BAN},
      {"waarschuwing", v1::MEASURE_KIND_FORMAL_WARNING},
      {"waarschuwing_gebiedsontzegging", v1::MEASURE_KIND_AREA_BAN_WARNING},
      {"collectieve_horeca_ontzegging", v1::MEASURE_KIND_COLLECTIVE_BAR_BAN},
      {"rosa_melding", v1::MEASURE_KIND_ROSA_REPORT},
      {"bestuurlijke_waarschuwing_woonoverlast", v1::MEASURE_KIND_HOUSING_NUISANCE_WARNING},
  };
  auto it = kKinds.find(text);
  if (it == kKinds.end()) return std::nullopt;
  return it->second;
}

}  // namespace veilig::veiligewijken
