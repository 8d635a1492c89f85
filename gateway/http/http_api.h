// The gateway's HTTP listener: the report API for the frontend as a
// transcoding of ReportService (canonical proto3 JSON), following the NLGov
// REST API Design Rules, and the HTML report. Built on cpp-httplib.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <thread>

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

 private:
  void Routes();
  absl::StatusOr<ReportCaller> Caller(const httplib::Request& req, std::string_view method) const;
  // A published version's JSON, from memory after the first time, with ETag.
  void ServePublished(const httplib::Request& req, httplib::Response& res,
                      const ReportCaller& caller, int version);

  Reports& reports_;
  auth::CallGate& gate_;
  HttpOptions options_;
  std::unique_ptr<httplib::Server> server_;
  RateLimiter rate_limiter_;
  PublishedCache published_;
  std::thread thread_;
  int bound_port_ = 0;
};

}  // namespace veilig::gateway
