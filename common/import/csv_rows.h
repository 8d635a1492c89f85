// Reading one CSV file of an import directory row by row, with every error
// prefixed by the file and line it concerns.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "common/csv/csv_reader.h"
#include "common/import/source_map.h"

namespace veilig::import {

using RowHandler = std::function<absl::Status(const csv::CsvTable&, const SourceLine&)>;

// Calls `handle` for each row of `directory/file`; false when the file does
// not exist. Errors read "file line N: ...".
absl::StatusOr<bool> ForEachRow(const std::filesystem::path& directory, const std::string& file,
                                const std::vector<std::string>& required, const RowHandler& handle);

}  // namespace veilig::import
