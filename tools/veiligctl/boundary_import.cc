#include "tools/veiligctl/boundary_import.h"

#include <iostream>
#include <optional>

#include "common/domain/strings.h"
#include "common/geo/boundary_file.h"
#include "common/theme/themes.h"
#include "tools/veiligctl/import_steps.h"

namespace veilig::ctl {

int ImportBoundaryFile(const std::string& path, const BoundaryImportOptions& options,
                       const CallOptions& call) {
  const auto fail = [](std::string_view problem) {
    std::cerr << "veiligctl import: " << problem << "\nNothing was imported.\n";
    return 1;
  };
  std::optional<geo::Crs> crs;
  if (!options.crs.empty()) {
    auto parsed = geo::ParseCrs(options.crs);
    if (!parsed.ok()) return fail(StrCat("--crs: ", View(parsed.status().message())));
    crs = *parsed;
  }
  auto request = import::ReadBoundaryRequest(path, crs, options.request);
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
