// Who may do what, against running servers: the whole matrix of roles x
// every RPC of every server, drafts hidden from viewers on every route,
// the audit trail, and hostile input stored verbatim and escaped in HTML.
#include <google/protobuf/descriptor.h>
#include <google/protobuf/util/json_util.h>
#include <gtest/gtest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>

#include "common/auth/tokens.h"
#include "common/domain/resource_name.h"
#include "tests/support/call_context.h"
#include "tests/support/imported_suite.h"
#include "tests/support/rpc_matrix.h"
#include "veilig/audit/v1/audit_service.grpc.pb.h"
#include "veilig/crisisbeheersing/v1/crisisbeheersing_service.grpc.pb.h"
#include "veilig/ondermijning/v1/ondermijning_service.grpc.pb.h"
#include "veilig/report/v1/report_service.grpc.pb.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"
#include "veilig/veiligewijken/v1/veilige_wijken_service.grpc.pb.h"
#include "veilig/zorgveiligheid/v1/zorg_veiligheid_service.grpc.pb.h"

namespace veilig::testing {
namespace {

class AuthorizationTest : public ImportedSuiteFixture {
 protected:
  static void SetUpTestSuite() {
    ImportedSuiteFixture::SetUpTestSuite();
    auto published = suite_->Ctl({"publish", "--municipality=GM0034", "--period=2019H1"});
    ASSERT_EQ(published.exit_code, 0) << published.output;
  }

  static std::string TokenFor(const std::string& role) {
    return role.empty() ? "" : suite_->Token({role}, "user-" + role);
  }

  static httplib::Client Http(const std::string& token) {
    httplib::Client client("127.0.0.1", suite_->endpoint("gateway").http_port);
    client.set_read_timeout(10);
    if (!token.empty()) client.set_bearer_token_auth(token);
    return client;
  }

