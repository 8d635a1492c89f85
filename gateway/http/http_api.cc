#include "gateway/http/http_api.h"

#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>
#include <httplib.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>

#include "absl/strings/numbers.h"
#include "common/domain/field_error.h"
#include "common/domain/strings.h"
#include "common/report/html/html_report.h"
#include "common/report/pdf/chromium_pdf.h"
#include "common/server/http_status.h"
#include "gateway/http/content_coding.h"
#include "gateway/http/http_answers.h"
#include "gateway/http/openapi_document.h"
#include "gateway/json/calendar_dates.h"

namespace veilig::gateway {
namespace {

// A print takes a few seconds; by then a slot is likely free again.
constexpr int kPrintRetryAfterSeconds = 5;

// A query parameter holding a version number: absent = `fallback`.
absl::StatusOr<int> VersionParam(const httplib::Request& req, const std::string& name,
                                 int fallback) {
  if (!req.has_param(name)) return fallback;
  int version = 0;
  if (!absl::SimpleAtoi(req.get_param_value(name), &version) || version < 0) {
    return FieldError(name, "must be a version number (0 for the draft)");
  }
  return version;
}

constexpr char kGetReport[] = "veilig.report.v1.ReportService/GetProgressReport";
constexpr char kListVersions[] = "veilig.report.v1.ReportService/ListReportVersions";
constexpr char kListPublished[] = "veilig.report.v1.ReportService/ListPublishedReports";
constexpr char kPublish[] = "veilig.report.v1.ReportService/PublishReport";
constexpr char kDiff[] = "veilig.report.v1.ReportService/DiffReports";

}  // namespace

HttpApi::HttpApi(Reports& reports, auth::CallGate& gate, HttpOptions options)
    : reports_(reports),
      gate_(gate),
      options_(std::move(options)),
      server_(options_.tls_cert_file.empty()
                  ? std::make_unique<httplib::Server>()
                  : std::make_unique<httplib::SSLServer>(options_.tls_cert_file.c_str(),
                                                         options_.tls_key_file.c_str())),
      rate_limiter_(options_.rate_limit, options_.rate_burst) {
  Routes();
}

HttpApi::~HttpApi() { Stop(); }

absl::StatusOr<ReportCaller> HttpApi::Caller(const httplib::Request& req,
                                             std::string_view method) const {
  const std::string authorization = req.get_header_value("Authorization");
  if (authorization.empty() && options_.public_reports) {
    const auth::Identity anonymous{"anonymous", {auth::kViewer}, {}};
    const auto entry = auth::AccessTable().find(method);
    if (auto s = auth::Authorize(anonymous, entry->second, "veilig-gateway", method); !s.ok()) {
      return absl::UnauthenticatedError(StrCat(View(s.message()), "; send a bearer token"));
    }
    return ReportCaller{anonymous, "", nullptr};
  }
  auto identity = gate_.Decide(method, authorization);
  if (!identity.ok()) return identity.status();
  return ReportCaller{std::move(*identity), authorization, nullptr};
}

void HttpApi::ServePublished(const httplib::Request& req, httplib::Response& res,
                             const ReportCaller& caller, int version) {
  const std::string municipality = req.matches[1], period = req.matches[2];
  auto cached = published_.Get(municipality, period, version, [&]() -> absl::StatusOr<std::string> {
    auto report = reports_.Get(municipality, period, version, caller);
    if (!report.ok()) return report.status();
    return ToJson(*report);
  });
  if (!cached.ok()) return Problem(res, cached.status(), req.path);
  const bool gzip = AcceptsGzip(req.get_header_value("Accept-Encoding"));
  const std::string& etag = gzip ? (*cached)->gzip_etag : (*cached)->etag;
  res.set_header("ETag", etag);
  res.set_header("Vary", "Accept, Accept-Encoding");
  // A published version never changes; who may see it is checked on every request.
  res.set_header("Cache-Control", options_.public_reports ? "public, max-age=86400, immutable"
                                                          : "private, max-age=86400, immutable");
  if (req.get_header_value("If-None-Match") == etag) {
    res.status = 304;
    return;
  }
  if (gzip) res.set_header("Content-Encoding", "gzip");
  // Written from the cache as it is: copying a report per request cost more
  // than sending it.
  const std::string& body = gzip ? (*cached)->gzip_body : (*cached)->body;
  res.set_content_provider(
      body.size(), kJson,
      [entry = *cached, data = body.data()](size_t offset, size_t length, httplib::DataSink& sink) {
        return sink.write(data + offset, length);
      });
}

std::vector<report::v1::ReportVersion> HttpApi::VersionsOrNone(const httplib::Request& req) {
  auto versions = reports_.Versions(req.matches[1], req.matches[2]);
  return versions.ok() ? std::move(*versions) : std::vector<report::v1::ReportVersion>{};
}

std::optional<HttpApi::PrintSlot> HttpApi::ClaimPrint(const httplib::Request& req,
                                                      httplib::Response& res) {
  if (options_.chromium.empty()) {
    Problem(res,
            absl::UnimplementedError(
                "PDF printing is not configured on this gateway (its --chromium option); ask "
                "for the report as text/html or application/json instead"),
            req.path, 406);
    return std::nullopt;
  }
  if (prints_in_use_.fetch_add(1) >= options_.pdf_concurrency) {
    prints_in_use_.fetch_sub(1);
    res.set_header("Retry-After", std::to_string(kPrintRetryAfterSeconds));
    Problem(res,
            absl::UnavailableError("every PDF printer of this gateway is busy; try again after "
                                   "the Retry-After interval"),
            req.path);
    return std::nullopt;
  }
  return PrintSlot(prints_in_use_);
}

void HttpApi::ServePdf(const httplib::Request& req, httplib::Response& res,
                       const report::v1::ProgressReport& report,
                       const std::vector<report::v1::ReportVersion>& versions) {
  report::ChromiumPdfOptions print;
  print.chromium = options_.chromium;
  print.timeout = std::chrono::milliseconds(options_.pdf_timeout_ms);
  auto pdf = report::PrintHtmlToPdf(report::RenderReportHtml(report, versions), print);
  if (!pdf.ok()) {
    // The browser's own words (paths, its output) are for the operator only.
    spdlog::error("http: printing {} {} as PDF failed: {}", report.municipality(), report.period(),
                  View(pdf.status().message()));
    return Problem(res,
                   pdf.status().code() == absl::StatusCode::kDeadlineExceeded
                       ? absl::DeadlineExceededError(
                             "printing the report as PDF took too long; try again later")
                       : absl::InternalError(
                             "the report could not be printed as PDF; the gateway's log says why"),
                   req.path);
  }
  // The name comes from the report, which the services checked, not from the path.
  std::string file = StrCat("voortgangsrapportage-", report.municipality(), "-", report.period());
  if (report.status() == report::v1::REPORT_STATUS_PUBLISHED) {
    file += StrCat("-v", report.version());
  }
  res.set_header("Content-Disposition", StrCat("inline; filename=\"", file, ".pdf\""));
  res.set_header("Vary", "Accept");
  res.set_content(*pdf, kPdf);
}

void HttpApi::Routes() {
  httplib::Server& s = *server_;
  s.set_payload_max_length(options_.max_body_bytes);
  // A connection serves many requests (the library's default is five, after
  // which the client must connect again), and responses go out without
  // waiting for the previous segment's acknowledgement.
  s.set_keep_alive_max_count(1000);
  s.set_tcp_nodelay(true);
  const int threads = options_.threads;
  s.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };

