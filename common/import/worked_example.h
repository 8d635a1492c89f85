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
#include "veilig/theme/v1/theme_service.pb.h"

namespace veilig::import {

struct SourceLine {
  std::string file;
  int line = 0;
};

struct ServiceImport {
  theme::v1::UpsertThemeDataRequest request;
  // Where each item of the request came from: list name ("observations") ->
  // one entry per item, in request order.
  std::map<std::string, std::vector<SourceLine>> sources;

  bool empty() const;
  // Rewrites a server error such as "observations[3].count: ..." into
  // "observations.csv line 5: count: ..." so the user can find the row.
  std::string LocateError(std::string_view message) const;
};

struct ImportPlan {
  // Service name -> what to send it; every theme service has an entry.
  std::map<std::string, ServiceImport> by_service;
  // Files in the directory this import does not handle.
  std::vector<std::string> skipped_files;
};

// The service owning an indicator that is not defined in the directory
// itself (e.g. when only observations are corrected); nothing if unknown.
using OwnerLookup = std::function<std::optional<std::string>(const std::string& indicator)>;

absl::StatusOr<ImportPlan> PlanImport(const std::filesystem::path& directory,
                                      const OwnerLookup& owner_lookup);

}  // namespace veilig::import
