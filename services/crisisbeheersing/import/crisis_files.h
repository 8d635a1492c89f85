// Reads incidents.csv, piket_pools.csv and events.csv (worked-example
// format) into import requests.
#pragma once

#include <filesystem>
#include <optional>

#include "absl/status/statusor.h"
#include "common/import/file_import.h"
#include "veilig/crisisbeheersing/v1/crisisbeheersing_service.pb.h"

namespace veilig::crisisbeheersing {

struct CrisisImport {
  std::optional<import::FileImport<v1::ImportIncidentsRequest>> incidents;
  std::optional<import::FileImport<v1::UpsertOnCallPoolsRequest>> pools;
  std::optional<import::FileImport<v1::UpsertEventAdviceRequest>> events;
};

absl::StatusOr<CrisisImport> ReadCrisisFiles(const std::filesystem::path& dir);

}  // namespace veilig::crisisbeheersing
