// The gateway's HTTP API and HTML report, over real HTTP.
#include <gtest/gtest.h>
#include <httplib.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "tests/support/call_context.h"
#include "tests/support/imported_suite.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"

namespace veilig::testing {
namespace {

class HttpApiTest : public ImportedSuiteFixture {
 protected:
  static httplib::Client Client() {
    httplib::Client client("127.0.0.1", suite_->endpoint("gateway").http_port);
    client.set_read_timeout(10);
    client.set_bearer_token_auth(suite_->admin_token());
    return client;
  }

  static void Upsert(const std::string& service, const theme::v1::UpsertThemeDataRequest& request) {
    auto stub = theme::v1::ThemeService::NewStub(suite_->Channel(service));
    grpc::ClientContext context;
    SetTestDeadline(context);
    theme::v1::UpsertThemeDataResponse response;
    ASSERT_TRUE(stub->UpsertThemeData(&context, request, &response).ok());
  }

  static void SetBurglaryCount(int64_t count) {
    theme::v1::UpsertThemeDataRequest request;
    auto* o = request.add_observations();
    o->set_indicator("woninginbraak");
    o->set_area("GM0034");
    o->set_period("2019H1");
    o->set_count(count);
    Upsert("veilige-wijken", request);
  }

  static size_t Count(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
  }
};

// Calendar dates are ISO text over HTTP (NLGov), google.type.Date over gRPC.
TEST_F(HttpApiTest, DatesAreIsoTextInTheJsonReport) {
  auto res = Client().Get("/api/v1/reports/GM0034/2019H1");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  EXPECT_NE(res->body.find(R"("decidedOn":"2019-03-12")"), std::string::npos);
  EXPECT_NE(res->body.find(R"("date":"2019-06-24")"), std::string::npos);
  EXPECT_EQ(res->body.find(R"({"year":)"), std::string::npos);
}

TEST_F(HttpApiTest, TheDraftAsCanonicalJsonWithTheApiVersion) {
  auto client = Client();
  auto res = client.Get("/api/v1/reports/GM0034/2019H1");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
  EXPECT_EQ(res->get_header_value("API-Version"), "1.0.0");
  EXPECT_NE(res->body.find(R"("municipalityName":"Almere")"), std::string::npos);
  EXPECT_NE(res->body.find(R"("status":"REPORT_STATUS_DRAFT")"), std::string::npos);
  EXPECT_NE(res->body.find(R"("rateRounded":6.3)"), std::string::npos);
  EXPECT_NE(res->body.find("daalde van 6,3 in de eerste helft van 2017 naar"), std::string::npos);
}

TEST_F(HttpApiTest, ErrorsAreProblemDetailsWithTheGrpcCode) {
  auto client = Client();
  auto res = client.Get("/api/v1/reports/GM0034/2019H3");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/problem+json");
  EXPECT_NE(res->body.find(R"("status":400)"), std::string::npos);
  EXPECT_NE(res->body.find(R"("title":"Bad Request")"), std::string::npos);
  EXPECT_NE(res->body.find(R"("detail":"period: )"), std::string::npos);
  EXPECT_NE(res->body.find(R"("code":"INVALID_ARGUMENT")"), std::string::npos);

  res = client.Get("/api/v1/reports/GM0034/2030H1");  // a period without any figure
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
  EXPECT_NE(res->body.find(R"("code":"NOT_FOUND")"), std::string::npos);

  res = client.Get("/api/v1/reports/GM9999/2019H1");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);

  res = client.Get("/api/v1/reports/GM0034/2019H1/");  // no trailing slashes
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/problem+json");

  res = client.Get("/api/v1/reports/GM0034/2019H1/versions/9");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);

