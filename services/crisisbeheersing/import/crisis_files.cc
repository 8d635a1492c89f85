#include "services/crisisbeheersing/import/crisis_files.h"

#include <regex>

#include "common/domain/strings.h"
#include "common/import/csv_fields.h"
#include "common/import/csv_rows.h"
#include "services/crisisbeheersing/domain/crisis_rules.h"

namespace veilig::crisisbeheersing {
namespace {

std::string S(std::string_view v) { return std::string(v); }

absl::StatusOr<int32_t> RequiredInt(std::string_view column, std::string_view text) {
  auto value = import::OptionalInt(column, text);
  if (!value.ok()) return value.status();
  if (!value->has_value()) return absl::InvalidArgumentError(StrCat(column, ": required"));
  return static_cast<int32_t>(**value);
}

}  // namespace

absl::StatusOr<CrisisImport> ReadCrisisFiles(const std::filesystem::path& dir) {
  CrisisImport result;
  import::FileImport<v1::ImportIncidentsRequest> incidents;
  auto found = import::ForEachRow(
      dir, "incidents.csv", {"date", "title_nl", "location_nl", "category", "grip"},
      [&incidents](const csv::CsvTable& row, const import::SourceLine& where) -> absl::Status {
        Incident& i = *incidents.request.add_incidents();
        auto date = import::OptionalDate("date", row.Get("date"));
        if (!date.ok()) return date.status();
        *i.mutable_date() = *date;
        i.set_title(S(row.Get("title_nl")));
        i.set_location(S(row.Get("location_nl")));
        i.set_category(S(row.Get("category")));
        auto grip = ParseGripLevel(row.Get("grip"));
        if (!grip) {
          return absl::InvalidArgumentError(
              StrCat("grip: '", row.Get("grip"), "' is not a GRIP level (0-5 or Rijk)"));
        }
        i.set_grip(*grip);
        incidents.sources.Add("incidents", where);
        return absl::OkStatus();
      });
  if (!found.ok()) return found.status();
  if (*found) result.incidents = std::move(incidents);

  // Deployments come in columns named after their period: deployments_2019h1.
  import::FileImport<v1::UpsertOnCallPoolsRequest> pools;
  found = import::ForEachRow(
      dir, "piket_pools.csv", {"function_nl", "scope", "required", "filled"},
      [&pools](const csv::CsvTable& row, const import::SourceLine& where) -> absl::Status {
        OnCallPool& p = *pools.request.add_pools();
        p.set_function(S(row.Get("function_nl")));
        const std::string scope = S(row.Get("scope"));
        if (scope == "lokaal") {
          p.set_scope(v1::POOL_SCOPE_LOCAL);
        } else if (scope == "interregionaal") {
          p.set_scope(v1::POOL_SCOPE_INTERREGIONAL);
        } else {
          return absl::InvalidArgumentError(
              StrCat("scope: '", scope, "' is not lokaal or interregionaal"));
        }
        for (auto [column, setter] : {std::pair{"required", &OnCallPool::set_required},
                                      std::pair{"filled", &OnCallPool::set_filled}}) {
          auto value = RequiredInt(column, row.Get(column));
          if (!value.ok()) return value.status();
          (p.*setter)(*value);
        }
        static const std::regex kDeployments(R"(deployments_(\d{4})h([12]))");
        for (const auto& column : row.Columns()) {
          std::smatch match;
          if (!std::regex_match(column, match, kDeployments) || row.Get(column).empty()) continue;
          auto value = RequiredInt(column, row.Get(column));
          if (!value.ok()) return value.status();
          auto* d = p.add_deployments();
          d->set_period(StrCat(match[1].str(), "H", match[2].str()));
          d->set_count(*value);
        }
        pools.sources.Add("pools", where);
        return absl::OkStatus();
      });
  if (!found.ok()) return found.status();
  if (*found) result.pools = std::move(pools);

  import::FileImport<v1::UpsertEventAdviceRequest> events;
  found = import::ForEachRow(
      dir, "events.csv", {"event_nl", "start", "end", "risk_class", "advice_nl"},
      [&events](const csv::CsvTable& row, const import::SourceLine& where) -> absl::Status {
        EventAdvice& e = *events.request.add_events();
        e.set_event(S(row.Get("event_nl")));
        for (auto [column, field] :
             {std::pair{"start", e.mutable_start_date()}, std::pair{"end", e.mutable_end_date()}}) {
          auto date = import::OptionalDate(column, row.Get(column));
          if (!date.ok()) return date.status();
          *field = *date;
        }
        e.set_risk_class(S(row.Get("risk_class")));
        e.set_advice(S(row.Get("advice_nl")));
        events.sources.Add("events", where);
        return absl::OkStatus();
      });
  if (!found.ok()) return found.status();
  if (*found) result.events = std::move(events);
  return result;
}

}  // namespace veilig::crisisbeheersing
