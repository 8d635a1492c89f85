#include "services/zorg-veiligheid/import/register_files.h"

#include "common/domain/strings.h"
#include "common/import/csv_fields.h"
#include "common/import/csv_rows.h"
#include "services/zorg-veiligheid/domain/register_rules.h"

namespace veilig::zorgveiligheid {
namespace {

absl::StatusOr<Register> RegisterNamed(std::string_view column, std::string_view slug) {
  auto r = ParseRegister(slug);
  if (!r) return absl::InvalidArgumentError(StrCat(column, ": '", slug, "' is not a register"));
  return *r;
}

}  // namespace

absl::StatusOr<std::optional<RegistersImport>> ReadRegisterFiles(const std::filesystem::path& dir) {
  RegistersImport result;
  auto counts = import::ForEachRow(
      dir, "registers.csv", {"register", "period", "count"},
      [&result](const csv::CsvTable& row, const import::SourceLine& where) -> absl::Status {
        RegisterCount& c = *result.request.add_counts();
        auto r = RegisterNamed("register", row.Get("register"));
        if (!r.ok()) return r.status();
        c.set_register_(*r);
        c.set_period(std::string(row.Get("period")));
        auto count = import::OptionalInt("count", row.Get("count"));
        if (!count.ok()) return count.status();
        if (!count->has_value()) return absl::InvalidArgumentError("count: required");
        c.set_count(static_cast<int32_t>(**count));
        c.set_note(std::string(row.Get("note")));
        for (auto& ref : import::SplitList(row.Get("case_references"), ';')) {
          c.add_case_references(ref);
        }
        result.sources.Add("counts", where);
        return absl::OkStatus();
      });
  if (!counts.ok()) return counts.status();
  auto targets = import::ForEachRow(
      dir, "register_targets.csv", {"registers", "year", "target"},
      [&result](const csv::CsvTable& row, const import::SourceLine& where) -> absl::Status {
        RegisterTarget& t = *result.request.add_targets();
        for (auto& slug : import::SplitList(row.Get("registers"), ';')) {
          auto r = RegisterNamed("registers", slug);
          if (!r.ok()) return r.status();
          t.add_registers(*r);
        }
        for (auto [column, setter] : {std::pair{"year", &RegisterTarget::set_year},
                                      std::pair{"target", &RegisterTarget::set_target}}) {
          auto value = import::OptionalInt(column, row.Get(column));
          if (!value.ok()) return value.status();
          if (!value->has_value()) return absl::InvalidArgumentError(StrCat(column, ": required"));
          (t.*setter)(static_cast<int32_t>(**value));
        }
        result.sources.Add("targets", where);
        return absl::OkStatus();
      });
  if (!targets.ok()) return targets.status();
  if (!*counts && !*targets) return std::nullopt;
  return result;
}

}  // namespace veilig::zorgveiligheid
