#include "tools/synthetic-data/synthetic_areas.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <numeric>
#include <random>
#include <set>
#include <sstream>

#include "common/domain/strings.h"
#include "tools/synthetic-data/synthetic_municipalities.h"

namespace veilig::synthetic {
namespace {

// The crime types the worked example's indicators count, besides the total.
const std::set<std::string> kBuurtTypes = {"1.1.1", "1.2.1", "1.2.3", "1.4.6",
                                           "1.4.7", "2.1.1", "2.2.1"};
// The country's rectangle in RD New metres that the municipalities tile.
constexpr int kWest = 20000, kEast = 260000, kSouth = 310000, kNorth = 610000;
// A wijk's or buurt's own part of a CBS code has two characters.
constexpr int kMostPerLevel = 99;

struct Rectangle {
  int64_t x0, y0, x1, y1;
};

struct Buurt {
  std::string code;
  std::string name;
  Rectangle shape;
  double share = 0;  // of the municipality's inhabitants
  double risk = 1;
};

struct Wijk {
  std::string code;
  std::string name;
  Rectangle shape;
  std::vector<Buurt> buurten;
};

std::string TwoDigits(int n) {
  char text[16];
  std::snprintf(text, sizeof(text), "%02d", n);
  return text;
}

void WriteFeature(std::ostream& out, bool first, const std::string& code, const std::string& name,
                  const std::string& municipality, int year, const Rectangle& r) {
  out << (first ? "" : ",\n") << R"({"type":"Feature","id":")" << code
      << R"(","properties":{"statcode":")" << code << R"(","jrstatcode":")" << year << code
      << R"(","statnaam":")" << name << R"(","gmCode":")" << municipality
      << R"("},"geometry":{"type":"Polygon","coordinates":[[[)" << r.x0 << "," << r.y0 << "],["
      << r.x1 << "," << r.y0 << "],[" << r.x1 << "," << r.y1 << "],[" << r.x0 << "," << r.y1
      << "],[" << r.x0 << "," << r.y0 << "]]]}}";
}

constexpr char kCollectionStart[] =
    R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},"features":[
)";

// The i-th of `count` tiles of `r`, laid out in a grid as square as it gets.
Rectangle Tile(const Rectangle& r, int i, int count) {
  const int columns = static_cast<int>(std::ceil(std::sqrt(count)));
  const int rows = (count + columns - 1) / columns;
  const int column = i % columns, row = i / columns;
  // The last row's tiles widen to fill it.
  const int in_row = row == rows - 1 ? count - columns * (rows - 1) : columns;
  const int64_t width = r.x1 - r.x0, height = r.y1 - r.y0;
  return {r.x0 + width * column / in_row, r.y0 + height * row / rows,
          r.x0 + width * (column + 1) / in_row, r.y0 + height * (row + 1) / rows};
}

// A municipality's wijken and buurten: tiles of its grid cell, and tiles of
// those.
std::vector<Wijk> Divide(const Municipality& m, const Rectangle& cell, int wijken, int buurten,
                         std::mt19937_64& rng) {
  std::uniform_real_distribution<double> weight(0.5, 1.5);
  std::normal_distribution<double> risk(0.0, 0.35);
  std::vector<Wijk> all;
  const std::string digits = m.code.substr(2);
  for (int w = 0; w < wijken; ++w) {
    Wijk wijk;
    wijk.code = StrCat("WK", digits, TwoDigits(w + 1));
    wijk.name = StrCat("Synthetische wijk ", TwoDigits(w + 1), " van ", m.code);
    wijk.shape = Tile(cell, w, wijken);
    const int own = std::clamp(buurten / wijken + (w < buurten % wijken ? 1 : 0), 1, kMostPerLevel);
    for (int b = 0; b < own; ++b) {
      Buurt buurt;
      buurt.code = StrCat("BU", digits, TwoDigits(w + 1), TwoDigits(b + 1));
      buurt.name =
          StrCat("Synthetische buurt ", TwoDigits(w + 1), TwoDigits(b + 1), " van ", m.code);
      buurt.shape = Tile(wijk.shape, b, own);
      buurt.share = weight(rng);
      buurt.risk = std::exp(risk(rng));
      wijk.buurten.push_back(std::move(buurt));
    }
    all.push_back(std::move(wijk));
  }
  double total = 0;
  for (const auto& wijk : all) {
    for (const auto& b : wijk.buurten) total += b.share;
  }
  for (auto& wijk : all) {
    for (auto& b : wijk.buurten) b.share /= total;
  }
  return all;
}

absl::Status WriteMunicipality(const std::filesystem::path& directory, const Municipality& m,
                               const std::vector<Wijk>& wijken, const DatasetOptions& options,
                               int first_year, AreaLevelSize& size) {
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  if (error) return absl::InternalError(StrCat("cannot create ", directory.string()));
  std::ofstream wijk_file(directory / StrCat("wijken_", m.code, ".geojson"));
  std::ofstream buurt_file(directory / StrCat("buurten_", m.code, ".geojson"));
  std::ofstream denominators(directory / "denominators.csv");
  wijk_file << kCollectionStart;
  buurt_file << kCollectionStart;
  denominators << "area,period,inhabitants,dwellings,residents_12_24,status\n";
  bool first_wijk = true, first_buurt = true;
  for (const auto& wijk : wijken) {
    WriteFeature(wijk_file, first_wijk, wijk.code, wijk.name, m.code, options.last_year,
                 wijk.shape);
    first_wijk = false;
    ++size.wijken;
    for (const auto& b : wijk.buurten) {
      WriteFeature(buurt_file, first_buurt, b.code, b.name, m.code, options.last_year, b.shape);
      first_buurt = false;
      ++size.buurten;
    }
  }
  wijk_file << "\n]}\n";
  buurt_file << "\n]}\n";
  for (int year = first_year; year <= options.last_year; ++year) {
    for (int half = 1; half <= 2; ++half) {
      for (const auto& wijk : wijken) {
        int64_t sum = 0;
        for (const auto& b : wijk.buurten) {
          const int64_t people = std::llround(InhabitantsIn(m, options, year) * b.share);
          sum += people;
          denominators << b.code << "," << year << "H" << half << "," << people << ","
                       << std::llround(people / 2.2) << "," << std::llround(people * 0.15)
                       << ",synthetic\n";
          ++size.denominators;
        }
        denominators << wijk.code << "," << year << "H" << half << "," << sum << ","
                     << std::llround(sum / 2.2) << "," << std::llround(sum * 0.15)
                     << ",synthetic\n";
        ++size.denominators;
      }
    }
  }
  if (!wijk_file.flush() || !buurt_file.flush() || !denominators.flush()) {
    return absl::InternalError(StrCat("cannot write into ", directory.string()));
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<AreaLevelSize> WriteAreaLevel(const std::filesystem::path& directory,
                                             const DatasetOptions& options,
                                             const AreaLevelOptions& areas) {
  std::mt19937_64 municipality_rng(options.seed);
  const auto municipalities = DrawMunicipalities(options, municipality_rng);
  // Its own generator: the municipal tables stay what they were.
  std::mt19937_64 rng(options.seed + 2);
  const int first_year = std::max(options.first_year, options.last_year - areas.years + 1);
  const double people =
      std::accumulate(municipalities.begin(), municipalities.end(), 0.0,
                      [](double sum, const auto& m) { return sum + m.inhabitants; });
  const int columns = static_cast<int>(std::ceil(std::sqrt(municipalities.size())));
  const int rows = static_cast<int>((municipalities.size() + columns - 1) / columns);

  double other_rate = 0;
  std::vector<CrimeType> named;
  for (const auto& type : kCrimeTypes) {
    if (kBuurtTypes.contains(type.key)) {
      named.push_back(type);
    } else {
      other_rate += type.rate_per_1000;
    }
  }
  const std::filesystem::path below = directory / "buurten";
  std::error_code error;
  std::filesystem::create_directories(below, error);
  std::ofstream table(below / "politie_buurten.csv");
  if (error || !table) return absl::InternalError(StrCat("cannot write into ", below.string()));
  table << "ID;SoortMisdrijf;WijkenEnBuurten;Perioden;GeregistreerdeMisdrijven_1\n";
  AreaLevelSize size;
  int64_t id = 0;
  const auto row = [&](std::string_view key, const std::string& region, int year, int month,
                       int64_t count) {
    table << ++id << ";" << Padded(key, 6) << ";" << Padded(region, 10) << ";\"" << year
          << (month < 10 ? "MM0" : "MM") << month << "\";" << count << "\n";
    ++size.open_data_rows;
  };

  for (size_t i = 0; i < municipalities.size(); ++i) {
    const Municipality& m = municipalities[i];
    const int64_t column = static_cast<int64_t>(i) % columns,
                  line = static_cast<int64_t>(i) / columns;
    const Rectangle cell = {kWest + (kEast - kWest) * column / columns,
                            kSouth + (kNorth - kSouth) * line / rows,
                            kWest + (kEast - kWest) * (column + 1) / columns,
                            kSouth + (kNorth - kSouth) * (line + 1) / rows};
    const double share = m.inhabitants / people;
    const int wijken =
        std::clamp(static_cast<int>(std::lround(areas.wijken * share)), 1, kMostPerLevel);
    const int buurten = std::clamp(static_cast<int>(std::lround(areas.buurten * share)), wijken,
                                   wijken * kMostPerLevel);
    const auto division = Divide(m, cell, wijken, buurten, rng);
    if (auto s = WriteMunicipality(below / m.code, m, division, options, first_year, size);
        !s.ok()) {
      return s;
    }
    for (const auto& wijk : division) {
      for (const auto& b : wijk.buurten) {
        for (int year = first_year; year <= options.last_year; ++year) {
          const double inhabitants = InhabitantsIn(m, options, year) * b.share;
          const double scale = inhabitants / 1000 / 12 * m.level *
                               std::exp(m.trend * (year - options.first_year)) * b.risk;
          for (int month = 1; month <= 12; ++month) {
            // A little more in the dark months, as in the municipal table.
            const double season = 1 + 0.15 * std::cos(2 * M_PI * (month - 1) / 12.0);
            int64_t total = std::poisson_distribution<int64_t>(other_rate * scale * season)(rng);
            for (const auto& type : named) {
              const int64_t count =
                  std::poisson_distribution<int64_t>(type.rate_per_1000 * scale * season)(rng);
              total += count;
              row(type.key, b.code, year, month, count);
            }
            row(kTotalKey, b.code, year, month, total);
          }
        }
      }
    }
  }
  if (!table.flush()) return absl::InternalError(StrCat("cannot write into ", below.string()));
  return size;
}

}  // namespace veilig::synthetic
