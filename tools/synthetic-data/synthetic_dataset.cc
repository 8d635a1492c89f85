#include "tools/synthetic-data/synthetic_dataset.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "common/domain/strings.h"
#include "tools/synthetic-data/synthetic_municipalities.h"

namespace veilig::synthetic {
namespace {

std::string PoliceUnitCode(int unit) {
  char code[32];
  std::snprintf(code, sizeof(code), "RE_SYNTH_%02d", unit);
  return code;
}

void WriteAreas(std::ostream& out, const std::vector<Municipality>& municipalities,
                const DatasetOptions& options) {
  out << "code,name,kind,parent,members,comparison_groups\n";
  for (const auto& m : municipalities) {
    out << m.code << ",Synthetische gemeente " << m.code.substr(2) << ",municipality,,,"
        << PoliceUnitCode(m.police_unit) << ";NL01\n";
  }
  for (int unit = 1; unit <= options.police_units; ++unit) {
    out << PoliceUnitCode(unit) << ",Synthetische politie-eenheid " << unit << ",police_unit,,";
    bool first = true;
    for (const auto& m : municipalities) {
      if (m.police_unit != unit) continue;
      out << (first ? "" : ";") << m.code;
      first = false;
    }
    out << ",\n";
  }
  out << "NL01,Synthetisch Nederland,country,,";
  for (size_t i = 0; i < municipalities.size(); ++i) {
    out << (i ? ";" : "") << municipalities[i].code;
  }
  out << ",\n";
}

int64_t WriteDenominators(std::ostream& out, const std::vector<Municipality>& municipalities,
                          const DatasetOptions& options) {
  out << "area,period,inhabitants,dwellings,residents_12_24,status\n";
  int64_t rows = 0;
  for (const auto& m : municipalities) {
    for (int year = options.first_year; year <= options.last_year; ++year) {
      const double people = InhabitantsIn(m, options, year);
      for (int half = 1; half <= 2; ++half) {
        out << m.code << "," << year << "H" << half << "," << std::llround(people) << ","
            << std::llround(people / 2.2) << "," << std::llround(people * 0.15) << ",synthetic\n";
        ++rows;
      }
    }
  }
  return rows;
}

// A municipality's own records, invented and named after it so that a test
// sees at once whose they are.
absl::Status WriteRegisters(const std::filesystem::path& directory, const Municipality& m,
                            const DatasetOptions& options, std::mt19937_64& rng) {
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  if (error) return absl::InternalError(StrCat("cannot create ", directory.string()));
  std::ofstream registers(directory / "registers.csv"), incidents(directory / "incidents.csv"),
      measures(directory / "admin_measures.csv"), cases(directory / "enforcement_cases.csv");
  const int year = options.last_year;
  registers << "municipality,register,period,count,note,case_references\n";
  for (int half = 1; half <= 2; ++half) {
    const double mean = InhabitantsIn(m, options, year) / 10000.0 * 1.5;
    registers << m.code << ",huisverboden," << year << "H" << half << ","
              << std::poisson_distribution<int64_t>(mean)(rng) << ",synthetisch,\n";
  }
  incidents << "municipality,date,title_nl,location_nl,category,grip\n";
  for (int i = 1; i <= 2; ++i) {
    incidents << m.code << "," << year << "-0" << 2 * i << "-1" << i << ",Synthetisch incident "
              << i << " van " << m.code << ",Synthetische gemeente " << m.code.substr(2)
              << ",brand," << i - 1 << "\n";
  }
  measures << "municipality,kind,decided_on,valid_from,valid_until,area_nl,persons,legal_basis,"
              "description_nl\n"
           << m.code << ",alcoholverbod," << year << "-03-01," << year << "-04-01," << year
           << "-12-31,Centrum van " << m.code << ",,APV,Synthetisch alcoholverbod van " << m.code
           << "\n";
  cases << "municipality,category,subcategory,period,count\n"
        << m.code << ",Drugshandel,Productie/vervaardiging softdrugs (incl. "
        << "voorbereidingshandelingen)," << year << "H1,"
        << std::poisson_distribution<int64_t>(InhabitantsIn(m, options, year) / 20000.0)(rng)
        << "\n";
  if (!registers.flush() || !incidents.flush() || !measures.flush() || !cases.flush()) {
    return absl::InternalError(StrCat("cannot write into ", directory.string()));
  }
  return absl::OkStatus();
}

}  // namespace

std::string MunicipalityCode(int index) {
  char code[32];
  std::snprintf(code, sizeof(code), "GM%04d", index);
  return code;
}

DatasetSize WriteOpenDataTable(std::ostream& out, const DatasetOptions& options) {
  std::mt19937_64 rng(options.seed);
  const auto municipalities = DrawMunicipalities(options, rng);
  std::bernoulli_distribution unpublished(options.unpublished_share);
  const int years = options.last_year - options.first_year + 1;
  DatasetSize size;
  int64_t id = 0;
  out << "ID;SoortMisdrijf;RegioS;Perioden;GeregistreerdeMisdrijven_1\n";
  auto write = [&](std::string_view key, const std::string& region, int year, int month,
                   int64_t count) {
    const std::string period =
        month == 0 ? StrCat(year, "JJ00") : StrCat(year, month < 10 ? "MM0" : "MM", month);
    out << ++id << ";" << Padded(key, 6) << ";" << Padded(region, 10) << ";\"" << period << "\";\"";
    if (!unpublished(rng)) out << count;
    out << "\"\n";
    ++size.open_data_rows;
  };
  for (const auto& m : municipalities) {
    // counts[type][year][month - 1]; the total sums every type.
    std::vector<std::vector<std::array<int64_t, 12>>> counts(
        kCrimeTypes.size(), std::vector<std::array<int64_t, 12>>(years));
    for (size_t t = 0; t < kCrimeTypes.size(); ++t) {
      for (int y = 0; y < years; ++y) {
        for (int month = 0; month < 12; ++month) {
          // A little more in the dark months, the municipality's own trend.
          const double season = 1 + 0.15 * std::cos(2 * M_PI * month / 12.0);
          const double mean = kCrimeTypes[t].rate_per_1000 *
                              InhabitantsIn(m, options, options.first_year + y) / 1000 / 12 *
                              m.level * std::exp(m.trend * y) * season;
          counts[t][y][month] = std::poisson_distribution<int64_t>(mean)(rng);
        }
      }
    }
    for (int y = 0; y < years; ++y) {
      std::array<int64_t, 12> total{};
      for (size_t t = 0; t < kCrimeTypes.size(); ++t) {
        for (int month = 0; month < 12; ++month) total[month] += counts[t][y][month];
      }
      int64_t year_total = 0;
      for (int month = 0; month < 12; ++month) {
        write(kTotalKey, m.code, options.first_year + y, month + 1, total[month]);
        year_total += total[month];
      }
      write(kTotalKey, m.code, options.first_year + y, 0, year_total);
    }
    for (size_t t = 0; t < kCrimeTypes.size(); ++t) {
      for (int y = 0; y < years; ++y) {
        int64_t year_total = 0;
        for (int month = 0; month < 12; ++month) {
          write(kCrimeTypes[t].key, m.code, options.first_year + y, month + 1, counts[t][y][month]);
          year_total += counts[t][y][month];
        }
        write(kCrimeTypes[t].key, m.code, options.first_year + y, 0, year_total);
      }
    }
  }
  return size;
}

absl::StatusOr<DatasetSize> WriteDataset(const std::filesystem::path& directory,
                                         const DatasetOptions& options) {
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  if (error) return absl::InternalError(StrCat("cannot create ", directory.string()));
  std::mt19937_64 rng(options.seed);
  const auto municipalities = DrawMunicipalities(options, rng);
  std::ofstream areas(directory / "areas.csv"), denominators(directory / "denominators.csv"),
      table(directory / "politie_open_data.csv");
  if (!areas || !denominators || !table) {
    return absl::InternalError(StrCat("cannot write into ", directory.string()));
  }
  WriteAreas(areas, municipalities, options);
  DatasetSize size = WriteOpenDataTable(table, options);
  size.areas = options.municipalities + options.police_units + 1;
  size.denominators = WriteDenominators(denominators, municipalities, options);
  if (!areas.flush() || !denominators.flush() || !table.flush()) {
    return absl::InternalError(StrCat("cannot write into ", directory.string()));
  }
  // Its own generator, so the figures stay what they were before registers.
  std::mt19937_64 register_rng(options.seed + 1);
  for (const auto& m : municipalities) {
    if (auto s = WriteRegisters(directory / "registers" / m.code, m, options, register_rng);
        !s.ok()) {
      return s;
    }
    ++size.register_directories;
  }
  return size;
}

}  // namespace veilig::synthetic
