#include "common/import/csv_rows.h"

#include <fstream>

#include "common/domain/strings.h"

namespace veilig::import {

absl::StatusOr<bool> ForEachRow(const std::filesystem::path& directory, const std::string& file,
                                const std::vector<std::string>& required,
                                const RowHandler& handle) {
  const auto path = directory / file;
  if (!std::filesystem::exists(path)) return false;
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(StrCat("cannot read ", path.string()));
  auto table = csv::CsvTable::Open(in, required);
  if (!table.ok()) {
    return absl::InvalidArgumentError(StrCat(file, ": ", View(table.status().message())));
  }
  while (true) {
    auto more = table->Next();
    if (!more.ok()) {
      return absl::InvalidArgumentError(StrCat(file, ": ", View(more.status().message())));
    }
    if (!*more) return true;
    const SourceLine where{file, table->line()};
    if (auto status = handle(*table, where); !status.ok()) {
      return absl::Status(status.code(),
                          StrCat(where.file, " line ", where.line, ": ", View(status.message())));
    }
  }
}

}  // namespace veilig::import
