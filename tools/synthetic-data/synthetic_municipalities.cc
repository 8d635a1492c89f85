#include "tools/synthetic-data/synthetic_municipalities.h"

#include <algorithm>
#include <cmath>

#include "common/domain/strings.h"

namespace veilig::synthetic {
namespace {

constexpr double kPeopleGrowthPerYear = 0.006;

}  // namespace

std::vector<Municipality> DrawMunicipalities(const DatasetOptions& options, std::mt19937_64& rng) {
  // Sizes spread like Dutch municipalities: a few large cities, many towns.
  std::lognormal_distribution<double> size(std::log(30000.0), 0.9);
  std::normal_distribution<double> level(1.0, 0.25);
  std::normal_distribution<double> trend(-0.03, 0.03);
  std::vector<Municipality> all;
  for (int i = 1; i <= options.municipalities; ++i) {
    Municipality m;
    m.code = MunicipalityCode(i);
    m.police_unit = (i - 1) % options.police_units + 1;
    m.inhabitants = std::clamp(size(rng), 1000.0, 950000.0);
    m.level = std::clamp(level(rng), 0.3, 2.5);
    m.trend = trend(rng);
    all.push_back(std::move(m));
  }
  return all;
}

double InhabitantsIn(const Municipality& m, const DatasetOptions& options, int year) {
  return m.inhabitants * std::pow(1 + kPeopleGrowthPerYear, year - options.first_year);
}

std::string Padded(std::string_view key, size_t width) {
  std::string text(key);
  if (text.size() < width) text.append(width - text.size(), ' ');
  return StrCat("\"", text, "\"");
}

}  // namespace veilig::synthetic
