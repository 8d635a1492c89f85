// Reads enforcement_cases.csv (counts per category, sub-category and period)
// into an import request.
#pragma once

#include <filesystem>
#include <optional>

#include "absl/status/statusor.h"
#include "common/import/file_import.h"
#include "veilig/ondermijning/v1/ondermijning_service.pb.h"

namespace veilig::ondermijning {

using CaseCountsImport = import::FileImport<v1::UpsertCaseCountsRequest>;
using CasesImport = import::FileImport<v1::ImportCasesRequest>;

// Nothing when the directory has no enforcement_cases.csv.
absl::StatusOr<std::optional<CaseCountsImport>> ReadCaseFiles(const std::filesystem::path& dir);

// Single cases from enforcement_case_register.csv (reference, category,
// subcategory, opened_on, closed_on, source, outcome, district); nothing when
// the file is absent.
absl::StatusOr<std::optional<CasesImport>> ReadCaseRegister(const std::filesystem::path& dir);

}  // namespace veilig::ondermijning
