// Reads a directory in the worked-example format (areas.csv, indicators.csv,
// denominators.csv, observations.csv, series_notes.csv, activities.csv; see
// data/almere-2019h1/README.md) and splits it by the theme service that owns
// each item. Parse errors name the file and line.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "common/import/source_map.h"
#include "veilig/theme/v1/theme_service.pb.h"

namespace veilig::import {

struct ServiceImport {
  theme::v1::UpsertThemeDataRequest request;
  // Where each item of the request came from.
  SourceMap sources;

  bool empty() const;
  // Whether it holds records a municipality keeps (plans, goals, activities,
  // a municipality's own notes), besides shared figures.
  bool HoldsOwnedRecords() const;
  std::string LocateError(std::string_view message) const { return sources.LocateError(message); }
};

struct ImportPlan {
  // Service name -> what to send it; every theme service has an entry.
  std::map<std::string, ServiceImport> by_service;
  // CSV files in the directory that this reader does not handle (the theme
  // services' own registers are read by their own readers).
  std::vector<std::string> other_files;
};

// The service owning an indicator that is not defined in the directory
// itself (e.g. when only observations are corrected); nothing if unknown.
using OwnerLookup = std::function<std::optional<std::string>(const std::string& indicator)>;

// `municipality` (see directory_owner.h) owns the directory's plan, goals,
// activities and its notes other than a source's; every request names it as
// its parent. Empty for a directory of shared figures only.
absl::StatusOr<ImportPlan> PlanImport(const std::filesystem::path& directory,
                                      const std::string& municipality,
                                      const OwnerLookup& owner_lookup);

}  // namespace veilig::import
