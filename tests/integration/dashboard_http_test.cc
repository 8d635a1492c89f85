// The dashboard over real HTTP: its pages, their CSV downloads and JSON twins
// for the worked example's published report and invented buurt figures, and
// a clear error for every bad parameter.
#include <google/protobuf/util/json_util.h>
#include <gtest/gtest.h>
#include <httplib.h>

#include <numeric>

#include "gateway/json/calendar_dates.h"
#include "tests/support/call_context.h"
#include "tests/support/imported_suite.h"
#include "veilig/report/v1/dashboard.pb.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"

namespace veilig::testing {
namespace {

namespace cv1 = common::v1;

class DashboardHttpTest : public ImportedSuiteFixture {
 protected:
  static void SetUpTestSuite() {
    ImportedSuiteFixture::SetUpTestSuite();
    const auto published = suite_->Ctl({"publish", "--municipality=GM0034", "--period=2019H1"});
    ASSERT_EQ(published.exit_code, 0) << published.output;
    // The map and area pages mark only signals already worked out; the
    // signals page waits for them.
    auto worked_out = Viewer().Get("/api/v1/municipalities/GM0034/signals");
    ASSERT_TRUE(worked_out);
    ASSERT_EQ(worked_out->status, 200) << worked_out->body;
  }

  static httplib::Client Client(const std::string& token) {
    httplib::Client client("127.0.0.1", suite_->endpoint("gateway").http_port);
    client.set_read_timeout(10);
    if (!token.empty()) client.set_bearer_token_auth(token);
    return client;
  }
  static httplib::Client Viewer() { return Client(suite_->Token({"viewer"})); }

  // The HTTP API writes calendar dates as ISO text; the proto JSON parser
  // wants google.type.Date's object form, which the gateway's own reverse
  // mapping gives back.
  template <typename Message>
  static bool FromJson(const std::string& json, Message* message) {
    auto objects = gateway::DatesAsObjects(json, Message::descriptor());
    return objects.ok() && google::protobuf::util::JsonStringToMessage(*objects, message).ok();
  }

