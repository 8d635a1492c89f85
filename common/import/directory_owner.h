// Which municipality an import directory belongs to. Everything a
// municipality keeps (its plan, goals, texts, registers, cases, incidents)
// is imported for exactly one; the figures beside them are shared.
#pragma once

#include <filesystem>
#include <string>

#include "absl/status/statusor.h"

namespace veilig::import {

// The directory's municipality (a CBS code), from the first of these that
// names one: a `municipality` column in any CSV file (plan.csv has one), the
// one municipality in areas.csv that is not only a member of a comparison
// group, or `requested` (veiligctl import --municipality). A `requested` code
// that contradicts the files, or a choice the files leave open, is
// INVALID_ARGUMENT naming the candidates; NOT_FOUND when nothing names one
// (a directory of shared figures needs none).
absl::StatusOr<std::string> ResolveDirectoryOwner(const std::filesystem::path& directory,
                                                  const std::string& requested);

}  // namespace veilig::import