  static grpc::Status GetReport(const std::string& token, int version,
                                report::v1::ProgressReport* report) {
    auto stub = report::v1::ReportService::NewStub(suite_->ChannelAs("gateway", token));
    grpc::ClientContext context;
    SetTestDeadline(context);
    report::v1::GetProgressReportRequest request;
    request.set_name(version > 0 ? VersionResourceName("GM0034", "2019H1", version)
                                 : ReportResourceName("GM0034", "2019H1"));
    return stub->GetProgressReport(&context, request, report);
  }
};

TEST_F(AuthorizationTest, EveryRoleAgainstEveryRpcOfEveryServer) {
  const std::vector<std::string> roles = {
      "", "viewer", "editor:veilige-wijken", "editor:ondermijning", "publisher", "admin"};
  int cells = 0;
  for (const std::string server :
       {"gateway", "veilige-wijken", "ondermijning", "zorg-veiligheid", "crisisbeheersing"}) {
    for (const auto& role : roles) {
      auto channel = suite_->ChannelAs(server, TokenFor(role));
      for (const auto& method : MethodsOfServer(server)) {
        const grpc::StatusCode code = CallWithEmptyRequest(channel, method);
        ++cells;
        if (role.empty() && !Expected(role, server, method)) {
          EXPECT_EQ(code, grpc::StatusCode::UNAUTHENTICATED) << server << method;
        } else if (Expected(role, server, method)) {
          EXPECT_NE(code, grpc::StatusCode::UNAUTHENTICATED) << role << " " << server << method;
          EXPECT_NE(code, grpc::StatusCode::PERMISSION_DENIED) << role << " " << server << method;
        } else {
          EXPECT_EQ(code, grpc::StatusCode::PERMISSION_DENIED) << role << " " << server << method;
        }
      }
    }
  }
  EXPECT_GT(cells, 6 * 50);
}

TEST_F(AuthorizationTest, ATokenWithoutMunicipalitiesActsForNone) {
  const std::string token = suite_->Token({"admin"}, "nobodys-admin", {});
  auto stub =
      veiligewijken::v1::VeiligeWijkenService::NewStub(suite_->ChannelAs("veilige-wijken", token));
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
  veiligewijken::v1::ListMeasuresRequest request;
  request.set_parent("municipalities/GM0034");
  veiligewijken::v1::ListMeasuresResponse response;
  EXPECT_EQ(stub->ListMeasures(&context, request, &response).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  // Published reports stay readable.
  report::v1::ProgressReport report;
  EXPECT_TRUE(GetReport(token, 1, &report).ok());
}

TEST_F(AuthorizationTest, EveryRoleAgainstEveryHttpRoute) {
  struct Route {
    std::string method, path;
    // Who gets in: "all" roles, "draft" (editors, publisher, admin), "publish".
    std::string who;
  };
  const std::vector<Route> routes = {
      {"GET", "/api/v1/reports", "all"},
      {"GET", "/api/v1/reports/GM0034/2019H1?version=1", "all"},
      {"GET", "/api/v1/reports/GM0034/2019H1/versions/1", "all"},
      {"GET", "/api/v1/reports/GM0034/2019H1/versions", "all"},
      {"GET", "/api/v1/reports/GM0034/2019H1/differences?fromVersion=1&toVersion=1", "all"},
      {"GET", "/rapportages", "all"},
      {"GET", "/rapportages/GM0034/2019H1?versie=1", "all"},
      {"GET", "/api/v1/reports/GM0034/2019H1", "draft"},
      {"GET", "/api/v1/reports/GM0034/2019H1/differences?fromVersion=1", "draft"},
      {"GET", "/rapportages/GM0034/2019H1?versie=0", "draft"},
      {"POST", "/api/v1/reports/GM0034/2019H1/versions", "publish"},
      // Another municipality's draft and publication: nobody of Almere's.
      {"GET", "/api/v1/reports/GM0995/2019H1", "none"},
      {"GET", "/rapportages/GM0995/2019H1?versie=0", "none"},
      {"POST", "/api/v1/reports/GM0995/2019H1/versions", "none"},
  };
  for (const std::string role : {"", "viewer", "editor:crisisbeheersing", "publisher", "admin"}) {
    auto http = Http(TokenFor(role));
    for (const auto& route : routes) {
      auto res = route.method == "GET" ? http.Get(route.path)
                                       : http.Post(route.path, "", "application/json");
      ASSERT_TRUE(res) << route.path;
      const bool draft_reader = !role.empty() && role != "viewer";
      const bool allowed = route.who == "all"       ? !role.empty()
                           : route.who == "draft"   ? draft_reader
                           : route.who == "publish" ? role == "publisher" || role == "admin"
                                                    : false;
      const int expected = role.empty() ? 401 : !allowed ? 403 : route.method == "POST" ? 201 : 200;
      EXPECT_EQ(res->status, expected) << "'" << role << "' " << route.method << " " << route.path;
    }
  }
}

TEST_F(AuthorizationTest, PublishedVersionsCarryAStrongETagAndAnswer304) {
  auto http = Http(TokenFor("viewer"));
  auto first = http.Get("/api/v1/reports/GM0034/2019H1/versions/1");
  ASSERT_TRUE(first);
  ASSERT_EQ(first->status, 200);
  const std::string etag = first->get_header_value("ETag");
  EXPECT_EQ(etag.rfind("\"v1-", 0), 0u) << etag;
  EXPECT_NE(first->get_header_value("Cache-Control").find("immutable"), std::string::npos);
  auto same = http.Get("/api/v1/reports/GM0034/2019H1?version=1");
  ASSERT_TRUE(same);
  EXPECT_EQ(same->get_header_value("ETag"), etag);
  EXPECT_EQ(same->body, first->body);
  auto unchanged = http.Get("/api/v1/reports/GM0034/2019H1/versions/1", {{"If-None-Match", etag}});
  ASSERT_TRUE(unchanged);
  EXPECT_EQ(unchanged->status, 304);
  EXPECT_TRUE(unchanged->body.empty());
  // The cache never lets anyone in: without a token it is still 401.
  auto anonymous = Http("").Get("/api/v1/reports/GM0034/2019H1/versions/1");
  ASSERT_TRUE(anonymous);
  EXPECT_EQ(anonymous->status, 401);
}

TEST_F(AuthorizationTest, PublishedVersionsAreSentGzippedToClientsThatAcceptIt) {
  auto http = Http(TokenFor("viewer"));
  auto identity =
      http.Get("/api/v1/reports/GM0034/2019H1/versions/1", {{"Accept-Encoding", "identity"}});
  ASSERT_TRUE(identity);
  ASSERT_EQ(identity->status, 200);
  EXPECT_FALSE(identity->has_header("Content-Encoding"));
  EXPECT_EQ(identity->get_header_value("Content-Length"), std::to_string(identity->body.size()));

  http.set_decompress(false);
  auto gzip = http.Get("/api/v1/reports/GM0034/2019H1/versions/1",
                       {{"Accept-Encoding", "br;q=1.0, gzip;q=0.8"}});
  ASSERT_TRUE(gzip);
  ASSERT_EQ(gzip->status, 200);
  EXPECT_EQ(gzip->get_header_value("Content-Encoding"), "gzip");
  EXPECT_EQ(gzip->get_header_value("Content-Type"), "application/json");
  EXPECT_NE(gzip->get_header_value("Vary").find("Accept-Encoding"), std::string::npos);
  // Compressed once: the same bytes each time, much smaller than the JSON.
  ASSERT_GT(gzip->body.size(), 2u);
  EXPECT_EQ(static_cast<unsigned char>(gzip->body[0]), 0x1f);
  EXPECT_EQ(static_cast<unsigned char>(gzip->body[1]), 0x8b);
  EXPECT_LT(gzip->body.size(), identity->body.size() / 4);
  // Each representation has its own strong validator.
  const std::string etag = gzip->get_header_value("ETag");
  EXPECT_NE(etag, identity->get_header_value("ETag"));
  auto unchanged = http.Get("/api/v1/reports/GM0034/2019H1/versions/1",
                            {{"Accept-Encoding", "gzip"}, {"If-None-Match", etag}});
  ASSERT_TRUE(unchanged);
  EXPECT_EQ(unchanged->status, 304);

  http.set_decompress(true);
  auto decoded =
      http.Get("/api/v1/reports/GM0034/2019H1/versions/1", {{"Accept-Encoding", "gzip"}});
  ASSERT_TRUE(decoded);
  EXPECT_EQ(decoded->body, identity->body);
}

TEST_F(AuthorizationTest, BadTokensAreUnauthenticated) {
  auth::TokenClaims expired;
  expired.subject = "old";
  expired.roles = {"admin"};
  expired.lifetime = std::chrono::seconds(-3600);
  auth::TokenClaims wrong_audience;
  wrong_audience.subject = "elsewhere";
  wrong_audience.roles = {"admin"};
  wrong_audience.audience = "another-app";
  auto secret = auth::ReadKeyFile(suite_->secret_file().string());
  ASSERT_TRUE(secret.ok());
  const std::vector<std::string> tokens = {
      *auth::IssueToken(expired, *secret), *auth::IssueToken(wrong_audience, *secret),
      *auth::IssueToken(wrong_audience, "a-different-secret-of-at-least-32-bytes"), "garbage"};
  for (const auto& token : tokens) {
    report::v1::ProgressReport report;
    EXPECT_EQ(GetReport(token, 1, &report).error_code(), grpc::StatusCode::UNAUTHENTICATED);
    auto res = Http(token).Get("/api/v1/reports/GM0034/2019H1?version=1");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 401);
    EXPECT_EQ(res->get_header_value("WWW-Authenticate"), R"(Bearer realm="veilig")");
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/problem+json");
  }
  auto anonymous = Http("").Get("/rapportages");
  ASSERT_TRUE(anonymous);
  EXPECT_EQ(anonymous->status, 401);
}

TEST_F(AuthorizationTest, AViewerNeverSeesADraftOnAnyRoute) {
  const std::string viewer = TokenFor("viewer");
  report::v1::ProgressReport report;
  EXPECT_EQ(GetReport(viewer, 0, &report).error_code(), grpc::StatusCode::PERMISSION_DENIED);
  ASSERT_TRUE(GetReport(viewer, 1, &report).ok());
  EXPECT_EQ(report.version(), 1);

  auto stub = report::v1::ReportService::NewStub(suite_->ChannelAs("gateway", viewer));
  for (auto [from, to, allowed] : {std::tuple{1, 0, false}, {0, 1, false}, {1, 1, true}}) {
    grpc::ClientContext context;
    SetTestDeadline(context);
    report::v1::DiffReportsRequest request;
    request.set_name(ReportResourceName("GM0034", "2019H1"));
    request.set_from_version(from);
    request.set_to_version(to);
    report::v1::DiffReportsResponse response;
    const auto status = stub->DiffReports(&context, request, &response);
    EXPECT_EQ(status.ok(), allowed) << from << ".." << to;
    if (!allowed) {
      EXPECT_EQ(status.error_code(), grpc::StatusCode::PERMISSION_DENIED);
    }
  }

  auto http = Http(viewer);
  for (const std::string path :
       {"/api/v1/reports/GM0034/2019H1", "/api/v1/reports/GM0034/2019H1?version=0",
        "/api/v1/reports/GM0034/2019H1/differences?fromVersion=1",
        "/rapportages/GM0034/2019H1?versie=0"}) {
    auto res = http.Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 403) << path;
    EXPECT_NE(res->body.find("editor"), std::string::npos) << path << ": " << res->body;
  }
  for (const std::string path :
       {"/api/v1/reports/GM0034/2019H1?version=1", "/api/v1/reports/GM0034/2019H1/versions/1",
        "/api/v1/reports/GM0034/2019H1/versions", "/api/v1/reports", "/rapportages"}) {
    auto res = http.Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 200) << path;
  }
  // The HTML report shows a viewer the latest published version, never the draft.
  auto page = http.Get("/rapportages/GM0034/2019H1");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->body.find("Concept"), std::string::npos);
  auto editor_page = Http(TokenFor("editor:zorg-veiligheid")).Get("/rapportages/GM0034/2019H1");
  ASSERT_TRUE(editor_page);
  EXPECT_NE(editor_page->body.find("Concept"), std::string::npos);
}

