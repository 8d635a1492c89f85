// veiligctl report: the progress report from the gateway, as text, Markdown,
// JSON or HTML; the live draft or a published version.
#include <google/protobuf/util/json_util.h>

#include <iostream>

#include "common/client/channels.h"
#include "common/domain/resource_name.h"
#include "common/report/html/html_report.h"
#include "common/report/markdown_report.h"
#include "common/report/text_report.h"
#include "tools/veiligctl/call_options.h"
#include "tools/veiligctl/commands.h"
#include "tools/veiligctl/report_key.h"
#include "veilig/report/v1/report_service.grpc.pb.h"

namespace veilig::ctl {

int RunReport(int argc, char** argv) {
  CallOptions call;
  ReportKey key;
  std::string format = "text";
  int version = 0;
  config::po::options_description description;
  key.AddTo(description);
  description.add_options()("format", config::po::value(&format)->default_value(format),
                            "text, md, json or html")(
      "version", config::po::value(&version)->default_value(version),
      "published version; 0 for the live draft");
  call.AddTo(description);
  if (auto exit_code = config::ExitCodeIfNotRunning(
          config::ParseOptions(argc, argv, description, "veiligctl report",
                               "Prints the progress report of a municipality and half year."))) {
    return *exit_code;
  }
  if (auto problem = key.Problem(); !problem.empty()) {
    std::cerr << "veiligctl report: " << problem << "\n";
    return 2;
  }
  if (format != "text" && format != "md" && format != "json" && format != "html") {
    std::cerr << "veiligctl report: --format must be text, md, json or html, not '" << format
              << "'\n";
    return 2;
  }
  auto stub = report::v1::ReportService::NewStub(call.Channel(call.gateway_address));
  report::v1::GetProgressReportRequest request;
  request.set_name(key.Name(version));
  report::v1::ProgressReport report;
  auto context = call.NewContext();
  const grpc::Status status = stub->GetProgressReport(context.get(), request, &report);
  if (!status.ok()) {
    std::cerr << "veiligctl report: " << ErrorText(status) << "\n";
    return 1;
  }
  if (format == "json") {
    std::string json;
    google::protobuf::util::JsonPrintOptions options;
    options.add_whitespace = true;
    (void)google::protobuf::util::MessageToJsonString(report, &json, options);
    std::cout << json;
  } else if (format == "md") {
    std::cout << report::RenderMarkdown(report);
  } else if (format == "html") {
    std::cout << report::RenderReportHtml(report, {});
  } else {
    std::cout << report::RenderText(report);
  }
  if (report.unreachable_size() > 0) {
    std::cerr << "veiligctl report: warning: " << report.unreachable_size()
              << " section(s) unavailable\n";
  }
  return 0;
}

}  // namespace veilig::ctl
