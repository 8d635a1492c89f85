// Reads registers.csv (counts per register and period) and
// register_targets.csv (yearly targets) into an import request.
#pragma once

#include <filesystem>
#include <optional>

#include "absl/status/statusor.h"
#include "common/import/file_import.h"
#include "veilig/zorgveiligheid/v1/zorg_veiligheid_service.pb.h"

namespace veilig::zorgveiligheid {

using RegistersImport = import::FileImport<v1::UpsertRegisterCountsRequest>;

// Nothing when the directory has neither file.
absl::StatusOr<std::optional<RegistersImport>> ReadRegisterFiles(const std::filesystem::path& dir);

}  // namespace veilig::zorgveiligheid
