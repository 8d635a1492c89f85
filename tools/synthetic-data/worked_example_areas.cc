#include "tools/synthetic-data/worked_example_areas.h"

#include <cmath>
#include <fstream>
#include <numeric>
#include <sstream>

#include "absl/strings/numbers.h"
#include "common/domain/codes.h"
#include "common/domain/period.h"
#include "common/domain/strings.h"
#include "common/geo/boundary_file.h"
#include "common/geo/geometry.h"
#include "common/import/csv_rows.h"
#include "tools/synthetic-data/synthetic_municipalities.h"

namespace veilig::synthetic {
namespace {

constexpr char kTotalCode[] = "0.0.0";
constexpr double kPlantedRiseFactor = 3.0;

// A generator whose draws do not depend on the standard library's
// distributions, which differ between implementations.
class PortableRandom {
 public:
  explicit PortableRandom(uint64_t seed) : state_(seed) {}
  // splitmix64
  uint64_t Next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, 1).
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }

 private:
  uint64_t state_;
};

// `total` units spread over `weights` one by one: the parts always sum to
// the total and vary as real counts do.
std::vector<int64_t> Multinomial(int64_t total, const std::vector<double>& weights,
                                 PortableRandom& random) {
  std::vector<double> cumulative(weights.size());
  std::partial_sum(weights.begin(), weights.end(), cumulative.begin());
  std::vector<int64_t> parts(weights.size(), 0);
  for (int64_t unit = 0; unit < total; ++unit) {
    const double at = random.Uniform() * cumulative.back();
    const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), at);
    ++parts[std::min<size_t>(it - cumulative.begin(), parts.size() - 1)];
  }
  return parts;
}

// `total` split in proportion to `shares`, rounded so that the parts sum to
// it exactly (largest remainder).
std::vector<int64_t> Proportional(int64_t total, const std::vector<double>& shares) {
  const double sum = std::accumulate(shares.begin(), shares.end(), 0.0);
  std::vector<int64_t> parts(shares.size());
  std::vector<std::pair<double, size_t>> remainders;
  int64_t given = 0;
  for (size_t i = 0; i < shares.size(); ++i) {
    const double exact = static_cast<double>(total) * shares[i] / sum;
    parts[i] = static_cast<int64_t>(std::floor(exact));
    given += parts[i];
    remainders.emplace_back(exact - static_cast<double>(parts[i]), i);
  }
  std::sort(remainders.begin(), remainders.end(), [](const auto& a, const auto& b) {
    return a.first > b.first || (a.first == b.first && a.second < b.second);
  });
  for (int64_t k = 0; k < total - given; ++k) ++parts[remainders[k % remainders.size()].second];
  return parts;
}

struct Buurt {
  std::string code;
  std::string wijk;
  std::string name;
  double area_km2 = 0;
};

absl::StatusOr<std::string> ReadText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(StrCat(path.string(), " cannot be read"));
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Calls `row` for every row of a file of the worked example with the named
// columns; errors name the file and line.
absl::Status ForEachExampleRow(const std::filesystem::path& directory, const std::string& file,
                               const std::vector<std::string>& required,
                               const std::function<absl::Status(const csv::CsvTable&)>& row) {
  auto found = import::ForEachRow(
      directory, file, required,
      [&row](const csv::CsvTable& table, const import::SourceLine&) { return row(table); });
  if (!found.ok()) return found.status();
  if (!*found) return absl::NotFoundError(StrCat(file, " is missing in ", directory.string()));
  return absl::OkStatus();
}

bool ToInt(std::string_view text, int64_t* value) {
  return absl::SimpleAtoi(absl::string_view(text.data(), text.size()), value);
}

// More burglaries in the dark months; other crimes a little more in summer.
double Season(const std::string& indicator, int month) {
  const double phase = 2 * M_PI * (month - 1) / 12.0;
  return indicator == "woninginbraak" ? 1 + 0.25 * std::cos(phase) : 1 - 0.1 * std::cos(phase);
}

bool InPlantedRise(const std::string& indicator, const std::string& wijk, int year, int month) {
  return indicator == kPlantedRiseIndicator && wijk == kPlantedRiseWijk &&
         year == kPlantedRiseYear && month >= kPlantedRiseFirstMonth &&
         month <= kPlantedRiseLastMonth;
}

}  // namespace

