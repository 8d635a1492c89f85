// The invented municipalities of the synthetic data set and the crime model
// their figures are drawn from, shared by the municipal and the buurt-level
// tables.
#pragma once

#include <array>
#include <random>
#include <string>
#include <vector>

#include "tools/synthetic-data/synthetic_dataset.h"

namespace veilig::synthetic {

// Crime-type keys in the shape of the police tables, each with an invented
// yearly rate per 1,000 inhabitants. "0.0.0" (the total) is their sum.
struct CrimeType {
  const char* key;
  double rate_per_1000;
};
inline constexpr std::array<CrimeType, 40> kCrimeTypes{{
    {"1.1.1", 2.5},  {"1.1.2", 0.8},  {"1.2.1", 3.0},  {"1.2.2", 0.5}, {"1.2.3", 5.0},
    {"1.2.4", 1.0},  {"1.2.5", 0.6},  {"1.3.1", 1.5},  {"1.4.1", 0.3}, {"1.4.2", 0.02},
    {"1.4.3", 0.2},  {"1.4.4", 1.5},  {"1.4.5", 2.5},  {"1.4.6", 0.3}, {"1.4.7", 0.05},
    {"1.6.1", 0.4},  {"1.6.2", 0.5},  {"1.6.3", 0.01}, {"2.1.1", 1.0}, {"2.2.1", 4.0},
    {"2.4.1", 0.3},  {"2.4.2", 0.3},  {"2.5.1", 1.5},  {"2.5.2", 2.0}, {"2.6.4", 0.3},
    {"2.6.9", 0.2},  {"2.6.13", 0.2}, {"2.7.2", 0.3},  {"2.7.3", 0.2}, {"3.1.1", 0.4},
    {"3.1.3", 0.05}, {"3.2.1", 0.05}, {"3.5.2", 1.0},  {"3.5.5", 0.5}, {"3.6.4", 0.3},
    {"3.7.1", 0.05}, {"3.7.4", 0.3},  {"3.9.1", 3.0},  {"3.9.2", 0.1}, {"3.9.3", 0.3},
}};
inline constexpr char kTotalKey[] = "0.0.0";

struct Municipality {
  std::string code;
  int police_unit = 0;
  double inhabitants = 0;
  // How much more or less crime than the national rate, and its yearly trend.
  double level = 1;
  double trend = 0;
};

// The municipalities of `options`, drawn first from a generator seeded with
// options.seed (so every table of one set describes the same ones).
std::vector<Municipality> DrawMunicipalities(const DatasetOptions& options, std::mt19937_64& rng);

double InhabitantsIn(const Municipality& m, const DatasetOptions& options, int year);

// The key padded as the police tables pad it, quoted.
std::string Padded(std::string_view key, size_t width);

}  // namespace veilig::synthetic