TEST_F(AuthorizationTest, TheGatewayForwardsTheCallerSoTheThemeServicesDecideToo) {
  // An editor of one theme reads the whole draft: every theme service let the
  // forwarded token in.
  report::v1::ProgressReport report;
  ASSERT_TRUE(GetReport(TokenFor("editor:ondermijning"), 0, &report).ok());
  EXPECT_TRUE(report.unreachable().empty());
  EXPECT_EQ(report.sections_size(), 4);
  EXPECT_EQ(report.version(), 0);
}

TEST_F(AuthorizationTest, PublishingOverHttpNeedsThePublisherRole) {
  auto editor = Http(TokenFor("editor:veilige-wijken"))
                    .Post("/api/v1/reports/GM0034/2019H1/versions", "", "application/json");
  ASSERT_TRUE(editor);
  EXPECT_EQ(editor->status, 403);
  EXPECT_NE(editor->body.find("publisher"), std::string::npos);
  auto publisher = Http(TokenFor("publisher"))
                       .Post("/api/v1/reports/GM0034/2019H1/versions", "", "application/json");
  ASSERT_TRUE(publisher);
  EXPECT_EQ(publisher->status, 201) << publisher->body;
}

TEST_F(AuthorizationTest, WritesAreAuditedWithWhoWhatAndOutcome) {
  theme::v1::UpsertThemeDataRequest request;
  request.set_parent("municipalities/GM0034");
  auto* activity = request.add_activities();
  activity->set_theme(common::v1::THEME_VEILIGE_WIJKEN);
  activity->set_topic("1.1 High impact crimes");
  activity->set_period("2019H1");
  activity->set_quantity(2);
  activity->set_unit("bijeenkomsten");
  activity->set_description("Buurtbijeenkomst");
  for (const std::string role : {"editor:veilige-wijken", "viewer"}) {
    auto stub = theme::v1::ThemeService::NewStub(
        suite_->ChannelAs("veilige-wijken", suite_->Token({role}, "auditee-" + role)));
    grpc::ClientContext context;
    SetTestDeadline(context);
    theme::v1::UpsertThemeDataResponse response;
    (void)stub->UpsertThemeData(&context, request, &response);
  }
  auto audit = audit::v1::AuditService::NewStub(suite_->Channel("veilige-wijken"));
  grpc::ClientContext context;
  SetTestDeadline(context);
  audit::v1::ListAuditEventsRequest list;
  list.set_parent("municipalities/GM0034");
  list.set_page_size(1000);
  audit::v1::ListAuditEventsResponse events;
  ASSERT_TRUE(audit->ListAuditEvents(&context, list, &events).ok());
  std::map<std::string, std::set<std::string>> outcomes_by_subject;
  for (const auto& e : events.events()) {
    if (e.method() == "veilig.theme.v1.ThemeService/UpsertThemeData") {
      outcomes_by_subject[e.subject()].insert(e.outcome());
      EXPECT_TRUE(e.has_time());
      EXPECT_EQ(e.municipality(), "GM0034");
    }
  }
  using Outcomes = std::set<std::string>;
  EXPECT_EQ(outcomes_by_subject["auditee-editor:veilige-wijken"], Outcomes{"OK"});
  EXPECT_EQ(outcomes_by_subject["auditee-viewer"], Outcomes{"PERMISSION_DENIED"});
  EXPECT_TRUE(outcomes_by_subject["test-admin"].contains("OK"));  // the suite's import

  auto listed = suite_->Ctl({"audit", "--municipality=GM0034", "--subject=auditee-viewer"});
  EXPECT_EQ(listed.exit_code, 0) << listed.output;
  EXPECT_NE(listed.output.find("PERMISSION_DENIED"), std::string::npos) << listed.output;
  auto refused =
      suite_->Ctl({"audit", "--municipality=GM0034", "--token=" + TokenFor("publisher")});
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_NE(refused.output.find("needs admin"), std::string::npos) << refused.output;
}

