#include "tools/veiligctl/open_data_import.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>

#include "common/client/channels.h"
#include "common/client/observation_ingest.h"
#include "common/domain/fnv_hash.h"
#include "common/domain/strings.h"
#include "common/import/open_data_routing.h"
#include "common/import/police_open_data.h"
#include "common/import/police_open_data_json.h"
#include "tools/veiligctl/progress_meter.h"
#include "tools/veiligctl/remote_areas.h"
#include "tools/veiligctl/remote_indicators.h"

namespace veilig::ctl {
namespace {

constexpr char kCommand[] = "veiligctl import: ";
// Reading the byte position costs a system call; once per this many rows.
constexpr int64_t kRowsPerProgressUpdate = 4096;
constexpr size_t kUnmappedShown = 12;

// The first bytes of the file: enough to recognise a table by its fields.
std::string Head(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  std::string head(size_t{64} * 1024, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  return head;
}

// JSON (the portal's OData answer) rather than CSV.
bool IsJson(const std::string& head) {
  const size_t first = head.find_first_not_of(" \t\r\n");
  return first != std::string::npos && (head[first] == '{' || head[first] == '[');
}

// A CSV table's header line, from its head.
std::string FirstLine(const std::string& head) { return head.substr(0, head.find('\n')); }

// FNV-1a over the whole file, in hex: the same file gets the same import id.
absl::StatusOr<std::string> ContentHash(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return absl::NotFoundError(StrCat("cannot read ", file));
  Fnv1a64 hash;
  std::vector<char> buffer(1 << 20);
  while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) {
    hash.Add(std::string_view(buffer.data(), static_cast<size_t>(in.gcount())));
  }
  return hash.Hex();
}

struct ServiceIngest {
  std::unique_ptr<theme::v1::ThemeService::Stub> stub;
  std::unique_ptr<client::ObservationIngest> ingest;
};

void PrintSummary(const import::OpenDataSummary& summary,
                  const std::map<std::string, ServiceIngest>& services) {
  for (const auto& [name, service] : services) {
    const auto progress = service.ingest->progress();
    std::cout << name << ": " << progress.observations_committed << " observations in "
              << progress.batches_committed << " batches";
    if (progress.batches_resumed > 0) {
      std::cout << " (" << progress.batches_resumed
                << " batches were committed by an earlier attempt)";
    }
    std::cout << "\n";
  }
  std::cout << summary.rows << " rows read, " << summary.routed << " imported";
  const int64_t unmapped_rows = [&summary] {
    int64_t n = 0;
    for (const auto& [code, rows] : summary.unmapped_crime_types) n += rows;
    return n;
  }();
  if (summary.not_published + summary.unknown_area + unmapped_rows > 0) {
    std::cout << "; skipped: " << summary.not_published << " not published (no value), "
              << summary.unknown_area << " area not in the registry, " << unmapped_rows
              << " crime type not mapped to an indicator";
  }
  std::cout << "\n";
  if (!summary.unknown_area_examples.empty()) {
    std::cout << "areas not in the registry, e.g.:";
    for (const auto& code : summary.unknown_area_examples) std::cout << " " << code;
    std::cout << "\n";
  }
  if (!summary.unmapped_crime_types.empty()) {
    std::cout << summary.unmapped_crime_types.size() << " crime types no indicator maps (rows):";
    size_t shown = 0;
    for (const auto& [code, rows] : summary.unmapped_crime_types) {
      if (shown++ == kUnmappedShown) {
        std::cout << " ...";
        break;
      }
      std::cout << " " << code << " (" << rows << ")";
    }
    std::cout << "\n";
  }
}

}  // namespace

bool IsOpenDataTable(const std::string& file) {
  const std::string head = Head(file);
  const std::string where = IsJson(head) ? head : FirstLine(head);
  return where.find("SoortMisdrijf") != std::string::npos;
}

int ImportOpenDataTable(const std::string& file, const OpenDataImportOptions& options,
                        const CallOptions& call) {
  std::string import_id = options.import_id;
  if (import_id.empty()) {
    auto hash = ContentHash(file);
    if (!hash.ok()) {
      std::cerr << kCommand << hash.status().message() << "\n";
      return 1;
    }
    import_id = StrCat("open-data-", *hash, "-b", options.batch_size);
  }

  const auto indicators = ListAllIndicators(call);
  std::map<std::string, std::set<std::string>> areas_by_service;
  std::map<std::string, ServiceIngest> services;
  for (const auto& [service, indicator] : indicators) {
    if (indicator.police_codes().empty() || services.contains(service)) continue;
    ServiceIngest& s = services[service];
    s.stub = theme::v1::ThemeService::NewStub(call.ServiceChannel(service));
    auto areas = ListAllAreas(*s.stub, call);
    if (!areas.ok()) {
      std::cerr << kCommand << service << ": " << areas.status().message() << "\n";
      return 1;
    }
    for (const auto& area : *areas) areas_by_service[service].insert(area.code());
    s.ingest = std::make_unique<client::ObservationIngest>(
        *s.stub, client::IngestOptions{.import_id = import_id,
                                       .batch_size = options.batch_size,
                                       .authorization = call.Authorization()});
    if (auto status = s.ingest->Resume(); !status.ok()) {
      std::cerr << kCommand << service << ": " << status.message() << "\n";
      return 1;
    }
  }
  if (services.empty()) {
    std::cerr << kCommand
              << "no indicator of any service has a police code; import the indicators first\n";
    return 1;
  }

  std::ifstream in(file, std::ios::binary);
  // The head, not the first line, which is the whole file for one-line JSON.
  const std::string head = Head(file);
  const bool json = IsJson(head);
  const char delimiter = FirstLine(head).find(';') != std::string::npos ? ';' : ',';
  std::error_code size_error;
  const auto size = std::filesystem::file_size(file, size_error);
  ProgressMeter meter(std::cerr, isatty(STDERR_FILENO) != 0,
                      size_error ? 0 : static_cast<int64_t>(size));
  import::OpenDataRouter router(indicators, std::move(areas_by_service));
  std::string failed_service;
  absl::Status failure;
  auto on_row = [&](const import::PoliceOpenDataRow& row) {
    router.Route(row, [&](const std::string& service, common::v1::Observation&& o) {
      if (!failure.ok()) return;
      failure = services.at(service).ingest->Add(std::move(o));
      if (!failure.ok()) failed_service = service;
    });
    if (router.summary().rows % kRowsPerProgressUpdate == 0) {
      meter.Update(router.summary().rows, static_cast<int64_t>(in.tellg()));
    }
    return failure.ok() ? absl::OkStatus() : absl::AbortedError("");
  };
  absl::Status read = json ? import::ReadPoliceOpenDataJson(in, on_row)
                           : import::ReadPoliceOpenData(in, delimiter, on_row);
  for (auto& [name, service] : services) {
    if (!failure.ok()) break;
    failure = service.ingest->Finish();
    if (!failure.ok()) failed_service = name;
  }
  meter.Done();
  if (!failure.ok()) {
    const auto progress = services.at(failed_service).ingest->progress();
    std::cerr << kCommand << failed_service << " refused the import: " << failure.message() << "\n"
              << progress.batches_committed + progress.batches_resumed
              << " batches are committed; fix the cause and run the same command again to "
                 "finish (import id "
              << import_id << ")\n";
    return 1;
  }
  if (!read.ok()) {
    std::cerr << kCommand << file << ": " << read.message()
              << "\nThe rows before it are committed; after fixing the file, run the import "
                 "again.\n";
    return 1;
  }
  PrintSummary(router.summary(), services);
  return 0;
}

}  // namespace veilig::ctl
