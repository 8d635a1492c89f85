#include "common/import/directory_owner.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <vector>

#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "common/csv/csv_reader.h"
#include "common/domain/codes.h"
#include "common/domain/strings.h"
#include "common/import/csv_rows.h"

namespace veilig::import {
namespace {

constexpr char kColumn[] = "municipality";

// Every value of a `municipality` column in the directory's CSV files.
absl::StatusOr<std::set<std::string>> NamedInColumns(const std::filesystem::path& directory) {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(directory)) {
    if (entry.is_regular_file() && entry.path().extension() == ".csv") {
      files.push_back(entry.path().filename().string());
    }
  }
  std::sort(files.begin(), files.end());
  std::set<std::string> named;
  for (const auto& file : files) {
    std::ifstream in(directory / file, std::ios::binary);
    auto table = csv::CsvTable::Open(in, {});
    // Files that are no CSV tables at all are the readers' business.
    if (!table.ok() || !table->Has(kColumn)) continue;
    auto read = ForEachRow(
        directory, file, {kColumn},
        [&named](const csv::CsvTable& row, const SourceLine&) -> absl::Status {
          const std::string code(row.Get(kColumn));
          if (!IsMunicipalityCode(code)) {
            return absl::InvalidArgumentError(
                StrCat("municipality: '", code, "' is not a CBS municipality code such as GM0034"));
          }
          named.insert(code);
          return absl::OkStatus();
        });
    if (!read.ok()) return read.status();
  }
  return named;
}

// The municipalities of areas.csv that are more than a group's member.
absl::StatusOr<std::set<std::string>> OwnersInAreas(const std::filesystem::path& directory) {
  std::set<std::string> municipalities, members;
  auto read =
      ForEachRow(directory, "areas.csv", {"code", "kind"},
                 [&](const csv::CsvTable& row, const SourceLine&) -> absl::Status {
                   if (row.Get("kind") == "municipality") {
                     municipalities.insert(std::string(row.Get("code")));
                   }
                   for (auto member : absl::StrSplit(std::string(row.Get("members")), ';')) {
                     if (!member.empty()) members.insert(std::string(member));
                   }
                   return absl::OkStatus();
                 });
  if (!read.ok()) return read.status();
  std::set<std::string> owners;
  for (const auto& m : municipalities) {
    if (!members.contains(m)) owners.insert(m);
  }
  // A directory of one municipality that is also a group's member.
  if (owners.empty() && municipalities.size() == 1) owners = municipalities;
  return owners;
}

std::string Listed(const std::set<std::string>& codes) { return absl::StrJoin(codes, ", "); }

}  // namespace

absl::StatusOr<std::string> ResolveDirectoryOwner(const std::filesystem::path& directory,
                                                  const std::string& requested) {
  if (!requested.empty() && !IsMunicipalityCode(requested)) {
    return absl::InvalidArgumentError(
        StrCat("--municipality: '", requested, "' is not a CBS municipality code such as GM0034"));
  }
  auto named = NamedInColumns(directory);
  if (!named.ok()) return named.status();
  if (named->size() > 1) {
    return absl::InvalidArgumentError(StrCat("the files name several municipalities (",
                                             Listed(*named),
                                             "); a directory holds the records of one: split it"));
  }
  if (named->size() == 1) {
    const std::string& owner = *named->begin();
    if (!requested.empty() && requested != owner) {
      return absl::InvalidArgumentError(StrCat("the files name ", owner,
                                               " as their municipality, not ", requested,
                                               " (--municipality)"));
    }
    return owner;
  }
  auto in_areas = OwnersInAreas(directory);
  if (!in_areas.ok()) return in_areas.status();
  if (!requested.empty()) {
    if (!in_areas->empty() && !in_areas->contains(requested)) {
      return absl::InvalidArgumentError(
          StrCat("areas.csv names ", Listed(*in_areas), ", not ", requested, " (--municipality)"));
    }
    return requested;
  }
  if (in_areas->size() == 1) return *in_areas->begin();
  if (in_areas->empty()) {
    // NOT_FOUND: fine for a directory of shared figures only.
    return absl::NotFoundError(
        "no file says which municipality these records belong to: name it with "
        "--municipality=GMxxxx");
  }
  return absl::InvalidArgumentError(StrCat("areas.csv names several municipalities (",
                                           Listed(*in_areas),
                                           "): choose one with --municipality=GMxxxx"));
}

}  // namespace veilig::import