  // Each client gets its share before any work is done for it.
  s.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (rate_limiter_.Allow(req.remote_addr)) return httplib::Server::HandlerResponse::Unhandled;
    res.set_header("Retry-After", std::to_string(rate_limiter_.RetryAfterSeconds()));
    const absl::Status status = absl::ResourceExhaustedError(
        "too many requests from this client; try again after the Retry-After interval");
    if (AnswersWithProblems(req)) {
      Problem(res, status, req.path);
    } else {
      res.set_content(report::RenderErrorHtml(429, std::string(status.message())), kHtml);
    }
    res.status = 429;
    return httplib::Server::HandlerResponse::Handled;
  });

  s.Get("/api/v1/reports", [this](const httplib::Request& req, httplib::Response& res) {
    if (auto caller = Caller(req, kListPublished); !caller.ok()) {
      return Refuse(res, caller.status(), req);
    }
    auto published = reports_.Published();
    if (!published.ok()) return Problem(res, published.status(), req.path);
    report::v1::ListPublishedReportsResponse response;
    for (auto& p : *published) *response.add_reports() = std::move(p);
    Json(res, response);
  });

  s.Get(R"(/api/v1/reports/([^/]+)/([^/]+))",
        [this](const httplib::Request& req, httplib::Response& res) {
          const bool pdf = WantsPdf(req);
          auto slot = pdf ? ClaimPrint(req, res) : std::nullopt;
          if (pdf && !slot) return;
          auto caller = Caller(req, kGetReport);
          if (!caller.ok()) return Refuse(res, caller.status(), req);
          auto version = VersionParam(req, "version", 0);
          if (!version.ok()) return Problem(res, version.status(), req.path);
          if (*version > 0 && !pdf) return ServePublished(req, res, *caller, *version);
          auto report = reports_.Get(req.matches[1], req.matches[2], *version, *caller);
          if (!report.ok()) return Fail(res, report.status(), req);
          if (pdf) return ServePdf(req, res, *report, VersionsOrNone(req));
          res.set_header("Vary", "Accept");
          Json(res, *report);
        });

  s.Get(R"(/api/v1/reports/([^/]+)/([^/]+)/versions)",
        [this](const httplib::Request& req, httplib::Response& res) {
          if (auto caller = Caller(req, kListVersions); !caller.ok()) {
            return Refuse(res, caller.status(), req);
          }
          auto versions = reports_.Versions(req.matches[1], req.matches[2]);
          if (!versions.ok()) return Problem(res, versions.status(), req.path);
          report::v1::ListReportVersionsResponse response;
          for (auto& v : *versions) *response.add_versions() = std::move(v);
          Json(res, response);
        });

  s.Post(R"(/api/v1/reports/([^/]+)/([^/]+)/versions)",
         [this](const httplib::Request& req, httplib::Response& res) {
           auto caller = Caller(req, kPublish);
           if (!caller.ok()) return Refuse(res, caller.status(), req);
           // A client that may retry sends the same Idempotency-Key each time.
           auto report = reports_.Publish(req.matches[1], req.matches[2], *caller,
                                          req.get_header_value("Idempotency-Key"));
           if (!report.ok()) return Fail(res, report.status(), req);
           res.set_header("Location", StrCat(req.path, "/", report->version()));
           Json(res, *report, 201);
         });

  s.Get(R"(/api/v1/reports/([^/]+)/([^/]+)/versions/([^/]+))", [this](const httplib::Request& req,
                                                                      httplib::Response& res) {
    const bool pdf = WantsPdf(req);
    auto slot = pdf ? ClaimPrint(req, res) : std::nullopt;
    if (pdf && !slot) return;
    auto caller = Caller(req, kGetReport);
    if (!caller.ok()) return Refuse(res, caller.status(), req);
    int version = 0;
    if (!absl::SimpleAtoi(std::string(req.matches[3]), &version) || version < 1) {
      return Problem(res, FieldError("version", "must be a published version number (1, 2, ...)"),
                     req.path);
    }
    if (!pdf) return ServePublished(req, res, *caller, version);
    auto report = reports_.Get(req.matches[1], req.matches[2], version, *caller);
    if (!report.ok()) return Fail(res, report.status(), req);
    ServePdf(req, res, *report, VersionsOrNone(req));
  });

  s.Get(R"(/api/v1/reports/([^/]+)/([^/]+)/differences)",
        [this](const httplib::Request& req, httplib::Response& res) {
          auto caller = Caller(req, kDiff);
          if (!caller.ok()) return Refuse(res, caller.status(), req);
          auto from = VersionParam(req, "fromVersion", -1);
          if (!from.ok()) return Problem(res, from.status(), req.path);
          auto to = VersionParam(req, "toVersion", 0);
          if (!to.ok()) return Problem(res, to.status(), req.path);
          if (*from < 0) {
            return Problem(res, FieldError("fromVersion", "is required"), req.path);
          }
          auto differences = reports_.Diff(req.matches[1], req.matches[2], *from, *to, *caller);
          if (!differences.ok()) return Fail(res, differences.status(), req);
          report::v1::DiffReportsResponse response;
          for (auto& d : *differences) *response.add_differences() = std::move(d);
          Json(res, response);
        });

  s.Get("/api/v1/openapi.json", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(std::string(OpenApiDocument()), kJson);
  });

  s.Get("/rapportages", [this](const httplib::Request& req, httplib::Response& res) {
    if (auto caller = Caller(req, kListPublished); !caller.ok()) {
      return Refuse(res, caller.status(), req);
    }
    auto published = reports_.Published();
    if (!published.ok()) {
      res.status = server::HttpStatusFor(published.status().code());
      return res.set_content(
          report::RenderErrorHtml(res.status, std::string(published.status().message())), kHtml);
    }
    res.set_content(report::RenderIndexHtml(*published), kHtml);
  });

  s.Get(R"(/rapportages/([^/]+)/([^/]+))",
        [this](const httplib::Request& req, httplib::Response& res) {
          const bool pdf = WantsPdf(req);
          auto slot = pdf ? ClaimPrint(req, res) : std::nullopt;
          if (pdf && !slot) return;
          auto caller = Caller(req, kGetReport);
          if (!caller.ok()) return Refuse(res, caller.status(), req);
          auto version = VersionParam(req, "versie", 0);
          if (version.ok() && !req.has_param("versie") &&
              !auth::RequireDraftAccess(caller->identity, std::string(req.matches[1]), "").ok()) {
            // Who may not read the draft reads the latest published version.
            auto versions = reports_.Versions(req.matches[1], req.matches[2]);
            if (versions.ok() && !versions->empty()) version = versions->back().version();
          }
          absl::StatusOr<report::v1::ProgressReport> report =
              version.ok() ? reports_.Get(req.matches[1], req.matches[2], *version, *caller)
                           : absl::StatusOr<report::v1::ProgressReport>(version.status());
          if (!report.ok()) return Fail(res, report.status(), req);
          if (pdf) return ServePdf(req, res, *report, VersionsOrNone(req));
          res.set_header("Vary", "Accept");
          res.set_content(report::RenderReportHtml(*report, VersionsOrNone(req)), kHtml);
        });

  s.Options(R"(/api/v1/.*)",
            [](const httplib::Request&, httplib::Response& res) { res.status = 204; });

  // Errors httplib raises itself (unknown path, unreadable request, body too
  // large) get the same problem details as the handlers' own errors.
  s.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;  // a handler already wrote its problem
    const absl::Status status =
        res.status == 413   ? absl::ResourceExhaustedError("the request body is too large")
        : res.status == 404 ? absl::NotFoundError(StrCat("no resource at ", req.path))
        : res.status == 405 ? absl::UnimplementedError(StrCat(req.method, " is not allowed here"))
                            : absl::InvalidArgumentError(
                                  "the request could not be read; a POST needs a Content-Length "
                                  "header, also when it has no body");
    const int http = res.status;
    if (AnswersWithProblems(req)) {
      Problem(res, status, req.path);
      res.status = http;
    } else {
      res.set_content(report::RenderErrorHtml(http, std::string(status.message())), kHtml);
    }
  });

  s.set_post_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (IsApi(req)) res.set_header("API-Version", kApiVersion);
    const std::string origin = req.get_header_value("Origin");
    if (!origin.empty() && options_.cors_origins.contains(origin)) {
      res.set_header("Access-Control-Allow-Origin", origin);
      res.set_header("Vary", "Origin");
      res.set_header("Access-Control-Expose-Headers", "API-Version, Location");
      if (req.method == "OPTIONS") {
        res.set_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        res.set_header("Access-Control-Allow-Headers", "Authorization, Content-Type");
        res.set_header("Access-Control-Max-Age", "600");
      }
    }
  });
}

