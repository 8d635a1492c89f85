// The gateway's HTTP listener: the report API for the frontend as a
// transcoding of ReportService (canonical proto3 JSON), following the NLGov
// REST API Design Rules, and the HTML report. Built on cpp-httplib.
#pragma once

#include <atomic>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "common/auth/call_gate.h"
#include "gateway/http/published_cache.h"
#include "gateway/http/rate_limiter.h"
#include "gateway/report/reports.h"

namespace httplib {
class Server;
struct Request;
struct Response;
}  // namespace httplib

namespace veilig::gateway {

struct HttpOptions {
  std::string host = "127.0.0.1";
  int port = 8080;
  // Origins allowed to call the API from a browser (CORS); empty: none.
  std::set<std::string> cors_origins;
  // Largest request body accepted (413 beyond).
  size_t max_body_bytes = 1 << 20;
  // Published reports are public documents: a request without a token is a
  // viewer. Drafts, publishing and the gRPC API still need a token.
  bool public_reports = false;
  // Requests per second (on average) and at once per client address; 0: off.
  double rate_limit = 50;
  double rate_burst = 100;
  // Threads serving requests: each holds one keep-alive connection at a
  // time, so this is also how many clients are served at once.
  int threads = 32;
  // HTTPS with this certificate and key (the gateway's --tls-* files).
  std::string tls_cert_file;
  std::string tls_key_file;
  // The Chromium that prints a report as PDF for `Accept: application/pdf`;
  // empty: PDF printing is off and such a request is answered 406.
  std::string chromium;
  // Prints at once (each is a browser of its own; more wait for a 503's
  // Retry-After), and how long one may take.
  int pdf_concurrency = 2;
  int pdf_timeout_ms = 60000;
};

// The full semver version of the HTTP API, sent in every API-Version header.
inline constexpr char kApiVersion[] = "1.0.0";

class HttpApi {
 public:
  // Every route is checked by `gate` against the ReportService method it
  // transcodes, with the bearer token of the Authorization header.
  HttpApi(Reports& reports, auth::CallGate& gate, HttpOptions options);
  ~HttpApi();

  // Binds and serves in a thread of its own; fails when the port is taken.
  absl::Status Start();
  // Stops taking requests and waits for the serving thread.
  void Stop();
  int port() const { return bound_port_; }

  // The listener, for the routes of another part of the gateway (the
  // dashboard): added before Start(), they share its rate limit, error
  // answers and API headers.
  httplib::Server& server() { return *server_; }
  // Who asks: the gate's decision on `method` for the request's bearer token;
  // without one, an anonymous viewer when published reports are public.
  absl::StatusOr<ReportCaller> Caller(const httplib::Request& req, std::string_view method) const;

 private:
  void Routes();
  // A published version's JSON, from memory after the first time, with ETag.
  void ServePublished(const httplib::Request& req, httplib::Response& res,
                      const ReportCaller& caller, int version);

  // The published versions of the report a route names, for the report's
  // navigation; none when they cannot be read (the report is still shown).
  std::vector<report::v1::ReportVersion> VersionsOrNone(const httplib::Request& req);
  // One of the --pdf-concurrency prints, held while a report is fetched and
  // printed.
  class PrintSlot {
   public:
    explicit PrintSlot(std::atomic<int>& in_use) : in_use_(&in_use) {}
    PrintSlot(PrintSlot&& other) noexcept : in_use_(std::exchange(other.in_use_, nullptr)) {}
    PrintSlot& operator=(PrintSlot&&) = delete;
    ~PrintSlot() {
      if (in_use_ != nullptr) in_use_->fetch_sub(1);
    }

   private:
    std::atomic<int>* in_use_;
  };
  // A slot for printing a report as PDF; or nothing, when `res` already says
  // why not: 406 when printing is off, 503 when every slot is taken.
  std::optional<PrintSlot> ClaimPrint(const httplib::Request& req, httplib::Response& res);
  // The report printed as PDF, or problem details saying why it could not be.
  void ServePdf(const httplib::Request& req, httplib::Response& res,
                const report::v1::ProgressReport& report,
                const std::vector<report::v1::ReportVersion>& versions);

  Reports& reports_;
  auth::CallGate& gate_;
  HttpOptions options_;
  std::unique_ptr<httplib::Server> server_;
  RateLimiter rate_limiter_;
  PublishedCache published_;
  std::atomic<int> prints_in_use_{0};
  std::thread thread_;
  int bound_port_ = 0;
};

}  // namespace veilig::gateway
