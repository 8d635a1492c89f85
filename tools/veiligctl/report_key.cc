#include "tools/veiligctl/report_key.h"

#include "common/domain/codes.h"
#include "common/domain/period.h"
#include "common/domain/resource_name.h"
#include "common/domain/strings.h"

namespace veilig::ctl {

void ReportKey::AddTo(config::po::options_description& description) {
  description.add_options()("municipality", config::po::value(&municipality)->required(),
                            "CBS code, e.g. GM0034")(
      "period", config::po::value(&period)->required(), "half year, e.g. 2019H1");
}

std::string ReportKey::Problem() const {
  if (!IsMunicipalityCode(municipality)) {
    return StrCat("--municipality: '", municipality, "' is not a CBS code such as GM0034");
  }
  const auto parsed = Period::Parse(period);
  if (!parsed.ok() || parsed->grain() != Grain::kHalfYear) {
    return StrCat("--period: '", period, "' is not a half year such as 2019H1");
  }
  return "";
}

std::string ReportKey::Name(int version) const {
  return version > 0 ? VersionResourceName(municipality, period, version)
                     : ReportResourceName(municipality, period);
}

}  // namespace veilig::ctl
