#include "services/ondermijning/import/case_files.h"

#include "common/import/csv_fields.h"
#include "common/import/csv_rows.h"

namespace veilig::ondermijning {

absl::StatusOr<std::optional<CaseCountsImport>> ReadCaseFiles(const std::filesystem::path& dir) {
  CaseCountsImport result;
  auto found = import::ForEachRow(
      dir, "enforcement_cases.csv", {"category", "subcategory", "period", "count"},
      [&result](const csv::CsvTable& row, const import::SourceLine& where) -> absl::Status {
        v1::CaseCount& c = *result.request.add_counts();
        c.set_category(std::string(row.Get("category")));
        c.set_subcategory(std::string(row.Get("subcategory")));
        c.set_period(std::string(row.Get("period")));
        auto count = import::OptionalInt("count", row.Get("count"));
        if (!count.ok()) return count.status();
        if (!count->has_value()) return absl::InvalidArgumentError("count: required");
        c.set_count(static_cast<int32_t>(**count));
        result.sources.Add("counts", where);
        return absl::OkStatus();
      });
  if (!found.ok()) return found.status();
  if (!*found) return std::nullopt;
  return result;
}

absl::StatusOr<std::optional<CasesImport>> ReadCaseRegister(const std::filesystem::path& dir) {
  CasesImport result;
  auto found = import::ForEachRow(
      dir, "enforcement_case_register.csv", {"reference", "category", "subcategory", "opened_on"},
      [&result](const csv::CsvTable& row, const import::SourceLine& where) -> absl::Status {
        v1::EnforcementCase& c = *result.request.add_cases();
        c.set_reference(std::string(row.Get("reference")));
        c.set_category(std::string(row.Get("category")));
        c.set_subcategory(std::string(row.Get("subcategory")));
        for (auto [column, field] : {std::pair{"opened_on", c.mutable_opened_on()},
                                     std::pair{"closed_on", c.mutable_closed_on()}}) {
          auto date = import::OptionalDate(column, row.Get(column));
          if (!date.ok()) return date.status();
          *field = *date;
        }
        c.set_source(std::string(row.Get("source")));
        c.set_outcome(std::string(row.Get("outcome")));
        c.set_district(std::string(row.Get("district")));
        result.sources.Add("cases", where);
        return absl::OkStatus();
      });
  if (!found.ok()) return found.status();
  if (!*found) return std::nullopt;
  return result;
}

}  // namespace veilig::ondermijning