TEST_F(AuthorizationTest, HostileTextIsStoredVerbatimAndEscapedInHtml) {
  const std::string hostile = "<script>alert('x')</script>'); DROP TABLE activities; --";
  theme::v1::UpsertThemeDataRequest request;
  request.set_parent("municipalities/GM0034");
  auto* activity = request.add_activities();
  activity->set_theme(common::v1::THEME_VEILIGE_WIJKEN);
  activity->set_topic("1.1 High impact crimes");
  activity->set_period("2019H1");
  activity->set_quantity(1);
  activity->set_unit("keer");
  activity->set_description(hostile);
  auto stub = theme::v1::ThemeService::NewStub(suite_->Channel("veilige-wijken"));
  grpc::ClientContext context;
  SetTestDeadline(context);
  theme::v1::UpsertThemeDataResponse response;
  ASSERT_TRUE(stub->UpsertThemeData(&context, request, &response).ok());

  auto http = Http(suite_->admin_token());
  auto json = http.Get("/api/v1/reports/GM0034/2019H1");
  ASSERT_TRUE(json);
  ASSERT_EQ(json->status, 200);
  // Read as any HTTP client reads it.
  const auto report = nlohmann::json::parse(json->body);
  bool found = false;
  for (const auto& topic : report.at("sections").at(0).at("topics")) {
    for (const auto& a : topic.value("activities", nlohmann::json::array())) {
      found = found || a.value("description", "") == hostile;
    }
  }
  EXPECT_TRUE(found);
  auto html = http.Get("/rapportages/GM0034/2019H1");
  ASSERT_TRUE(html);
  EXPECT_EQ(html->body.find("<script>alert"), std::string::npos);
  EXPECT_NE(html->body.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), std::string::npos);
}

