// How the gateway's HTTP routes answer: JSON in the API's mapping, RFC 9457
// problem details for a program, an error page for a person.
#pragma once

#include <google/protobuf/message.h>

#include <string>

#include "absl/status/status.h"

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace veilig::gateway {

inline constexpr char kJson[] = "application/json";
inline constexpr char kProblemJson[] = "application/problem+json";
inline constexpr char kHtml[] = "text/html; charset=utf-8";
inline constexpr char kPdf[] = "application/pdf";

// The message as the HTTP API writes it: protobuf's JSON mapping, with
// calendar dates as ISO text.
std::string ToJson(const google::protobuf::Message& message);

// An RFC 9457 problem details body, with the gRPC code as an extension member.
// `http` replaces the status the code maps to, for the few answers (406) that
// no gRPC code stands for.
void Problem(httplib::Response& res, const absl::Status& status, const std::string& instance,
             int http = 0);

void Json(httplib::Response& res, const google::protobuf::Message& message, int status = 200);

bool IsApi(const httplib::Request& req);

// A report route asked for its PDF instead of its JSON or HTML.
bool WantsPdf(const httplib::Request& req);

// Errors are problem details for the API and for a PDF, which a program asked
// for; a person reading HTML gets an error page.
bool AnswersWithProblems(const httplib::Request& req);

// A refused request: 401 with a Bearer challenge, or 403.
void Refuse(httplib::Response& res, const absl::Status& status, const httplib::Request& req);

// A failed request, as problem details (API) or an error page (HTML). A
// request sent without any credentials that needed some is answered 401 with
// a challenge: sending a token may help, which a 403 would deny.
void Fail(httplib::Response& res, absl::Status status, const httplib::Request& req);

}  // namespace veilig::gateway
