// veiligctl report: the progress report from the gateway, as text, Markdown,
// JSON, HTML or PDF (the HTML printed by headless Chromium); the live draft or
// a published version.
#include <google/protobuf/util/json_util.h>
#include <unistd.h>

#include <fstream>
#include <iostream>

#include "common/client/channels.h"
#include "common/domain/resource_name.h"
#include "common/report/html/html_report.h"
#include "common/report/markdown_report.h"
#include "common/report/pdf/chromium_pdf.h"
#include "common/report/text_report.h"
#include "tools/veiligctl/call_options.h"
#include "tools/veiligctl/commands.h"
#include "tools/veiligctl/report_key.h"
#include "veilig/report/v1/report_service.grpc.pb.h"

namespace veilig::ctl {
namespace {

// Writes `bytes` to `path`, or to stdout when `path` is empty or "-".
bool Write(const std::string& path, const std::string& bytes) {
  if (path.empty() || path == "-") {
    std::cout << bytes;
    return static_cast<bool>(std::cout.flush());
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  if (out.flush()) return true;
  std::cerr << "veiligctl report: cannot write " << path << "\n";
  return false;
}

}  // namespace

int RunReport(int argc, char** argv) {
  CallOptions call;
  ReportKey key;
  std::string format = "text";
  std::string output;
  report::ChromiumPdfOptions pdf_options;
  int version = 0;
  config::po::options_description description;
  key.AddTo(description);
  description.add_options()("format", config::po::value(&format)->default_value(format),
                            "text, md, json, html or pdf")(
      "version", config::po::value(&version)->default_value(version),
      "published version; 0 for the live draft")(
      "output", config::po::value(&output),
      "write the report to this file instead of stdout (pdf: needed when stdout is a terminal)")(
      "chromium", config::po::value(&pdf_options.chromium)->default_value(pdf_options.chromium),
      "the Chromium that prints --format=pdf");
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
  if (format != "text" && format != "md" && format != "json" && format != "html" &&
      format != "pdf") {
    std::cerr << "veiligctl report: --format must be text, md, json, html or pdf, not '" << format
              << "'\n";
    return 2;
  }
  // PDF bytes on a terminal are garbage at best and escape sequences at worst.
  if (format == "pdf" && (output.empty() || output == "-") && isatty(STDOUT_FILENO)) {
    std::cerr << "veiligctl report: --format=pdf writes binary data; give --output=FILE or "
                 "redirect stdout\n";
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
  std::string rendered;
  if (format == "json") {
    google::protobuf::util::JsonPrintOptions options;
    options.add_whitespace = true;
    (void)google::protobuf::util::MessageToJsonString(report, &rendered, options);
  } else if (format == "md") {
    rendered = report::RenderMarkdown(report);
  } else if (format == "html") {
    rendered = report::RenderReportHtml(report, {});
  } else if (format == "pdf") {
    auto pdf = report::PrintHtmlToPdf(report::RenderReportHtml(report, {}), pdf_options);
    if (!pdf.ok()) {
      std::cerr << "veiligctl report: cannot print the report as PDF: " << pdf.status().message()
                << "\n";
      return 1;
    }
    rendered = std::move(*pdf);
  } else {
    rendered = report::RenderText(report);
  }
  if (!Write(output, rendered)) return 1;
  if (report.unreachable_size() > 0) {
    std::cerr << "veiligctl report: warning: " << report.unreachable_size()
              << " section(s) unavailable\n";
  }
  return 0;
}

}  // namespace veilig::ctl
