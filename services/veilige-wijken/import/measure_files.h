// Reads admin_measures.csv (worked-example format) into an import request.
#pragma once

#include <filesystem>
#include <optional>

#include "absl/status/statusor.h"
#include "common/import/file_import.h"
#include "veilig/veiligewijken/v1/veilige_wijken_service.pb.h"

namespace veilig::veiligewijken {

using MeasuresImport = import::FileImport<v1::ImportMeasuresRequest>;

// Nothing when the directory has no admin_measures.csv.
absl::StatusOr<std::optional<MeasuresImport>> ReadMeasureFiles(const std::filesystem::path& dir);

}  // namespace veilig::veiligewijken
