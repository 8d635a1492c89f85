#include "common/import/boundary_request.h"

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
      const bool district = IsDistrictCode(feature.code);
      area->set_kind(district ? cv1::AREA_KIND_DISTRICT : cv1::AREA_KIND_NEIGHBOURHOOD);
      // WK003401 lies in GM0034; BU00340101 in WK003401.
      area->set_parent(district ? MunicipalityOfAreaCode(feature.code)
                                : "WK" + feature.code.substr(2, 6));
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

}  // namespace veilig::import