absl::Status HttpApi::Start() {
  if (!server_->is_valid()) {
    return absl::InvalidArgumentError(
        StrCat("cannot serve HTTPS with ", options_.tls_cert_file, " and ", options_.tls_key_file));
  }
  // cpp-httplib shares the port with any other process by default
  // (SO_REUSEPORT); a gateway started twice must fail instead. SO_REUSEADDR
  // still lets a restarted gateway bind while old connections time out.
  server_->set_socket_options([](socket_t socket) {
    const int yes = 1;
    setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });
  bound_port_ = options_.port == 0
                    ? server_->bind_to_any_port(options_.host)
                    : (server_->bind_to_port(options_.host, options_.port) ? options_.port : -1);
  if (bound_port_ < 0) {
    return absl::UnavailableError(
        StrCat("cannot serve HTTP on ", options_.host, ":", options_.port));
  }
  thread_ = std::thread([this] { server_->listen_after_bind(); });
  spdlog::info("serving {} on {}:{}", options_.tls_cert_file.empty() ? "HTTP" : "HTTPS",
               options_.host, bound_port_);
  return absl::OkStatus();
}

void HttpApi::Stop() {
  if (server_) server_->stop();
  if (thread_.joinable()) thread_.join();
}

}  // namespace veilig::gateway
