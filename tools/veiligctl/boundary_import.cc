#include "tools/veiligctl/boundary_import.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "common/domain/strings.h"
#include "common/geo/boundary_file.h"
#include "common/theme/themes.h"
#include "tools/veiligctl/import_steps.h"

namespace veilig::ctl {

bool IsBoundaryFile(const std::string& path) {
  const auto extension = std::filesystem::path(path).extension();
  return extension == ".geojson" || extension == ".topojson";
}

int ImportBoundaryFile(const std::string& path, const BoundaryImportOptions& options,
                       const CallOptions& call) {
  const auto fail = [&path](std::string_view problem) {
    std::cerr << "veiligctl import: " << path << ": " << problem << "\nNothing was imported.\n";
    return 1;
  };
  geo::BoundaryFileOptions file_options;
  if (!options.crs.empty()) {
    auto crs = geo::ParseCrs(options.crs);
    if (!crs.ok()) return fail(StrCat("--crs: ", View(crs.status().message())));
    file_options.crs = *crs;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail("cannot be read");
  std::stringstream text;
  text << in.rdbuf();
  auto features = geo::ReadBoundaryFile(text.str(), file_options);
  if (!features.ok()) return fail(View(features.status().message()));
  auto request = import::BoundaryRequest(*features, options.request);
  if (!request.ok()) return fail(View(request.status().message()));
  std::cout << "importing " << request->areas_size() << " areas and " << request->boundaries_size()
            << " outlines\n";

  std::vector<ImportStep> steps;
  for (auto service : theme::ThemeServiceNames()) {
    steps.push_back(ThemeDataStep(std::string(service), *request, {}, call));
  }
  if (auto s = RunImportSteps(steps); !s.ok()) {
    std::cerr << "veiligctl import: " << s.message() << "\n";
    return 1;
  }
  std::cout << "import complete\n";
  return 0;
}

}  // namespace veilig::ctl
