// veilig-synthetic-data: writes a national-scale synthetic data set (every
// figure invented, seeded) for load and scale tests; see docs/synthetic-data.md.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "common/config/options.h"
#include "common/domain/strings.h"
#include "tools/synthetic-data/synthetic_areas.h"
#include "tools/synthetic-data/synthetic_dataset.h"
#include "tools/synthetic-data/worked_example_areas.h"

namespace {

// Rewrites the worked example's area-level files: see worked_example_areas.h.
int WriteWorkedExampleAreas(const std::filesystem::path& directory, const std::string& buurten) {
  const auto fail = [](std::string_view problem) {
    std::cerr << "veilig-synthetic-data: " << problem << "\n";
    return 1;
  };
  auto areas = veilig::synthetic::DrawWorkedExampleAreas(
      {.example_directory = directory, .buurten_file = buurten});
  if (!areas.ok()) return fail(veilig::View(areas.status().message()));
  auto denominators =
      veilig::synthetic::MergeDenominators(directory / "denominators.csv", areas->denominators);
  if (!denominators.ok()) return fail(veilig::View(denominators.status().message()));
  std::ofstream(directory / veilig::synthetic::kWorkedExampleAreasTable, std::ios::binary)
      << areas->open_data_table;
  std::ofstream(directory / "denominators.csv", std::ios::binary) << *denominators;
  std::cout << directory.string() << ": " << areas->denominators.size()
            << " wijk and buurt denominators and " << veilig::synthetic::kWorkedExampleAreasTable
            << " (invented)\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  namespace po = veilig::config::po;
  veilig::synthetic::DatasetOptions options;
  std::string directory;
  std::string buurten_file;
  bool buurten = false;
  veilig::synthetic::AreaLevelOptions areas;
  po::options_description description;
  description.add_options()("out", po::value(&directory)->required(), "directory to write into")(
      "worked-example-buurten", po::value(&buurten_file),
      "instead of the national set: the worked example in --out gets invented figures per buurt "
      "and month and denominators per wijk and buurt, drawn over the buurten of this CBS file")(
      "seed", po::value(&options.seed)->default_value(options.seed), "random seed")(
      "municipalities", po::value(&options.municipalities)->default_value(options.municipalities),
      "number of municipalities (1..9999)")(
      "police-units", po::value(&options.police_units)->default_value(options.police_units),
      "number of police units grouping them")(
      "buurten", po::bool_switch(&buurten),
      "instead of the municipal tables: the set's wijken and buurten (outlines, denominators, "
      "monthly figures) under --out/buurten, for the municipalities the same options describe")(
      "wijken", po::value(&areas.wijken)->default_value(areas.wijken),
      "with --buurten: about this many wijken in all")(
      "buurt-count", po::value(&areas.buurten)->default_value(areas.buurten),
      "with --buurten: about this many buurten in all")(
      "area-years", po::value(&areas.years)->default_value(areas.years),
      "with --buurten: monthly figures for this many last years")(
      "first-year", po::value(&options.first_year)->default_value(options.first_year),
      "first year of figures")("last-year",
                               po::value(&options.last_year)->default_value(options.last_year),
                               "last year of figures");
  if (auto exit_code = veilig::config::ExitCodeIfNotRunning(veilig::config::ParseOptions(
          argc, argv, description, "veilig-synthetic-data",
          "Usage: veilig-synthetic-data --out DIR [OPTIONS]\n"
          "Writes areas.csv, denominators.csv and politie_open_data.csv: an invented national\n"
          "data set for load and scale tests (import it with 'veiligctl import DIR'), and\n"
          "registers/GMnnnn/ with each municipality's own records ('veiligctl import' each)."))) {
    return *exit_code;
  }
  if (!buurten_file.empty()) return WriteWorkedExampleAreas(directory, buurten_file);
  if (options.municipalities < 1 || options.municipalities > 9999 || options.police_units < 1 ||
      options.police_units > 99 || options.first_year < 1900 ||
      options.last_year < options.first_year || options.last_year > 2999) {
    std::cerr << "veilig-synthetic-data: municipalities must be 1..9999, police units 1..99 and "
                 "the years an ascending range\n";
    return 2;
  }
  if (buurten) {
    if (areas.wijken < 1 || areas.buurten < areas.wijken || areas.years < 1) {
      std::cerr << "veilig-synthetic-data: --wijken, --buurt-count and --area-years must be "
                   "positive, with at least as many buurten as wijken\n";
      return 2;
    }
    auto written = veilig::synthetic::WriteAreaLevel(directory, options, areas);
    if (!written.ok()) {
      std::cerr << "veilig-synthetic-data: " << written.status().message() << "\n";
      return 1;
    }
    std::cout << directory << "/buurten: " << written->wijken << " wijken, " << written->buurten
              << " buurten, " << written->denominators << " denominators, "
              << written->open_data_rows << " open-data rows (synthetic)\n";
    return 0;
  }
  auto size = veilig::synthetic::WriteDataset(directory, options);
  if (!size.ok()) {
    std::cerr << "veilig-synthetic-data: " << size.status().message() << "\n";
    return 1;
  }
  std::cout << directory << ": " << size->areas << " areas, " << size->denominators
            << " denominators, " << size->open_data_rows << " open-data rows, "
            << size->register_directories << " municipalities' registers (synthetic)\n";
  return 0;
}
