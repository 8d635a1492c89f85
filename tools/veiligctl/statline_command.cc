// veiligctl import-statline FILE: loads a StatLine table export (police/CBS
// open data) into the indicator that maps its crime type, for every region
// the area registry knows by name. Unknown names are reported, not guessed.
#include <fstream>
#include <iostream>
#include <map>

#include "absl/status/statusor.h"
#include "common/client/channels.h"
#include "common/import/statline.h"
#include "common/import/statline_mapping.h"
#include "tools/veiligctl/call_options.h"
#include "tools/veiligctl/commands.h"
#include "tools/veiligctl/remote_areas.h"
#include "tools/veiligctl/remote_indicators.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"

namespace veilig::ctl {
namespace {

using Stub = theme::v1::ThemeService::Stub;

absl::StatusOr<std::map<std::string, std::string>> AreasByName(Stub& stub,
                                                               const CallOptions& call) {
  auto areas = ListAllAreas(stub, call);
  if (!areas.ok()) return areas.status();
  std::map<std::string, std::string> by_name;
  for (const auto& area : *areas) by_name[area.name()] = area.code();
  return by_name;
}

}  // namespace

int RunImportStatLine(int argc, char** argv) {
  CallOptions call;
  std::string file;
  config::po::options_description description;
  description.add_options()("file", config::po::value(&file)->required(), "StatLine export (CSV)");
  call.AddTo(description);
  config::po::positional_options_description positional;
  positional.add("file", 1);
  if (auto exit_code = config::ExitCodeIfNotRunning(config::ParseOptions(
          argc, argv, description, "veiligctl import-statline",
          "Usage: veiligctl import-statline FILE [OPTIONS]\n"
          "Loads a StatLine table export (e.g. 47013NED) into the matching indicator.",
          &positional))) {
    return *exit_code;
  }
  return ImportStatLineExport(file, call);
}

int ImportStatLineExport(const std::string& file, const CallOptions& call) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "veiligctl import-statline: cannot read " << file << "\n";
    return 1;
  }
  import::StatLineHeader header;
  std::vector<import::StatLineRow> rows;
  auto read = import::ReadStatLine(in, header, [&rows](const import::StatLineRow& row) {
    rows.push_back(row);
    return absl::OkStatus();
  });
  if (!read.ok()) {
    std::cerr << "veiligctl import-statline: " << file << ": " << read.message() << "\n";
    return 1;
  }
  const auto code = import::PoliceCodeOf(header.crime_type);
  if (!code) {
    std::cerr << "veiligctl import-statline: crime type '" << header.crime_type
              << "' has no police code\n";
    return 1;
  }
  std::string service, indicator;
  for (const auto& [owner, i] : ListAllIndicators(call)) {
    for (const auto& c : i.police_codes()) {
      if (c == *code) {
        service = owner;
        indicator = i.id();
      }
    }
  }
  if (indicator.empty()) {
    std::cerr << "veiligctl import-statline: no indicator maps police code " << *code << " ("
              << header.crime_type << "); import the indicators first\n";
    return 1;
  }
  auto stub = theme::v1::ThemeService::NewStub(call.ServiceChannel(service));
  auto areas = AreasByName(*stub, call);
  if (!areas.ok()) {
    std::cerr << "veiligctl import-statline: " << areas.status().message() << "\n";
    return 1;
  }
  auto mapped = import::MapStatLine(header, rows, *areas, indicator);
  theme::v1::UpsertThemeDataRequest request;
  for (auto& o : mapped.observations) *request.add_observations() = std::move(o);
  for (bool validate_only : {true, false}) {
    request.set_validate_only(validate_only);
    theme::v1::UpsertThemeDataResponse response;
    const grpc::Status status = stub->UpsertThemeData(call.NewContext().get(), request, &response);
    if (!status.ok()) {
      std::cerr << "veiligctl import-statline: " << service
                << " rejected the data: " << ErrorText(status) << "\nNothing was imported.\n";
      return 1;
    }
  }
  std::cout << service << ": " << request.observations_size() << " observations of " << indicator
            << " (" << header.crime_type << ", " << header.periods.size() << " periods); "
            << mapped.missing_values << " values not available\n";
  if (!mapped.unmatched_regions.empty()) {
    std::cerr << "veiligctl import-statline: " << mapped.unmatched_regions.size()
              << " region name(s) not in the area registry, skipped:";
    for (size_t i = 0; i < mapped.unmatched_regions.size() && i < 10; ++i) {
      std::cerr << (i ? ", " : " ") << mapped.unmatched_regions[i];
    }
    std::cerr << (mapped.unmatched_regions.size() > 10 ? ", ..." : "") << "\n";
  }
  return 0;
}

}  // namespace veilig::ctl
