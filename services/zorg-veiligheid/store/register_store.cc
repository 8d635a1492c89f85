#include "services/zorg-veiligheid/store/register_store.h"

#include "absl/strings/numbers.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "common/domain/period.h"

namespace veilig::zorgveiligheid {
namespace {

using storage::Connection;
using storage::Row;
using storage::Value;

// Case references are validated single-line text: a newline separates them.
constexpr char kReferenceSeparator[] = "\n";

}  // namespace

const std::vector<storage::Migration>& RegisterStore::Migrations() {
  static const std::vector<storage::Migration> kMigrations = {
      {101, "register counts and targets", R"sql(
CREATE TABLE register_counts (
  register INTEGER NOT NULL,
  period TEXT NOT NULL,
  year INTEGER NOT NULL,
  count INTEGER NOT NULL,
  note TEXT NOT NULL,
  case_references TEXT NOT NULL,
  PRIMARY KEY (register, period)
);
CREATE TABLE register_targets (
  registers TEXT NOT NULL,
  year INTEGER NOT NULL,
  target INTEGER NOT NULL,
  PRIMARY KEY (registers, year)
);
)sql"},
      // Rows kept before municipalities owned them go to the one municipality
      // with a plan (ThemeStore's plans, same database).
      {102, "register counts and targets owned by a municipality", R"sql(
CREATE TABLE owned_register_counts (
  municipality TEXT NOT NULL,
  register INTEGER NOT NULL,
  period TEXT NOT NULL,
  year INTEGER NOT NULL,
  count INTEGER NOT NULL,
  note TEXT NOT NULL,
  case_references TEXT NOT NULL,
  PRIMARY KEY (municipality, register, period)
);
INSERT INTO owned_register_counts
SELECT (SELECT CASE WHEN COUNT(*) = 1 THEN MIN(municipality) ELSE '' END FROM plans),
       register, period, year, count, note, case_references
FROM register_counts;
DROP TABLE register_counts;
ALTER TABLE owned_register_counts RENAME TO register_counts;
CREATE TABLE owned_register_targets (
  municipality TEXT NOT NULL,
  registers TEXT NOT NULL,
  year INTEGER NOT NULL,
  target INTEGER NOT NULL,
  PRIMARY KEY (municipality, registers, year)
);
INSERT INTO owned_register_targets
SELECT (SELECT CASE WHEN COUNT(*) = 1 THEN MIN(municipality) ELSE '' END FROM plans),
       registers, year, target
FROM register_targets;
DROP TABLE register_targets;
ALTER TABLE owned_register_targets RENAME TO register_targets;
)sql"}};
  return kMigrations;
}

absl::Status RegisterStore::Upsert(const std::string& municipality,
                                   const std::vector<v1::RegisterCount>& counts,
                                   const std::vector<v1::RegisterTarget>& targets) {
  return database_.Write(
      theme::WriteScope::Owned(municipality), [&](Connection& c) -> absl::Status {
        for (const auto& count : counts) {
          const int64_t year = Period::Parse(count.period())->year();
          auto s = c.Execute(
              "INSERT INTO register_counts (register, period, year, count, note, case_references, "
              "municipality) VALUES ($1, $2, $3, $4, $5, $6, $7) "
              "ON CONFLICT (municipality, register, period) DO UPDATE SET "
              "count = excluded.count, note = excluded.note, "
              "case_references = excluded.case_references",
              std::vector<Value>{int64_t{count.register_()}, count.period(), year,
                                 int64_t{count.count()}, count.note(),
                                 absl::StrJoin(count.case_references(), kReferenceSeparator),
                                 municipality});
          if (!s.ok()) return s;
        }
        for (const auto& target : targets) {
          auto s = c.Execute(
              "INSERT INTO register_targets (registers, year, target, municipality) "
              "VALUES ($1, $2, $3, $4) ON CONFLICT (municipality, registers, year) "
              "DO UPDATE SET target = excluded.target",
              std::vector<Value>{absl::StrJoin(target.registers(), ","), int64_t{target.year()},
                                 int64_t{target.target()}, municipality});
          if (!s.ok()) return s;
        }
        return absl::OkStatus();
      });
}

absl::StatusOr<std::vector<v1::RegisterCount>> RegisterStore::CountsOfYears(
    const std::string& municipality, int first_year, int last_year) {
  std::vector<v1::RegisterCount> counts;
  absl::Status status = database_.Read([&](Connection& c) {
    return c.Query(
        "SELECT register, period, count, note, case_references FROM register_counts "
        "WHERE municipality = $3 AND year BETWEEN $1 AND $2 ORDER BY register, period",
        std::vector<Value>{int64_t{first_year}, int64_t{last_year}, municipality},
        [&](const Row& row) {
          v1::RegisterCount& count = counts.emplace_back();
          count.set_register_(static_cast<v1::Register>(row.Int(0)));
          count.set_period(row.Text(1));
          count.set_count(static_cast<int32_t>(row.Int(2)));
          count.set_note(row.Text(3));
          const std::string references = row.Text(4);
          if (!references.empty()) {
            for (auto& r : absl::StrSplit(references, kReferenceSeparator)) {
              count.add_case_references(std::string(r));
            }
          }
          return absl::OkStatus();
        });
  });
  if (!status.ok()) return status;
  return counts;
}

absl::StatusOr<std::vector<v1::RegisterTarget>> RegisterStore::TargetsOfYear(
    const std::string& municipality, int year) {
  std::vector<v1::RegisterTarget> targets;
  absl::Status status = database_.Read([&](Connection& c) {
    return c.Query(
        "SELECT registers, target FROM register_targets WHERE municipality = $2 AND year = $1 "
        "ORDER BY registers",
        std::vector<Value>{int64_t{year}, municipality}, [&](const Row& row) {
          v1::RegisterTarget& target = targets.emplace_back();
          for (auto& r : absl::StrSplit(row.Text(0), ',')) {
            int value = 0;
            if (absl::SimpleAtoi(r, &value)) {
              target.add_registers(static_cast<v1::Register>(value));
            }
          }
          target.set_year(year);
          target.set_target(static_cast<int32_t>(row.Int(1)));
          return absl::OkStatus();
        });
  });
  if (!status.ok()) return status;
  return targets;
}

}  // namespace veilig::zorgveiligheid
