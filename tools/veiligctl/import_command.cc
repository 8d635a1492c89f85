// veiligctl import DIR|FILE: sends each file's rows to the service that owns
// them; a boundary file's wijken, buurten and outlines to every service. A directory in the
// worked-example format is validated by every service first (validate_only), so a bad row anywhere
// writes nothing anywhere; police open-data tables (in the directory or given as FILE) are then
// streamed in acknowledged batches, resumable after a failure. Importing again is harmless because
// every write is an upsert by natural key.
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "common/domain/strings.h"
#include "common/import/directory_owner.h"
#include "tools/veiligctl/boundary_import.h"
#include "tools/veiligctl/call_options.h"
#include "tools/veiligctl/commands.h"
#include "tools/veiligctl/import_steps.h"
#include "tools/veiligctl/open_data_import.h"

namespace veilig::ctl {

namespace {

// The open-data tables in `directory` (by their header), in name order; the
// worked-example reader leaves them alone.
std::vector<std::string> OpenDataTables(const std::filesystem::path& directory) {
  std::vector<std::string> tables;
  for (const auto& entry : std::filesystem::directory_iterator(directory)) {
    const std::string path = entry.path().string();
    const auto extension = entry.path().extension();
    if (entry.is_regular_file() && (extension == ".csv" || extension == ".json") &&
        IsOpenDataTable(path)) {
      tables.push_back(path);
    }
  }
  std::sort(tables.begin(), tables.end());
  return tables;
}

}  // namespace

int RunImport(int argc, char** argv) {
  CallOptions call;
  OpenDataImportOptions open_data;
  BoundaryImportOptions boundaries;
  std::string path;
  std::string municipality;
  config::po::options_description description;
  description.add_options()("path", config::po::value(&path)->required(),
                            "directory with CSV files, or one table file")(
      "batch-size", config::po::value(&open_data.batch_size)->default_value(5000),
      "observations per acknowledged batch when streaming an open-data table")(
      "import-id", config::po::value(&open_data.import_id),
      "name of a streamed import (default: derived from the file, so a rerun resumes)")(
      "crs", config::po::value(&boundaries.crs),
      "coordinate system of a boundary file that does not state it: EPSG:28992 (RD New, as CBS "
      "publishes them) or EPSG:4326")(
      "year", config::po::value(&boundaries.request.year),
      "division year of a boundary file whose features do not say (jrstatcode)")(
      "simplify-metres", config::po::value(&boundaries.request.simplify_metres)->default_value(5),
      "outlines lose points within this many metres of their line")(
      "attribution", config::po::value(&boundaries.request.attribution),
      "source printed under every map of a boundary file (default: \"Kadaster / CBS, YEAR\")")(
      "municipality", config::po::value(&municipality),
      "CBS code of the municipality whose records a directory holds, when its files do not "
      "say (a municipality column, plan.csv, or a single municipality in areas.csv)");
  call.AddTo(description);
  config::po::positional_options_description positional;
  positional.add("path", 1);
  if (auto exit_code = config::ExitCodeIfNotRunning(config::ParseOptions(
          argc, argv, description, "veiligctl import",
          "Usage: veiligctl import DIR|FILE [OPTIONS]\n"
          "Loads a directory in the worked-example format, a police open-data table (typed\n"
          "long format: streamed, resumable), a StatLine table export, or a boundary file\n"
          "(.geojson or .topojson, as CBS and PDOK publish them) into the services.",
          &positional))) {
    return *exit_code;
  }
  if (open_data.batch_size < 1 || open_data.batch_size > 10000) {
    std::cerr << "veiligctl import: --batch-size must be between 1 and 10000\n";
    return 2;
  }
  if (std::filesystem::is_regular_file(path)) {
    if (import::IsBoundaryFile(path)) return ImportBoundaryFile(path, boundaries, call);
    return IsOpenDataTable(path) ? ImportOpenDataTable(path, open_data, call)
                                 : ImportStatLineExport(path, call);
  }
  const std::string& directory = path;

  auto owner = import::ResolveDirectoryOwner(directory, municipality);
  if (owner.status().code() == absl::StatusCode::kNotFound) {
    owner = std::string();  // shared figures only, or PlanImportSteps says why not
  } else if (!owner.ok()) {
    std::cerr << "veiligctl import: " << owner.status().message() << "\nNothing was imported.\n";
    return 1;
  } else {
    std::cout << "importing the records of municipality " << *owner << "\n";
  }
  auto steps = PlanImportSteps(directory, *owner, call);
  if (!steps.ok()) {
    std::cerr << "veiligctl import: " << steps.status().message() << "\nNothing was imported.\n";
    return 1;
  }
  if (auto s = RunImportSteps(*steps); !s.ok()) {
    std::cerr << "veiligctl import: " << s.message() << "\n";
    return 1;
  }
  for (const auto& table : OpenDataTables(directory)) {
    std::cout << "streaming " << table << "\n";
    if (int exit_code = ImportOpenDataTable(table, open_data, call); exit_code != 0) {
      return exit_code;
    }
  }
  std::cout << "import complete\n";
  return 0;
}

}  // namespace veilig::ctl
