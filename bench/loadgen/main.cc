// veilig-loadgen: open-loop gRPC or HTTP load against a Veilig server,
// printing one line of figures; also writes a gRPC-framed request body for
// h2load.
//   veilig-loadgen --target=127.0.0.1:50050 --call=report --rate=50 --duration-s=10
//   veilig-loadgen --target=127.0.0.1:8080 --call=http --municipality-range=1..342
//       --http-path='/dashboard/{municipality}/gebied/WK{digits}01' --rate=10
#include <grpcpp/grpcpp.h>
#include <httplib.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <random>

#include "bench/loadgen/open_loop.h"
#include "common/config/options.h"
#include "common/domain/resource_name.h"
#include "common/metrics/grpc_codes.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "veilig/report/v1/report_service.grpc.pb.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"

namespace {

namespace po = veilig::config::po;

struct Options {
  std::string target = "127.0.0.1:50050";
  std::string call = "report";
  std::string token;
  std::string municipality = "GM0034";
  // "1..342": a random synthetic municipality GM0001..GM0342 per call.
  std::string municipality_range;
  std::string period = "2019H1";
  double rate = 20;
  int warmup_s = 2;
  int duration_s = 10;
  int deadline_ms = 5000;
  std::string write_grpc_body;
  // --call=http: the path, with {municipality} (GM0001) and {digits} (0001)
  // replaced per call.
  std::string http_path;
};

std::string Replaced(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// A failed HTTP call without an answer (refused, timed out).
constexpr int kHttpNoAnswer = 599;

std::string MunicipalityFor(const Options& o, std::mt19937& random) {
  if (o.municipality_range.empty()) return o.municipality;
  int low = 1, high = 1;
  std::sscanf(o.municipality_range.c_str(), "%d..%d", &low, &high);
  char code[16];
  std::snprintf(code, sizeof(code), "GM%04d",
                std::uniform_int_distribution<int>(low, high)(random));
  return code;
}

// The request as bytes with gRPC's 5-byte message frame, for h2load -d.
int WriteGrpcBody(const Options& o) {
  std::string message;
  if (o.call == "section") {
    veilig::theme::v1::GetThemeSectionRequest request;
    request.set_municipality(o.municipality);
    request.set_period(o.period);
    message = request.SerializeAsString();
  } else if (o.call == "report") {
    veilig::report::v1::GetProgressReportRequest request;
    request.set_name(veilig::ReportResourceName(o.municipality, o.period));
    message = request.SerializeAsString();
  } else {
    message = grpc::health::v1::HealthCheckRequest().SerializeAsString();
  }
  const uint32_t size = static_cast<uint32_t>(message.size());
  std::ofstream out(o.write_grpc_body, std::ios::binary);
  const char frame[5] = {0, static_cast<char>(size >> 24), static_cast<char>(size >> 16),
                         static_cast<char>(size >> 8), static_cast<char>(size)};
  out.write(frame, 5);
  out << message;
  return out ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  po::options_description description;
  description.add_options()("target", po::value(&o.target)->default_value(o.target), "gRPC target")(
      "call", po::value(&o.call)->default_value(o.call), "report, section, health or http")(
      "http-path", po::value(&o.http_path),
      "for --call=http: the path to GET, {municipality} and {digits} replaced per call")(
      "token", po::value(&o.token), "bearer token")(
      "municipality", po::value(&o.municipality)->default_value(o.municipality), "CBS code")(
      "municipality-range", po::value(&o.municipality_range),
      "pick GMnnnn at random from a range, e.g. 1..342")(
      "period", po::value(&o.period)->default_value(o.period), "half year")(
      "rate", po::value(&o.rate)->default_value(o.rate), "calls per second")(
      "warmup-s", po::value(&o.warmup_s)->default_value(o.warmup_s), "warm-up seconds")(
      "duration-s", po::value(&o.duration_s)->default_value(o.duration_s), "measured seconds")(
      "deadline-ms", po::value(&o.deadline_ms)->default_value(o.deadline_ms), "per call")(
      "write-grpc-body", po::value(&o.write_grpc_body),
      "only write the framed request to this file (for h2load) and exit");
  if (auto exit_code = veilig::config::ExitCodeIfNotRunning(veilig::config::ParseOptions(
          argc, argv, description, "veilig-loadgen", "Open-loop gRPC load for benchmarks."))) {
    return *exit_code;
  }
  if (!o.write_grpc_body.empty()) return WriteGrpcBody(o);
  if (o.rate <= 0 || o.duration_s < 1) {
    std::cerr << "veilig-loadgen: --rate and --duration-s must be positive\n";
    return 2;
  }
  auto channel = grpc::CreateChannel(o.target, grpc::InsecureChannelCredentials());
  auto reports = veilig::report::v1::ReportService::NewStub(channel);
  auto themes = veilig::theme::v1::ThemeService::NewStub(channel);
  auto health = grpc::health::v1::Health::NewStub(channel);
  std::mt19937 random(7);
  std::mutex random_mutex;

  auto start = [&](int64_t, const std::function<void(int code)>& done) {
    auto context = std::make_shared<grpc::ClientContext>();
    context->set_deadline(std::chrono::system_clock::now() +
                          std::chrono::milliseconds(o.deadline_ms));
    if (!o.token.empty()) context->AddMetadata("authorization", "Bearer " + o.token);
    std::string municipality;
    {
      std::lock_guard lock(random_mutex);
      municipality = MunicipalityFor(o, random);
    }
    auto finish = [context, done](const grpc::Status& s) { done(s.error_code()); };
    if (o.call == "http") {
      // A connection of its own per call, as a reader's browser opens one;
      // on a thread of its own, so that the schedule never waits.
      const std::string path = Replaced(Replaced(o.http_path, "{municipality}", municipality),
                                        "{digits}", municipality.substr(2));
      std::thread([&o, path, done] {
        const auto colon = o.target.rfind(':');
        httplib::Client client(o.target.substr(0, colon), std::stoi(o.target.substr(colon + 1)));
        client.set_read_timeout(std::chrono::milliseconds(o.deadline_ms));
        if (!o.token.empty()) client.set_bearer_token_auth(o.token);
        const auto response = client.Get(path);
        done(!response ? kHttpNoAnswer : response->status == 200 ? 0 : response->status);
      }).detach();
      return;
    }
    if (o.call == "report") {
      auto request = std::make_shared<veilig::report::v1::GetProgressReportRequest>();
      request->set_name(veilig::ReportResourceName(municipality, o.period));
      auto response = std::make_shared<veilig::report::v1::ProgressReport>();
      reports->async()->GetProgressReport(
          context.get(), request.get(), response.get(),
          [request, response, finish](const grpc::Status& s) { finish(s); });
    } else if (o.call == "section") {
      auto request = std::make_shared<veilig::theme::v1::GetThemeSectionRequest>();
      request->set_municipality(municipality);
      request->set_period(o.period);
      auto response = std::make_shared<veilig::common::v1::ThemeSection>();
      themes->async()->GetThemeSection(
          context.get(), request.get(), response.get(),
          [request, response, finish](const grpc::Status& s) { finish(s); });
    } else {
      auto request = std::make_shared<grpc::health::v1::HealthCheckRequest>();
      auto response = std::make_shared<grpc::health::v1::HealthCheckResponse>();
      health->async()->Check(context.get(), request.get(), response.get(),
                             [request, response, finish](const grpc::Status& s) { finish(s); });
    }
  };
  const auto result = veilig::bench::RunOpenLoop(o.rate, std::chrono::seconds(o.warmup_s),
                                                 std::chrono::seconds(o.duration_s), start);
  std::string failures;
  for (const auto& [code, count] : result.failed_by_code) {
    if (!failures.empty()) failures += ',';
    failures +=
        o.call == "http"
            ? "http_" + std::to_string(code)
            : std::string(veilig::metrics::GrpcCodeName(static_cast<grpc::StatusCode>(code)));
    failures += ':';
    failures += std::to_string(count);
  }
  std::printf(
      "call=%s rate=%.1f sent=%lld ok=%lld failed=%lld p50_ms=%.3f p99_ms=%.3f max_ms=%.3f "
      "ok_p99_ms=%.3f failures=%s\n",
      o.call.c_str(), o.rate, static_cast<long long>(result.sent),
      static_cast<long long>(result.ok), static_cast<long long>(result.failed),
      result.Percentile(50), result.Percentile(99), result.Percentile(100), result.OkPercentile(99),
      failures.empty() ? "none" : failures.c_str());
  return result.failed == 0 ? 0 : 1;
}
