#include "gateway/http/http_answers.h"

#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>
#include <httplib.h>
#include <spdlog/spdlog.h>

#include "common/domain/strings.h"
#include "common/report/html/html_report.h"
#include "common/server/http_status.h"
#include "gateway/http/content_coding.h"
#include "gateway/json/calendar_dates.h"

namespace veilig::gateway {

// The message as the HTTP API writes it: protobuf's JSON mapping, with
// calendar dates as ISO text.
std::string ToJson(const google::protobuf::Message& message) {
  std::string json;
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = false;
  if (auto s = google::protobuf::util::MessageToJsonString(message, &json, options); !s.ok()) {
    // Only a message with invalid UTF-8 fails here; the services refuse such text.
    spdlog::error("http: cannot write {} as JSON: {}", message.GetTypeName(), s.ToString());
    return "{}";
  }
  auto with_dates = DatesAsIsoText(json, message.GetDescriptor());
  return with_dates.ok() ? *with_dates : json;
}

// An RFC 9457 problem details body, with the gRPC code as an extension member.
// `http` replaces the status the code maps to, for the few answers (406) that
// no gRPC code stands for.
void Problem(httplib::Response& res, const absl::Status& status, const std::string& instance,
             int http) {
  if (http == 0) http = server::HttpStatusFor(status.code());
  google::protobuf::Struct problem;
  auto& fields = *problem.mutable_fields();
  fields["type"].set_string_value("about:blank");
  fields["title"].set_string_value(std::string(server::HttpReason(http)));
  fields["status"].set_number_value(http);
  fields["detail"].set_string_value(std::string(status.message()));
  fields["instance"].set_string_value(instance);
  fields["code"].set_string_value(std::string(server::StatusCodeName(status.code())));
  res.status = http;
  res.set_content(ToJson(problem), kProblemJson);
}

void Json(httplib::Response& res, const google::protobuf::Message& message, int status) {
  res.status = status;
  res.set_content(ToJson(message), kJson);
}

bool IsApi(const httplib::Request& req) { return req.path.starts_with("/api/"); }

// A report route asked for its PDF instead of its JSON or HTML.
bool WantsPdf(const httplib::Request& req) {
  return PrefersMediaType(req.get_header_value("Accept"), kPdf,
                          IsApi(req) ? "application/json" : "text/html");
}

// Errors are problem details for the API and for a PDF, which a program asked
// for; a person reading HTML gets an error page.
bool AnswersWithProblems(const httplib::Request& req) { return IsApi(req) || WantsPdf(req); }

// A refused request: 401 with a Bearer challenge, or 403.
void Refuse(httplib::Response& res, const absl::Status& status, const httplib::Request& req) {
  if (status.code() == absl::StatusCode::kUnauthenticated) {
    res.set_header("WWW-Authenticate", R"(Bearer realm="veilig")");
  }
  if (AnswersWithProblems(req)) return Problem(res, status, req.path);
  res.status = server::HttpStatusFor(status.code());
  res.set_content(report::RenderErrorHtml(res.status, std::string(status.message())), kHtml);
}

// A failed request, as problem details (API) or an error page (HTML). A
// request sent without any credentials that needed some is answered 401 with
// a challenge: sending a token may help, which a 403 would deny.
void Fail(httplib::Response& res, absl::Status status, const httplib::Request& req) {
  if (status.code() == absl::StatusCode::kPermissionDenied &&
      req.get_header_value("Authorization").empty()) {
    status = absl::UnauthenticatedError(StrCat(View(status.message()), "; send a bearer token"));
  }
  if (status.code() == absl::StatusCode::kPermissionDenied ||
      status.code() == absl::StatusCode::kUnauthenticated) {
    return Refuse(res, status, req);
  }
  if (AnswersWithProblems(req)) return Problem(res, status, req.path);
  res.status = server::HttpStatusFor(status.code());
  res.set_content(report::RenderErrorHtml(res.status, std::string(status.message())), kHtml);
}

}  // namespace veilig::gateway
