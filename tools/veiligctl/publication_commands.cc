// veiligctl publish / diff: freeze the draft as a new version, and list what
// differs between two versions.
#include <iostream>

#include "common/client/channels.h"
#include "common/domain/resource_name.h"
#include "tools/veiligctl/call_options.h"
#include "tools/veiligctl/commands.h"
#include "tools/veiligctl/report_key.h"
#include "veilig/report/v1/report_service.grpc.pb.h"

namespace veilig::ctl {
namespace {}  // namespace

int RunPublish(int argc, char** argv) {
  CallOptions call;
  ReportKey key;
  std::string request_id;
  config::po::options_description description;
  key.AddTo(description);
  description.add_options()(
      "request-id", config::po::value(&request_id),
      "makes a repeated publish safe: the same id again returns the version it made");
  call.AddTo(description);
  if (auto exit_code = config::ExitCodeIfNotRunning(config::ParseOptions(
          argc, argv, description, "veiligctl publish",
          "Publishes the current draft as the next version; a published version never changes."))) {
    return *exit_code;
  }
  if (auto problem = key.Problem(); !problem.empty()) {
    std::cerr << "veiligctl publish: " << problem << "\n";
    return 2;
  }
  auto stub = report::v1::ReportService::NewStub(call.Channel(call.gateway_address));
  report::v1::PublishReportRequest request;
  request.set_name(key.Name());
  request.set_request_id(request_id);
  report::v1::ProgressReport report;
  const grpc::Status status = stub->PublishReport(call.NewContext().get(), request, &report);
  if (!status.ok()) {
    std::cerr << "veiligctl publish: " << ErrorText(status) << "\n";
    return 1;
  }
  std::cout << "published " << report.municipality() << " " << report.period() << " as version "
            << report.version() << "\n";
  return 0;
}

int RunDiff(int argc, char** argv) {
  CallOptions call;
  ReportKey key;
  int from = 0, to = 0;
  config::po::options_description description;
  key.AddTo(description);
  description.add_options()("from", config::po::value(&from)->required(), "older version")(
      "to", config::po::value(&to)->default_value(to), "newer version; 0 for the live draft");
  call.AddTo(description);
  if (auto exit_code = config::ExitCodeIfNotRunning(
          config::ParseOptions(argc, argv, description, "veiligctl diff",
                               "Lists every figure, goal status and item that differs."))) {
    return *exit_code;
  }
  if (auto problem = key.Problem(); !problem.empty()) {
    std::cerr << "veiligctl diff: " << problem << "\n";
    return 2;
  }
  auto stub = report::v1::ReportService::NewStub(call.Channel(call.gateway_address));
  report::v1::DiffReportsRequest request;
  request.set_name(key.Name());
  request.set_from_version(from);
  request.set_to_version(to);
  report::v1::DiffReportsResponse response;
  const grpc::Status status = stub->DiffReports(call.NewContext().get(), request, &response);
  if (!status.ok()) {
    std::cerr << "veiligctl diff: " << ErrorText(status) << "\n";
    return 1;
  }
  if (response.differences().empty()) std::cout << "no differences\n";
  for (const auto& d : response.differences()) {
    std::cout << d.location() << ": " << (d.from_value().empty() ? "-" : d.from_value()) << " -> "
              << (d.to_value().empty() ? "-" : d.to_value()) << "\n";
  }
  return 0;
}

}  // namespace veilig::ctl
