#include "services/veilige-wijken/import/measure_files.h"

#include "common/domain/strings.h"
#include "common/import/csv_fields.h"
#include "common/import/csv_rows.h"
#include "services/veilige-wijken/domain/measure_rules.h"

namespace veilig::veiligewijken {

absl::StatusOr<std::optional<MeasuresImport>> ReadMeasureFiles(const std::filesystem::path& dir) {
  MeasuresImport result;
  auto found = import::ForEachRow(
      dir, "admin_measures.csv", {"kind", "decided_on", "valid_from", "area_nl", "description_nl"},
      [&result](const csv::CsvTable& row, const import::SourceLine& where) -> absl::Status {
        v1::Measure& m = *result.request.add_measures();
        auto kind = ParseMeasureKind(row.Get("kind"));
        if (!kind) {
          return absl::InvalidArgumentError(
              StrCat("kind: '", row.Get("kind"), "' is not a kind of measure"));
        }
        m.set_kind(*kind);
        for (auto [column, field] : {std::pair{"decided_on", m.mutable_decided_on()},
                                     std::pair{"valid_from", m.mutable_valid_from()},
                                     std::pair{"valid_until", m.mutable_valid_until()}}) {
          auto date = import::OptionalDate(column, row.Get(column));
          if (!date.ok()) return date.status();
          *field = *date;
        }
        m.set_area(std::string(row.Get("area_nl")));
        auto persons = import::OptionalInt("persons", row.Get("persons"));
        if (!persons.ok()) return persons.status();
        if (persons->has_value()) m.set_persons(static_cast<int32_t>(**persons));
        m.set_legal_basis(std::string(row.Get("legal_basis")));
        m.set_description(std::string(row.Get("description_nl")));
        result.sources.Add("measures", where);
        return absl::OkStatus();
      });
  if (!found.ok()) return found.status();
  if (!*found) return std::nullopt;
  return result;
}

}  // namespace veilig::veiligewijken
