#include "common/import/boundary_request.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "common/domain/codes.h"
#include "common/domain/strings.h"
#include "common/geo/simplify.h"
#include "common/theme/boundaries.h"

namespace veilig::import {

namespace cv1 = common::v1;

absl::StatusOr<theme::v1::UpsertThemeDataRequest> BoundaryRequest(
    const std::vector<geo::BoundaryFeature>& features, const BoundaryRequestOptions& options) {
  theme::v1::UpsertThemeDataRequest request;
  for (size_t i = 0; i < features.size(); ++i) {
    const geo::BoundaryFeature& feature = features[i];
    const std::string where = StrCat("feature ", i + 1, " (", feature.code, ")");
    const int year = options.year != 0 ? options.year : feature.year;
    if (year == 0) {
      return absl::InvalidArgumentError(
          StrCat(where, ": the file does not say which year's division it holds; give --year"));
    }
    if (IsDistrictCode(feature.code) || IsNeighbourhoodCode(feature.code)) {
      cv1::Area* area = request.add_areas();
      area->set_code(feature.code);
      area->set_name(feature.name);
      area->set_kind(IsDistrictCode(feature.code) ? cv1::AREA_KIND_DISTRICT
                                                  : cv1::AREA_KIND_NEIGHBOURHOOD);
      area->set_parent(ParentAreaCode(feature.code));
      area->set_first_year(year);
    } else if (!IsMunicipalityCode(feature.code)) {
      return absl::InvalidArgumentError(StrCat(
          where, ": '", feature.code, "' is not a CBS code of a municipality, wijk or buurt"));
    }
    cv1::AreaBoundary* boundary = request.add_boundaries();
    boundary->set_area(feature.code);
    boundary->set_year(year);
    boundary->set_attribution(options.attribution.empty() ? StrCat("Kadaster / CBS, ", year)
                                                          : options.attribution);
    theme::SetShape(geo::Simplify(feature.shape, options.simplify_metres), *boundary);
  }
  return request;
}

bool IsBoundaryFile(const std::filesystem::path& path) {
  const auto extension = path.extension();
  return extension == ".geojson" || extension == ".topojson";
}

absl::StatusOr<theme::v1::UpsertThemeDataRequest> ReadBoundaryRequest(
    const std::filesystem::path& path, std::optional<geo::Crs> crs,
    const BoundaryRequestOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(StrCat(path.string(), ": cannot be read"));
  std::stringstream text;
  text << in.rdbuf();
  geo::BoundaryFileOptions file_options;
  file_options.crs = crs;
  auto features = geo::ReadBoundaryFile(text.str(), file_options);
  if (!features.ok()) {
    return absl::InvalidArgumentError(
        StrCat(path.string(), ": ", View(features.status().message())));
  }
  auto request = BoundaryRequest(*features, options);
  if (!request.ok()) {
    return absl::InvalidArgumentError(
        StrCat(path.string(), ": ", View(request.status().message())));
  }
  return request;
}

absl::StatusOr<std::vector<std::pair<std::string, theme::v1::UpsertThemeDataRequest>>>
ReadDirectoryBoundaries(const std::filesystem::path& directory) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(directory)) {
    if (IsBoundaryFile(entry.path())) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::pair<std::string, theme::v1::UpsertThemeDataRequest>> requests;
  for (const auto& file : files) {
    auto request = ReadBoundaryRequest(file, std::nullopt, {});
    if (!request.ok()) return request.status();
    requests.emplace_back(file.filename().string(), std::move(*request));
  }
  return requests;
}

}  // namespace veilig::import