  res = client.Get("/api/v1/reports/GM0034/2019H1?version=twee");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_NE(res->body.find(R"("detail":"version: )"), std::string::npos);
}

TEST_F(HttpApiTest, CorsPreflightForAConfiguredOriginOnly) {
  auto client = Client();
  auto res = client.Options(
      "/api/v1/reports/GM0034/2019H1",
      {{"Origin", "https://frontend.example"}, {"Access-Control-Request-Method", "GET"}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 204);
  EXPECT_EQ(res->get_header_value("Access-Control-Allow-Origin"), "https://frontend.example");
  EXPECT_NE(res->get_header_value("Access-Control-Allow-Methods").find("GET"), std::string::npos);

  res = client.Options("/api/v1/reports/GM0034/2019H1", {{"Origin", "https://elders.example"}});
  ASSERT_TRUE(res);
  EXPECT_FALSE(res->has_header("Access-Control-Allow-Origin"));
  res = client.Get("/api/v1/reports", {{"Origin", "https://frontend.example"}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->get_header_value("Access-Control-Allow-Origin"), "https://frontend.example");
}

TEST_F(HttpApiTest, APublishedVersionNeverChangesAndTheDiffNamesTheCorrection) {
  auto client = Client();
  auto published = client.Post("/api/v1/reports/GM0034/2019H1/versions", "", "application/json");
  ASSERT_TRUE(published);
  ASSERT_EQ(published->status, 201) << published->body;
  const std::string location = published->get_header_value("Location");
  ASSERT_TRUE(std::regex_match(location, std::regex("/api/v1/reports/GM0034/2019H1/versions/\\d+")))
      << location;
  const auto frozen = client.Get(location);
  ASSERT_TRUE(frozen);
  ASSERT_EQ(frozen->status, 200);
  EXPECT_NE(frozen->body.find(R"("status":"REPORT_STATUS_PUBLISHED")"), std::string::npos);

  SetBurglaryCount(351);  // a correction after publication
  const auto again = client.Get(location);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->body, frozen->body);  // unchanged, byte for byte
  const auto draft = client.Get("/api/v1/reports/GM0034/2019H1");
  EXPECT_NE(draft->body.find(R"("count":"351")"), std::string::npos);

  const std::string version = location.substr(location.rfind('/') + 1);
  const auto diff = client.Get("/api/v1/reports/GM0034/2019H1/differences?fromVersion=" + version);
  ASSERT_TRUE(diff);
  ASSERT_EQ(diff->status, 200) << diff->body;
  EXPECT_NE(
      diff->body.find(
          R"("location":"Woninginbraken / Almere / 2019H1 / aantal","fromValue":"350","toValue":"351")"),
      std::string::npos)
      << diff->body;
  // The rate rounds to 4,3 either way: the diff lists what a reader sees change,
  // which includes the composite that sums burglaries.
  EXPECT_EQ(Count(diff->body, "Woninginbraken / Almere / 2019H1"), 1u);
  EXPECT_NE(diff->body.find(R"(2019H1 / aantal","fromValue":"405","toValue":"406")"),
            std::string::npos);

  const auto next = client.Post("/api/v1/reports/GM0034/2019H1/versions", "", "application/json");
  ASSERT_TRUE(next);
  EXPECT_EQ(next->status, 201);
  EXPECT_NE(next->get_header_value("Location"), location);
  const auto versions = client.Get("/api/v1/reports/GM0034/2019H1/versions");
  EXPECT_GE(Count(versions->body, R"("version":)"), 2u);
  SetBurglaryCount(350);
}

TEST_F(HttpApiTest, TheHtmlReportHasAChartPerIndicatorAndEscapesData) {
  theme::v1::UpsertThemeDataRequest request;
  request.set_parent("municipalities/GM0034");
  auto* a = request.add_activities();
  a->set_theme(common::v1::THEME_CRISISBEHEERSING);
  a->set_topic("Evenementen");
  a->set_period("2019H1");
  a->set_quantity(1);
  a->set_unit("test");
  a->set_description("<script>alert('x')</script> & \"quotes\"");
  Upsert("crisisbeheersing", request);

  auto client = Client();
  auto res = client.Get("/rapportages/GM0034/2019H1");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/html; charset=utf-8");
  const std::string& html = res->body;
  EXPECT_TRUE(html.starts_with("<!DOCTYPE html>"));
  EXPECT_NE(html.find("<html lang=\"nl\">"), std::string::npos);
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"),
            std::string::npos);
  // 14 indicators, each with a chart in a wide and a narrow variant.
  EXPECT_EQ(Count(html, "<svg class=\"chart chart-wide\""), 14u);
  EXPECT_EQ(Count(html, "<svg class=\"chart chart-narrow\""), 14u);
  // Burglary is a rate: the three areas' rates as lines on one axis, no bars.
  const size_t burglary = html.find("<title id=\"grafiek-2-wide-title\">Woninginbraken</title>");
  ASSERT_NE(burglary, std::string::npos);
  const std::string burglary_chart =
      html.substr(burglary, html.find("</svg>", burglary) - burglary);
  EXPECT_EQ(Count(burglary_chart, "<g class=\"series\">"), 3u);
  EXPECT_EQ(burglary_chart.find("<g class=\"bars\">"), std::string::npos);
  const size_t legend = burglary_chart.find("<g class=\"legend\"");
  ASSERT_NE(legend, std::string::npos);
  EXPECT_NE(burglary_chart.find("Politie-eenheid Midden-Nederland", legend), std::string::npos);
  EXPECT_NE(burglary_chart.find("G10/100.000+ gemeenten", legend), std::string::npos);
  // High impact crimes is a count: the municipality's five half years as bars.
  const size_t crimes = html.find("-wide-title\">High impact crimes");
  ASSERT_NE(crimes, std::string::npos);
  const size_t bars = html.find("<g class=\"bars\">", crimes);
  const std::string bar_group = html.substr(bars, html.find("</g>", bars) - bars);
  EXPECT_EQ(Count(bar_group, "<rect "), 5u);
  // Tag balance as a cheap well-formedness check of the generated markup.
  // Every table scrolls sideways in a named region of its own, never the page.
  EXPECT_EQ(Count(html, "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\""),
            Count(html, "<table>"));
  for (const std::string tag :
       {"section", "table", "figure", "svg", "g", "tr", "p", "main", "div"}) {
    EXPECT_EQ(Count(html, "<" + tag + ">") + Count(html, "<" + tag + " "),
              Count(html, "</" + tag + ">"))
        << tag;
  }
  auto index = client.Get("/rapportages");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
}

// This suite's gateway runs without --chromium: a PDF is refused as not
// acceptable, in problem details, before any work is done; the HTML and JSON
// are still there and say they vary by Accept. Printing itself is tested in
// pdf_report_test.cc.
TEST_F(HttpApiTest, WithoutChromiumAPdfIsNotAcceptable) {
  auto client = Client();
  for (const char* path : {"/rapportages/GM0034/2019H1", "/api/v1/reports/GM0034/2019H1",
                           "/api/v1/reports/GM0034/2019H1/versions/1"}) {
    auto res = client.Get(path, {{"Accept", "application/pdf"}});
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 406) << path;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/problem+json") << path;
    EXPECT_NE(res->body.find(R"("status":406)"), std::string::npos) << res->body;
    EXPECT_NE(res->body.find(R"("title":"Not Acceptable")"), std::string::npos) << res->body;
    EXPECT_NE(res->body.find("PDF printing is not configured"), std::string::npos) << res->body;
  }
  auto html = client.Get("/rapportages/GM0034/2019H1",
                         {{"Accept", "text/html,application/xhtml+xml,*/*;q=0.8"}});
  ASSERT_TRUE(html);
  EXPECT_EQ(html->status, 200);
  EXPECT_EQ(html->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(html->get_header_value("Vary"), "Accept");
  auto json = client.Get("/api/v1/reports/GM0034/2019H1", {{"Accept", "application/json"}});
  ASSERT_TRUE(json);
  EXPECT_EQ(json->status, 200);
  EXPECT_EQ(json->get_header_value("Content-Type"), "application/json");
}

TEST_F(HttpApiTest, OversizedBodiesAreRefused) {
  auto client = Client();
  const std::string body(size_t{2} * 1024 * 1024, 'x');
  auto res = client.Post("/api/v1/reports/GM0034/2019H1/versions", body, "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
}

TEST_F(HttpApiTest, TheOpenApiDocumentIsServedAsKeptInDocs) {
  auto client = Client();
  auto res = client.Get("/api/v1/openapi.json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  std::ifstream in(VEILIG_OPENAPI_FILE);
  std::stringstream kept;
  kept << in.rdbuf();
  EXPECT_EQ(res->body, kept.str());
}

}  // namespace
}  // namespace veilig::testing