TEST_F(AuthorizationTest, OversizedMessagesAndBodiesAreRefused) {
  theme::v1::UpsertThemeDataRequest request;
  request.add_activities()->set_description(std::string(17 << 20, 'x'));  // over 16 MiB
  auto stub = theme::v1::ThemeService::NewStub(suite_->Channel("veilige-wijken"));
  grpc::ClientContext context;
  SetTestDeadline(context);
  theme::v1::UpsertThemeDataResponse response;
  EXPECT_EQ(stub->UpsertThemeData(&context, request, &response).error_code(),
            grpc::StatusCode::RESOURCE_EXHAUSTED);
  auto res = Http(TokenFor("publisher"))
                 .Post("/api/v1/reports/GM0034/2019H1/versions", std::string(2 << 20, '{'),
                       "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
}

TEST(RateLimitTest, AClientBeyondItsShareGets429WithRetryAfter) {
  Suite suite;
  suite.AddServerArgs("gateway",
                      {"--http-rate-limit=0.5", "--http-rate-burst=3", "--public-reports"});
  suite.Start("gateway");
  ASSERT_TRUE(suite.WaitUntilServing());
  httplib::Client client("127.0.0.1", suite.endpoint("gateway").http_port);
  std::vector<int> statuses;
  for (int i = 0; i < 5; ++i) {
    auto res = client.Get("/api/v1/reports");
    ASSERT_TRUE(res);
    statuses.push_back(res->status);
    if (res->status == 429) {
      EXPECT_EQ(res->get_header_value("Retry-After"), "2");
      EXPECT_EQ(res->get_header_value("Content-Type"), "application/problem+json");
    }
  }
  EXPECT_EQ(statuses, (std::vector<int>{200, 200, 200, 429, 429}));
}

// With published reports open to all, a request without any credentials for
// something that needs them is asked for them (401), not refused (403).
TEST(PublicReportsTest, ADraftAskedForWithoutCredentialsGets401WithAChallenge) {
  Suite suite;
  suite.AddServerArgs("gateway", {"--public-reports"});
  suite.Start("gateway");
  ASSERT_TRUE(suite.WaitUntilServing());
  httplib::Client client("127.0.0.1", suite.endpoint("gateway").http_port);
  client.set_read_timeout(10);
  for (const std::string path :
       {"/api/v1/reports/GM0034/2019H1", "/rapportages/GM0034/2019H1?versie=0"}) {
    auto res = client.Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 401) << path;
    EXPECT_EQ(res->get_header_value("WWW-Authenticate"), R"(Bearer realm="veilig")") << path;
  }
  auto published = client.Get("/api/v1/reports");
  ASSERT_TRUE(published);
  EXPECT_EQ(published->status, 200);
}

}  // namespace
}  // namespace veilig::testing