  static std::vector<std::string> Lines(const std::string& text) {
    std::vector<std::string> lines;
    size_t start = 0;
    for (size_t end = text.find("\r\n"); end != std::string::npos;
         start = end + 2, end = text.find("\r\n", start)) {
      lines.push_back(text.substr(start, end - start));
    }
    return lines;
  }
};

TEST_F(DashboardHttpTest, TheMapAsJsonHasEveryWijkTheirClassesAndTheirSources) {
  auto res = Viewer().Get(
      "/api/v1/municipalities/GM0034/area-figures?indicator=woninginbraak&period=2019H1");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(res->get_header_value("API-Version"), "1.0.0");
  report::v1::AreaMap map;
  ASSERT_TRUE(FromJson(res->body, &map)) << res->body;
  EXPECT_EQ(map.whole().area(), "GM0034");
  EXPECT_EQ(map.whole().current().count(), 350);
  ASSERT_EQ(map.parts_size(), 6);
  int64_t sum = 0;
  for (const auto& part : map.parts()) {
    sum += part.current().count();
    EXPECT_GE(part.rate_class(), 1) << part.area();
    EXPECT_LE(part.rate_class(), map.classes_size()) << part.area();
  }
  EXPECT_EQ(sum, 350);
  EXPECT_LE(map.classes_size(), 5);
  EXPECT_EQ(map.division_year(), 2019);
  EXPECT_EQ(map.attribution(), "Kadaster / CBS, 2019");
  EXPECT_EQ(map.signals(), report::v1::SIGNALS_STATE_MARKED);
  // Almere Buiten's planted rise: the top class, rising while the city falls.
  const auto& buiten = map.parts(2);
  EXPECT_EQ(buiten.area(), "WK003403");
  EXPECT_EQ(buiten.rate_class(), map.classes_size());
  EXPECT_GT(buiten.change_percent(), 0);
  EXPECT_LT(map.whole().change_percent(), 0);
  // Its signal in March is marked, and the run of months from March the
  // CUSUM finds (still above its reference value in June); no other wijk has
  // one.
  for (const auto& part : map.parts()) {
    if (part.area() == "WK003403") {
      EXPECT_EQ(
          std::vector<std::string>(part.signal_periods().begin(), part.signal_periods().end()),
          (std::vector<std::string>{"2019M03", "2019M04", "2019M05", "2019M06"}));
    } else {
      EXPECT_EQ(part.signal_periods_size(), 0) << part.area();
    }
  }
  EXPECT_TRUE(std::any_of(map.notes().begin(), map.notes().end(), [](const auto& note) {
    return note.text().find("verzonnen") != std::string::npos;
  }));
}

TEST_F(DashboardHttpTest, TheMapsCsvIsTheTableInDutchExcelOrRfc4180) {
  const std::string page = "/dashboard/GM0034/kaart?indicator=woninginbraak&periode=2019H1";
  auto dutch = Viewer().Get(page + "&formaat=csv");
  ASSERT_TRUE(dutch);
  ASSERT_EQ(dutch->status, 200) << dutch->body;
  EXPECT_EQ(dutch->get_header_value("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_NE(dutch->get_header_value("Content-Disposition").find("attachment"), std::string::npos);
  ASSERT_TRUE(
      dutch->body.starts_with("\xEF\xBB\xBF"
                              "Code;Wijk;Periode;Aantal;Per 1.000 woningen;"))
      << dutch->body.substr(0, 120);
  const auto lines = Lines(dutch->body);
  ASSERT_EQ(lines.size(), 1u + 6 + 1);  // header, the wijken, the city
  EXPECT_TRUE(lines[3].starts_with("WK003403;Wijk 03 Almere Buiten;2019H1;158;6,8;")) << lines[3];
  // Its signals' months.
  EXPECT_NE(lines[3].find(";2019M03 2019M04 2019M05 2019M06;"), std::string::npos) << lines[3];
  EXPECT_NE(lines[0].find(";Signaal;"), std::string::npos) << lines[0];
  EXPECT_TRUE(lines[7].starts_with("GM0034;Almere;2019H1;350;4,3;-18;;")) << lines[7];
  EXPECT_NE(lines[7].find("verzonnen"), std::string::npos);

  auto rfc = Viewer().Get(page + "&formaat=csv&scheiding=komma&sorteer=aantal&richting=af");
  ASSERT_TRUE(rfc);
  ASSERT_EQ(rfc->status, 200) << rfc->body;
  EXPECT_TRUE(rfc->body.starts_with("Code,Wijk,Periode,Aantal,")) << rfc->body.substr(0, 80);
  const auto sorted = Lines(rfc->body);
  // Sorted as the table: the most burglaries first, the city last.
  EXPECT_TRUE(sorted[1].starts_with("WK003403,Wijk 03 Almere Buiten,2019H1,158,6.8,")) << sorted[1];
  EXPECT_TRUE(sorted[7].starts_with("GM0034,")) << sorted[7];
}

// The survey indicator's editions and margins, in words on the front page
// and with their statistics in the JSON.
TEST_F(DashboardHttpTest, TheSurveyIsJudgedOnItsMarginsInWordsAndInJson) {
  auto page = Viewer().Get("/dashboard/GM0034");
  ASSERT_TRUE(page);
  ASSERT_EQ(page->status, 200) << page->body;
  EXPECT_NE(page->body.find("Uit enquêtes"), std::string::npos);
  EXPECT_NE(page->body.find("groter dan de marges van beide metingen: een echte daling."),
            std::string::npos);
  EXPECT_NE(page->body.find("zijn verzonnen voor de demonstratie van Veilig"), std::string::npos);
  EXPECT_NE(page->body.find("Enquête: CBS Veiligheidsmonitor."), std::string::npos);

  auto json = Viewer().Get("/api/v1/municipalities/GM0034/dashboard");
  ASSERT_TRUE(json);
  ASSERT_EQ(json->status, 200) << json->body;
  report::v1::DashboardOverview overview;
  ASSERT_TRUE(FromJson(json->body, &overview)) << json->body.substr(0, 300);
  ASSERT_EQ(overview.surveys_size(), 1);
  const auto& survey = overview.surveys(0);
  EXPECT_EQ(survey.indicator().unit(), cv1::UNIT_PERCENT);
  ASSERT_EQ(survey.comparisons_size(), 2);
  EXPECT_TRUE(survey.comparisons(0).beyond_margins());
  EXPECT_NEAR(survey.comparisons(0).z(), -2.3508, 1e-4);
  EXPECT_FALSE(survey.comparisons(1).beyond_margins());
  EXPECT_FALSE(survey.narrative().empty());
  // Not an indicator with half years: no card and no map.
  for (const auto& summary : overview.indicators()) {
    EXPECT_NE(summary.indicator().unit(), cv1::UNIT_PERCENT) << summary.indicator().id();
  }
}

TEST_F(DashboardHttpTest, PagesRenderTheirFiguresAndLinkOn) {
  auto overview = Viewer().Get("/dashboard/GM0034");
  ASSERT_TRUE(overview);
  ASSERT_EQ(overview->status, 200) << overview->body;
  EXPECT_NE(overview->body.find("Dashboard veiligheid Almere"), std::string::npos);
  EXPECT_NE(overview->body.find("kaart?indicator=woninginbraak&amp;periode=2019H1"),
            std::string::npos);

  auto buurten = Viewer().Get("/dashboard/GM0034/kaart?indicator=fietsdiefstal&gebied=WK003401");
  ASSERT_TRUE(buurten);
  ASSERT_EQ(buurten->status, 200) << buurten->body;
  EXPECT_NE(buurten->body.find("Fietsdiefstallen per buurt, Wijk 01 Almere Haven"),
            std::string::npos);
  EXPECT_NE(buurten->body.find("/dashboard/GM0034/gebied/BU00340101"), std::string::npos);

  auto buurt = Viewer().Get("/dashboard/GM0034/gebied/BU00340101");
  ASSERT_TRUE(buurt);
  ASSERT_EQ(buurt->status, 200) << buurt->body;
  EXPECT_NE(buurt->body.find("Centrum Almere Haven (buurt)"), std::string::npos);
  EXPECT_NE(buurt->body.find("Buurt in Wijk 01 Almere Haven"), std::string::npos);

  auto profile = Viewer().Get("/api/v1/municipalities/GM0034/areas/WK003403");
  ASSERT_TRUE(profile);
  ASSERT_EQ(profile->status, 200) << profile->body;
  report::v1::AreaProfile parsed;
  ASSERT_TRUE(FromJson(profile->body, &parsed)) << profile->body.substr(0, 300);
  EXPECT_EQ(parsed.area().name(), "Wijk 03 Almere Buiten");
  ASSERT_GE(parsed.indicators_size(), 8);
  const auto& first = parsed.indicators(0);
  EXPECT_EQ(first.months().points_size(), 30);  // 2017M01 .. 2019M06
  ASSERT_GE(first.half_years_size(), 2);
  EXPECT_EQ(first.half_years(0).area(), "WK003403");
  EXPECT_EQ(first.half_years(1).area(), "GM0034");

  // The half years the page works out from the months are the service's own.
  for (const auto& one : parsed.indicators()) {
    theme::v1::ListAreaFiguresRequest request;
    request.set_area("WK003403");
    request.set_indicator(one.indicator().id());
    request.set_from_period("2017H1");
    request.set_to_period("2019H1");
    theme::v1::ListAreaFiguresResponse direct;
    auto stub = theme::v1::ThemeService::NewStub(suite_->Channel("veilige-wijken"));
    grpc::ClientContext context;
    SetTestDeadline(context);
    ASSERT_TRUE(stub->ListAreaFigures(&context, request, &direct).ok()) << one.indicator().id();
    const auto& shown = one.half_years(0);
    ASSERT_EQ(shown.points_size(), direct.whole().points_size()) << one.indicator().id();
    for (int i = 0; i < shown.points_size(); ++i) {
      const auto& a = shown.points(i);
      const auto& b = direct.whole().points(i);
      EXPECT_EQ(a.period(), b.period());
      EXPECT_EQ(a.count(), b.count()) << one.indicator().id() << " " << a.period();
      EXPECT_EQ(a.denominator(), b.denominator()) << one.indicator().id() << " " << a.period();
      EXPECT_DOUBLE_EQ(a.rate(), b.rate()) << one.indicator().id() << " " << a.period();
      EXPECT_EQ(a.complete(), b.complete());
    }
  }

  auto css = Client("").Get("/dashboard/stijl/nlds.css");
  ASSERT_TRUE(css);
  EXPECT_EQ(css->status, 200);
  EXPECT_NE(css->body.find(".utrecht-table"), std::string::npos);
  EXPECT_NE(css->body.find(".voorbeeld-theme"), std::string::npos);
}

// The BBV policy indicators: whole years only (2019 has its first half), the
// country beside the city, worked out from counts and populations, and kept
// out of the progress report.
TEST_F(DashboardHttpTest, ThePrescribedIndicatorsAreWholeYearsBesideNederland) {
  auto json = Viewer().Get("/api/v1/municipalities/GM0034/bbv-indicators");
  ASSERT_TRUE(json);
  ASSERT_EQ(json->status, 200) << json->body;
  report::v1::PrescribedIndicators prescribed;
  ASSERT_TRUE(FromJson(json->body, &prescribed)) << json->body.substr(0, 300);
  ASSERT_EQ(prescribed.years_size(), 2);
  EXPECT_EQ(prescribed.years(0), "2017");
  EXPECT_EQ(prescribed.years(1), "2018");
  ASSERT_EQ(prescribed.indicators_size(), 5);
  std::map<std::string, const report::v1::PrescribedIndicatorYears*> by_id;
  for (const auto& one : prescribed.indicators()) {
    by_id[one.indicator().id()] = &one;
    ASSERT_EQ(one.municipality().points_size(), 2) << one.indicator().id();
    ASSERT_TRUE(one.has_country()) << one.indicator().id();
    EXPECT_EQ(one.country().area_name(), "Nederland");
    EXPECT_TRUE(std::any_of(one.notes().begin(), one.notes().end(), [](const auto& note) {
      return note.text().find("verzonnen") != std::string::npos;
    })) << one.indicator().id();
  }
  // 2018: 350 + 365 shoplifting in Almere per 204,500 inhabitants, 28,400 +
  // 29,900 in Nederland per 17,181,100 (observations.csv, denominators.csv).
  const auto& shoplifting = *by_id.at("bbv_winkeldiefstal");
  EXPECT_EQ(shoplifting.municipality().points(1).count(), 715);
  EXPECT_DOUBLE_EQ(shoplifting.municipality().points(1).rate_rounded(), 3.5);
  EXPECT_EQ(shoplifting.country().points(1).count(), 58300);
  EXPECT_DOUBLE_EQ(shoplifting.country().points(1).rate_rounded(), 3.4);
  // Burglary from homes is the plan's burglary count, per inhabitant
  // instead of per dwelling: 420 + 455 in 2018.
  const auto& burglary = *by_id.at("bbv_diefstal_uit_woning");
  EXPECT_EQ(burglary.municipality().points(1).count(), 875);
  EXPECT_EQ(burglary.municipality().points(1).denominator(), 204500);
  // Halt per 1,000 residents aged 12 to 17: 220 of 15,700.
  const auto& halt = *by_id.at("bbv_verwijzingen_halt");
  EXPECT_EQ(halt.municipality().points(1).denominator(), 15700);
  EXPECT_DOUBLE_EQ(halt.municipality().points(1).rate_rounded(), 14.0);

  auto page = Viewer().Get("/dashboard/GM0034/bbv");
  ASSERT_TRUE(page);
  ASSERT_EQ(page->status, 200) << page->body;
  EXPECT_NE(page->body.find("Beleidsindicatoren 2018: Almere en Nederland"), std::string::npos);
  EXPECT_NE(page->body.find("Verwijzingen Halt"), std::string::npos);
  EXPECT_NE(page->body.find("verzonnen"), std::string::npos);
  // The note on the invented figures per wijk and buurt is not about these.
  EXPECT_EQ(page->body.find("per wijk en buurt"), std::string::npos);
  EXPECT_EQ(json->body.find("areas-below:"), std::string::npos);
  EXPECT_EQ(page->body.find("2019"), std::string::npos) << "a half year shown as a year";

  auto csv = Viewer().Get("/dashboard/GM0034/bbv?formaat=csv");
  ASSERT_TRUE(csv);
  ASSERT_EQ(csv->status, 200) << csv->body;
  const auto lines = Lines(csv->body);
  ASSERT_EQ(lines.size(), 1u + 5 * 2 * 2);  // header; 5 indicators x 2 areas x 2 years
  EXPECT_EQ(lines[0],
            "\xEF\xBB\xBFIndicator;Eenheid;Jaar;Code;Gebied;Aantal;Per 1.000;Toelichting");
  EXPECT_TRUE(std::any_of(lines.begin(), lines.end(), [](const std::string& line) {
    return line.starts_with("Winkeldiefstallen;per 1.000 inwoners;2018;NL01;Nederland;58300;3,4;");
  })) << csv->body;

  // The progress report, and so the dashboard's front page, leaves them out.
  auto overview = Viewer().Get("/api/v1/municipalities/GM0034/dashboard");
  ASSERT_TRUE(overview);
  ASSERT_EQ(overview->status, 200);
  EXPECT_EQ(overview->body.find("bbv_"), std::string::npos);
  auto front = Viewer().Get("/dashboard/GM0034");
  ASSERT_TRUE(front);
  EXPECT_NE(front->body.find("href=\"/dashboard/GM0034/bbv\""), std::string::npos);
}

// The worked example's planted rise (burglary in Almere Buiten, March to May
// 2019, at three times its usual share) is found, for burglary and for the
// high impact crimes it is part of, and nothing else in any wijk or buurt:
// a month of the wijk, its run of months, its half year against earlier
// ones, and any hot spot among its buurten. The draft report's
// summary says so.
TEST_F(DashboardHttpTest, TheSignalsFindThePlantedRiseAndNothingElse) {
  auto json = Viewer().Get("/api/v1/municipalities/GM0034/signals");
  ASSERT_TRUE(json);
  ASSERT_EQ(json->status, 200) << json->body;
  report::v1::SignalsOverview overview;
  ASSERT_TRUE(FromJson(json->body, &overview)) << json->body.substr(0, 300);
  EXPECT_EQ(overview.period(), "2019H1");
  EXPECT_GE(overview.indicators_size(), 8);
  // 6 wijken and 66 buurten, 6 months, 8 indicators with figures per area
  // (fewer where a history is too short).
  EXPECT_GT(overview.tests(), 2000);
  std::map<std::string, std::vector<std::string>> components;
  for (const auto& indicator : overview.indicators()) {
    components[indicator.id()] = {indicator.components().begin(), indicator.components().end()};
  }
  ASSERT_GE(overview.signals_size(), 1) << json->body;
  EXPECT_EQ(overview.signals(0).indicator(), "woninginbraak");
  for (const auto& signal : overview.signals()) {
    const auto& parts = components[signal.indicator()];
    EXPECT_TRUE(signal.indicator() == "woninginbraak" ||
                std::find(parts.begin(), parts.end(), "woninginbraak") != parts.end())
        << signal.indicator();
    EXPECT_LE(signal.adjusted_p_value(), 0.05);
    EXPECT_EQ(signal.parameters().min_count(), 5);
    EXPECT_GE(signal.observed(), 5);
    if (signal.method() == cv1::SIGNAL_METHOD_GETIS_ORD_GI_STAR) {
      EXPECT_TRUE(signal.area().starts_with("BU003403")) << signal.area();
      EXPECT_EQ(signal.period(), "2019H1");
      EXPECT_GT(signal.z_score(), 0);
      EXPECT_GT(signal.neighbourhood_rate(), signal.mean_rate());
      EXPECT_GT(signal.neighbours_size(), 0);
      EXPECT_EQ(signal.parameters().weights(), cv1::NEIGHBOUR_WEIGHTS_QUEEN_CONTIGUITY);
      continue;
    }
    if (signal.method() == cv1::SIGNAL_METHOD_POISSON_CUSUM) {
      // The run begins with the planted rise (or just before it).
      EXPECT_EQ(signal.area(), "WK003403");
      EXPECT_TRUE(signal.run_start() >= "2019M02" && signal.run_start() <= "2019M03")
          << signal.run_start();
      EXPECT_TRUE(signal.period() >= "2019M05" && signal.period() <= "2019M06") << signal.period();
      EXPECT_GT(static_cast<double>(signal.observed()), signal.expected());
      EXPECT_DOUBLE_EQ(signal.parameters().cusum_shift(), 1.5);
      continue;
    }
    if (signal.method() == cv1::SIGNAL_METHOD_EXACT_RATE_COMPARISON) {
      EXPECT_TRUE(signal.area() == "WK003403" || signal.area().starts_with("BU003403"))
          << signal.area();
      EXPECT_EQ(signal.period(), "2019H1");
      EXPECT_TRUE(signal.comparison_period() == "2018H1" || signal.comparison_period() == "2017H1")
          << signal.comparison_period();
      EXPECT_GT(static_cast<double>(signal.observed()), signal.expected());
      continue;
    }
    EXPECT_EQ(signal.method(), cv1::SIGNAL_METHOD_FARRINGTON_FLEXIBLE);
    EXPECT_EQ(signal.area(), "WK003403");
    EXPECT_TRUE(signal.period() >= "2019M03" && signal.period() <= "2019M05") << signal.period();
    EXPECT_GT(static_cast<double>(signal.observed()), signal.upper_limit());
  }
  // Once worked out, the signals are in the draft's summary too.
  auto draft =
      Client(suite_->Token({"editor:veilige-wijken"})).Get("/rapportages/GM0034/2019H1?versie=0");
  ASSERT_TRUE(draft);
  ASSERT_EQ(draft->status, 200) << draft->body.substr(0, 300);
  const size_t summary = draft->body.find("id=\"signalen\">Signalen</h3>");
  ASSERT_NE(summary, std::string::npos);
  EXPECT_NE(draft->body.find("In de wijken en buurten zijn in deze periode " +
                                 std::to_string(overview.signals_size()) + " signalen gevonden",
                             summary),
            std::string::npos);
  EXPECT_NE(draft->body.find("Woninginbraken in Wijk 03 Almere Buiten, maart 2019: ", summary),
            std::string::npos);

  auto page = Viewer().Get("/dashboard/GM0034/signalen");
  ASSERT_TRUE(page);
  ASSERT_EQ(page->status, 200) << page->body;
  EXPECT_NE(page->body.find("Woninginbraken in Wijk 03 Almere Buiten, maart 2019: "),
            std::string::npos);
  EXPECT_NE(page->body.find("Hoe berekend"), std::string::npos);
  // The half year against the plan's baseline, in words.
  EXPECT_NE(page->body.find("Woninginbraken in Wijk 03 Almere Buiten, eerste helft van 2019 "
                            "tegenover eerste helft van 2017: 158 geregistreerd tegen 140 toen"),
            std::string::npos);
  EXPECT_NE(page->body.find("href=\"/dashboard/GM0034/gebied/WK003403\""), std::string::npos);

  // The map marks it by outline, marker and words; the wijk's page says it
  // first; another wijk's page does not.
  auto map = Viewer().Get("/dashboard/GM0034/kaart?indicator=woninginbraak&periode=2019M03");
  ASSERT_TRUE(map);
  ASSERT_EQ(map->status, 200);
  EXPECT_NE(map->body.find("; signaal in maart 2019</title>"), std::string::npos);
  EXPECT_NE(map->body.find("class=\"veilig-signal-marker\""), std::string::npos);
  EXPECT_NE(map->body.find("signaal: meer gestegen dan toeval verklaart"), std::string::npos);
  // A hot spot is marked on its wijk's map of the half year, apart from a rise.
  for (const auto& signal : overview.signals()) {
    if (signal.method() != cv1::SIGNAL_METHOD_GETIS_ORD_GI_STAR) continue;
    auto buurten = Viewer().Get("/dashboard/GM0034/kaart?indicator=" + signal.indicator() +
                                "&periode=2019H1&gebied=WK003403");
    ASSERT_TRUE(buurten);
    ASSERT_EQ(buurten->status, 200);
    EXPECT_NE(buurten->body.find(signal.area_name() + ": "), std::string::npos);
    EXPECT_NE(buurten->body.find("; brandpunt</title>"), std::string::npos);
    EXPECT_NE(buurten->body.find("class=\"veilig-hot-spot-marker\""), std::string::npos);
    EXPECT_NE(buurten->body.find("brandpunt: met de buren samen hoger"), std::string::npos);
  }
  // April lies in the run of months; January in none.
  auto april = Viewer().Get("/dashboard/GM0034/kaart?indicator=woninginbraak&periode=2019M04");
  ASSERT_TRUE(april);
  EXPECT_NE(april->body.find("veilig-signal-marker"), std::string::npos);
  auto january = Viewer().Get("/dashboard/GM0034/kaart?indicator=woninginbraak&periode=2019M01");
  ASSERT_TRUE(january);
  EXPECT_EQ(january->body.find("veilig-signal-marker"), std::string::npos);
  auto buiten = Viewer().Get("/dashboard/GM0034/gebied/WK003403");
  ASSERT_TRUE(buiten);
  EXPECT_NE(buiten->body.find("Signaal: hoger of meer gestegen dan toeval verklaart."),
            std::string::npos);
  EXPECT_NE(buiten->body.find("Woninginbraken in Wijk 03 Almere Buiten, maart 2019"),
            std::string::npos);
  // Its half year against a year earlier, with the chance of such a rise.
  EXPECT_NE(buiten->body.find("Tegenover de 1e helft 2018: 158 tegen "), std::string::npos);
  EXPECT_NE(buiten->body.find("komt bij toeval voor met een kans van"), std::string::npos);
  auto haven = Viewer().Get("/dashboard/GM0034/gebied/WK003401");
  ASSERT_TRUE(haven);
  EXPECT_EQ(haven->body.find("Signaal:"), std::string::npos);

  auto csv = Viewer().Get("/dashboard/GM0034/signalen?formaat=csv&scheiding=komma");
  ASSERT_TRUE(csv);
  ASSERT_EQ(csv->status, 200);
  const auto lines = Lines(csv->body);
  ASSERT_EQ(lines.size(), 1u + overview.signals_size()) << csv->body;
  EXPECT_TRUE(lines[1].starts_with("Woninginbraken,WK003403,Wijk 03 Almere Buiten,2019M03,"))
      << lines[1];

  // Straight from the service, for one indicator.
  theme::v1::ListAreaSignalsRequest request;
  request.set_area("GM0034");
  request.set_period("2019H1");
  request.set_indicator("fietsdiefstal");
  theme::v1::ListAreaSignalsResponse response;
  auto anonymous = theme::v1::ThemeService::NewStub(suite_->ChannelAs("veilige-wijken", ""));
  grpc::ClientContext context;
  SetTestDeadline(context);
  const auto status = anonymous->ListAreaSignals(&context, request, &response);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(response.signals_size(), 0);
  // Every wijk and buurt in each of the 6 months and for its run of them,
  // but those without enough history; and each for hot spots (but those with
  // too few dwellings) and against a year earlier and the baseline.
  EXPECT_LE(response.tests(), (6 + 66) * (6 + 1 + 1 + 2));
  EXPECT_GT(response.tests(), (6 + 66) * 6 * 9 / 10);
  request.set_period("2019M03");
  grpc::ClientContext bad;
  SetTestDeadline(bad);
  const auto refused = anonymous->ListAreaSignals(&bad, request, &response);
  EXPECT_EQ(refused.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(refused.error_message().find("period"), std::string::npos);
}

TEST_F(DashboardHttpTest, BadParametersAreNamedAndNothingIsGuessed) {
  const auto problem = [](const std::string& path, int status, const std::string& detail) {
    auto res = Viewer().Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, status) << path << ": " << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/problem+json") << path;
    EXPECT_NE(res->body.find(R"("detail":")" + detail), std::string::npos) << path << res->body;
  };
  const std::string api = "/api/v1/municipalities/";
  problem(api + "GM34/dashboard", 400, "municipality:");
  problem(api + "GM0034/area-figures?period=2019Q3", 400, "period:");
  problem(api + "GM0034/area-figures?area=WK036301", 400, "area:");
  problem(api + "GM0034/area-figures?indicator=Woninginbraak", 400, "indicator:");
  problem(api + "GM0034/area-figures?indicator=bestaat_niet", 404, "indicator 'bestaat_niet'");
  problem(api + "GM0034/areas/GM0034", 400, "area:");
  problem(api + "GM0363/dashboard", 404, "municipality GM0363 has no published");
  problem(api + "GM34/bbv-indicators", 400, "municipality:");
  problem(api + "GM0363/bbv-indicators", 404, "municipality GM0363 has no published");

  // A person gets an error page naming the parameter as the page spells it.
  auto page = Viewer().Get("/dashboard/GM0034/kaart?periode=2019Q3");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 400);
  EXPECT_NE(page->get_header_value("Content-Type").find("text/html"), std::string::npos);
  EXPECT_NE(page->body.find("periode:"), std::string::npos) << page->body;
  auto format = Viewer().Get("/dashboard/GM0034?formaat=xlsx");
  ASSERT_TRUE(format);
  EXPECT_EQ(format->status, 400);
  EXPECT_NE(format->body.find("formaat:"), std::string::npos);

  // Like a published report: without a token only on a public gateway.
  auto anonymous = Client("").Get("/dashboard/GM0034");
  ASSERT_TRUE(anonymous);
  EXPECT_EQ(anonymous->status, 401);
}

}  // namespace
}  // namespace veilig::testing
