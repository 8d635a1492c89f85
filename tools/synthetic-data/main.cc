// veilig-synthetic-data: writes a national-scale synthetic data set (every
// figure invented, seeded) for load and scale tests; see docs/synthetic-data.md.
#include <iostream>

#include "common/config/options.h"
#include "tools/synthetic-data/synthetic_dataset.h"

int main(int argc, char** argv) {
  namespace po = veilig::config::po;
  veilig::synthetic::DatasetOptions options;
  std::string directory;
  po::options_description description;
  description.add_options()("out", po::value(&directory)->required(), "directory to write into")(
      "seed", po::value(&options.seed)->default_value(options.seed), "random seed")(
      "municipalities", po::value(&options.municipalities)->default_value(options.municipalities),
      "number of municipalities (1..9999)")(
      "police-units", po::value(&options.police_units)->default_value(options.police_units),
      "number of police units grouping them")(
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
  if (options.municipalities < 1 || options.municipalities > 9999 || options.police_units < 1 ||
      options.police_units > 99 || options.first_year < 1900 ||
      options.last_year < options.first_year || options.last_year > 2999) {
    std::cerr << "veilig-synthetic-data: municipalities must be 1..9999, police units 1..99 and "
                 "the years an ascending range\n";
    return 2;
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