absl::StatusOr<WorkedExampleAreas> DrawWorkedExampleAreas(const WorkedExampleAreasInput& input) {
  auto text = ReadText(input.buurten_file);
  if (!text.ok()) return text.status();
  geo::BoundaryFileOptions file_options;
  file_options.crs = geo::Crs::kRdNew;
  auto features = geo::ReadBoundaryFile(*text, file_options);
  if (!features.ok()) return features.status();
  std::vector<Buurt> buurten;
  std::string municipality;
  for (const auto& feature : *features) {
    if (!IsNeighbourhoodCode(feature.code)) continue;
    municipality = MunicipalityOfAreaCode(feature.code);
    buurten.push_back({feature.code, ParentAreaCode(feature.code), feature.name,
                       geo::PlanarArea(feature.shape) / 1e6});
  }
  if (buurten.empty()) return absl::InvalidArgumentError("the boundary file holds no buurten");
  std::sort(buurten.begin(), buurten.end(),
            [](const Buurt& a, const Buurt& b) { return a.code < b.code; });

  // Which indicators a police crime type stands for (a composite or a
  // code the police do not publish per buurt has none). Prescribed (BBV)
  // indicators are kept for the municipality and the country only.
  std::map<std::string, std::string> code_of;
  std::string total_indicator;
  auto s = ForEachExampleRow(input.example_directory, "indicators.csv", {"id", "police_code"},
                             [&](const csv::CsvTable& row) {
                               const std::string code(row.Get("police_code"));
                               if (code.empty() || code.find('/') != std::string::npos ||
                                   !row.Get("prescribed_set").empty()) {
                                 return absl::OkStatus();
                               }
                               code_of[std::string(row.Get("id"))] = code;
                               if (code == kTotalCode) total_indicator = std::string(row.Get("id"));
                               return absl::OkStatus();
                             });
  if (!s.ok()) return s;
  // indicator -> half year -> the municipality's count.
  std::map<std::string, std::map<std::string, int64_t>> city;
  s = ForEachExampleRow(
      input.example_directory, "observations.csv", {"indicator", "area", "period", "count"},
      [&](const csv::CsvTable& row) {
        int64_t count = 0;
        if (row.Get("area") == municipality &&
            code_of.contains(std::string(row.Get("indicator"))) &&
            ToInt(row.Get("count"), &count)) {
          city[std::string(row.Get("indicator"))][std::string(row.Get("period"))] = count;
        }
        return absl::OkStatus();
      });
  if (!s.ok()) return s;
  std::vector<AreaDenominator> city_denominators;
  s = ForEachExampleRow(
      input.example_directory, "denominators.csv",
      {"area", "period", "inhabitants", "dwellings", "residents_12_24"},
      [&](const csv::CsvTable& row) {
        // Yearly rows (the BBV's populations on 1 January) are not divided.
        auto period = Period::Parse(row.Get("period"));
        if (row.Get("area") != municipality || !period.ok() ||
            period->grain() != Grain::kHalfYear) {
          return absl::OkStatus();
        }
        AreaDenominator d{std::string(row.Get("area")), std::string(row.Get("period"))};
        if (!ToInt(row.Get("inhabitants"), &d.inhabitants) ||
            !ToInt(row.Get("dwellings"), &d.dwellings) ||
            !ToInt(row.Get("residents_12_24"), &d.residents_12_24)) {
          return absl::InvalidArgumentError(
              StrCat("denominators.csv: ", d.period, " lacks a figure"));
        }
        city_denominators.push_back(d);
        return absl::OkStatus();
      });
  if (!s.ok()) return s;
  if (total_indicator.empty() || city.empty() || city_denominators.empty()) {
    return absl::InvalidArgumentError(
        "the worked example lacks the total, its counts or its denominators");
  }

  PortableRandom random(input.seed);
  // Who lives where: by surface, denser or thinner per buurt; the rest
  // areas ("Overig ...") hardly.
  std::vector<double> inhabitants_share, dwellings_share, youth_share;
  for (const auto& b : buurten) {
    const double density = b.name.starts_with("Overig") ? 0.03 : 0.3 + 1.7 * random.Uniform();
    inhabitants_share.push_back(b.area_km2 * density);
    dwellings_share.push_back(inhabitants_share.back() * (0.8 + 0.4 * random.Uniform()));
    youth_share.push_back(inhabitants_share.back() * (0.7 + 0.6 * random.Uniform()));
  }
  WorkedExampleAreas out;
  std::map<std::string, AreaDenominator> wijk_sums;
  std::vector<AreaDenominator> buurt_denominators;
  for (const auto& d : city_denominators) {
    const auto inhabitants = Proportional(d.inhabitants, inhabitants_share);
    const auto dwellings = Proportional(d.dwellings, dwellings_share);
    const auto youth = Proportional(d.residents_12_24, youth_share);
    for (size_t i = 0; i < buurten.size(); ++i) {
      buurt_denominators.push_back(
          {buurten[i].code, d.period, inhabitants[i], dwellings[i], youth[i]});
      AreaDenominator& wijk = wijk_sums[StrCat(buurten[i].wijk, "|", d.period)];
      wijk.area = buurten[i].wijk;
      wijk.period = d.period;
      wijk.inhabitants += inhabitants[i];
      wijk.dwellings += dwellings[i];
      wijk.residents_12_24 += youth[i];
    }
  }
  for (auto& [key, wijk] : wijk_sums) out.denominators.push_back(wijk);
  out.denominators.insert(out.denominators.end(), buurt_denominators.begin(),
                          buurt_denominators.end());
  std::sort(out.denominators.begin(), out.denominators.end(), [](const auto& a, const auto& b) {
    return std::tie(a.area, a.period) < std::tie(b.area, b.period);
  });

  // Where each crime happens: inhabitants times a risk of the buurt's own;
  // the centres draw more street crime and nuisance.
  std::map<std::string, std::vector<double>> where;
  for (const auto& [indicator, code] : code_of) {
    if (indicator == total_indicator) continue;
    const bool street = indicator != "woninginbraak" && indicator != "overval";
    for (size_t i = 0; i < buurten.size(); ++i) {
      const bool centre = buurten[i].name.find("Centrum") != std::string::npos;
      where[indicator].push_back(inhabitants_share[i] * (0.4 + 1.2 * random.Uniform()) *
                                 (street && centre ? 2.5 : 1.0));
    }
  }
  where[total_indicator] = inhabitants_share;  // the crimes no other indicator counts

  // counts[indicator][month period][buurt index]
  std::map<std::string, std::map<std::string, std::vector<int64_t>>> counts;
  for (const auto& [indicator, by_half] : city) {
    if (indicator == total_indicator) continue;
    for (const auto& [half, total] : by_half) {
      auto half_year = Period::Parse(half);
      if (!half_year.ok()) return half_year.status();
      const auto months = half_year->Split(Grain::kMonth);
      std::vector<double> season;
      season.reserve(months.size());
      for (const auto& m : months) season.push_back(Season(indicator, m.index()));
      const auto per_month = Multinomial(total, season, random);
      for (size_t k = 0; k < months.size(); ++k) {
        std::vector<double> weights = where[indicator];
        for (size_t i = 0; i < buurten.size(); ++i) {
          if (InPlantedRise(indicator, buurten[i].wijk, months[k].year(), months[k].index())) {
            weights[i] *= kPlantedRiseFactor;
          }
        }
        counts[indicator][months[k].ToString()] = Multinomial(per_month[k], weights, random);
      }
    }
  }
  // The total: every counted type plus the crimes no indicator names.
  for (const auto& [half, total] : city[total_indicator]) {
    auto half_year = Period::Parse(half);
    if (!half_year.ok()) return half_year.status();
    int64_t named = 0;
    for (const auto& [indicator, by_half] : city) {
      if (indicator != total_indicator && indicator != "drugs_drankoverlast" &&
          by_half.contains(half)) {
        named += by_half.at(half);
      }
    }
    if (named > total)
      return absl::InvalidArgumentError(StrCat(half, ": the named crimes exceed the total"));
    const auto months = half_year->Split(Grain::kMonth);
    const auto per_month =
        Multinomial(total - named, std::vector<double>(months.size(), 1.0), random);
    for (size_t k = 0; k < months.size(); ++k) {
      auto parts = Multinomial(per_month[k], where[total_indicator], random);
      for (const auto& [indicator, by_month] : counts) {
        if (indicator == "drugs_drankoverlast" || !by_month.contains(months[k].ToString()))
          continue;
        const auto& named_parts = by_month.at(months[k].ToString());
        for (size_t i = 0; i < parts.size(); ++i) parts[i] += named_parts[i];
      }
      counts[total_indicator][months[k].ToString()] = std::move(parts);
    }
  }

  std::ostringstream table;
  table << "ID;SoortMisdrijf;WijkenEnBuurten;Perioden;GeregistreerdeMisdrijven_1\n";
  int64_t id = 0;
  const auto row = [&](const std::string& code, const std::string& region, const Period& month,
                       int64_t count) {
    table << ++id << ";" << Padded(code, 6) << ";" << Padded(region, 10) << ";\"" << month.year()
          << (month.index() < 10 ? "MM0" : "MM") << month.index() << "\";" << count << "\n";
  };
  for (const auto& [indicator, by_month] : counts) {
    for (const auto& [month_text, parts] : by_month) {
      auto month = Period::Parse(month_text);
      if (!month.ok()) return month.status();
      row(code_of.at(indicator), municipality, *month,
          std::accumulate(parts.begin(), parts.end(), int64_t{0}));
      for (size_t i = 0; i < buurten.size(); ++i) {
        row(code_of.at(indicator), buurten[i].code, *month, parts[i]);
        out.half_year_counts[indicator][month->RollUp(Grain::kHalfYear).ToString()]
                            [buurten[i].code] += parts[i];
      }
    }
  }
  out.open_data_table = table.str();
  return out;
}

absl::StatusOr<std::string> MergeDenominators(const std::filesystem::path& denominators_csv,
                                              const std::vector<AreaDenominator>& areas) {
  auto text = ReadText(denominators_csv);
  if (!text.ok()) return text.status();
  std::istringstream in(*text);
  std::string line, merged;
  std::getline(in, line);
  merged = line + "\n";
  while (std::getline(in, line)) {
    if (line.starts_with("WK") || line.starts_with("BU") || line.empty()) continue;
    merged += line + "\n";
  }
  for (const auto& d : areas) {
    merged += StrCat(d.area, ",", d.period, ",", d.inhabitants, ",", d.dwellings, ",",
                     d.residents_12_24, ",,invented\n");
  }
  return merged;
}

}  // namespace veilig::synthetic
