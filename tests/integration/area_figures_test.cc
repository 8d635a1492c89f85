// Areas below the municipality end to end: the worked example brings CBS's
// own boundary files of Almere's wijken and buurten and invented monthly
// figures per buurt (2017-2019 H1); veiligctl imports a boundary file on its
// own too. Anyone reads the outlines and the figures per wijk and buurt, a
// wijk summing its buurten when it has no figure of its own.
#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "tests/support/call_context.h"
#include "tests/support/imported_suite.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"

namespace veilig::testing {
namespace {

namespace cv1 = common::v1;

class AreaFiguresTest : public ImportedSuiteFixture {
 protected:
  static void SetUpTestSuite() {
    ImportedSuiteFixture::SetUpTestSuite();
    for (const char* file : {"wijken_GM0034_2019.geojson", "buurten_GM0034_2019.geojson"}) {
      auto imported = suite_->Ctl({"import", std::string(VEILIG_CBS_DIR) + "/" + file});
      ASSERT_EQ(imported.exit_code, 0) << imported.output;
      ASSERT_NE(imported.output.find("crisisbeheersing:"), std::string::npos) << imported.output;
    }
    // Past the worked example's months: burglaries in January 2020 in every
    // buurt of Almere Haven (all but two of them none), in February in two of
    // them only, and one figure for the whole of Almere Stad in January.
    theme::v1::UpsertThemeDataRequest figures;
    const auto observe = [&figures](const std::string& area, const std::string& period, int count) {
      cv1::Observation* o = figures.add_observations();
      o->set_indicator("woninginbraak");
      o->set_area(area);
      o->set_period(period);
      o->set_count(count);
    };
    for (const char* buurt :
         {"BU00340103", "BU00340104", "BU00340105", "BU00340106", "BU00340107", "BU00340108",
          "BU00340109", "BU00340110", "BU00340171", "BU00340173", "BU00340199"}) {
      observe(buurt, "2020M01", 0);
    }
    observe("BU00340101", "2020M01", 3);
    observe("BU00340102", "2020M01", 4);
    observe("BU00340101", "2020M02", 1);
    observe("BU00340102", "2020M02", 2);
    observe("WK003402", "2020M01", 11);
    auto stub = theme::v1::ThemeService::NewStub(suite_->Channel("veilige-wijken"));
    theme::v1::UpsertThemeDataResponse written;
    const grpc::Status status = stub->UpsertThemeData(CallContext().get(), figures, &written);
    ASSERT_TRUE(status.ok()) << status.error_message();
  }

  static std::unique_ptr<theme::v1::ThemeService::Stub> AsViewer(const std::string& service) {
    return theme::v1::ThemeService::NewStub(suite_->ChannelAs(service, suite_->Token({"viewer"})));
  }
};

TEST_F(AreaFiguresTest, EveryServiceKnowsTheWijkenOutlinesWithTheirSource) {
  for (const std::string service : {"veilige-wijken", "crisisbeheersing"}) {
    theme::v1::ListAreaBoundariesRequest request;
    request.set_area("GM0034");
    request.set_year(2019);
    theme::v1::ListAreaBoundariesResponse response;
    const grpc::Status status =
        AsViewer(service)->ListAreaBoundaries(CallContext().get(), request, &response);
    ASSERT_TRUE(status.ok()) << service << ": " << status.error_message();
    ASSERT_EQ(response.boundaries_size(), 6) << service;
    EXPECT_EQ(response.boundaries(0).area(), "WK003401");
    EXPECT_EQ(response.boundaries(0).attribution(), "Kadaster / CBS, 2019");
    EXPECT_GE(response.boundaries(0).polygons(0).rings(0).coordinates_size(), 8);
  }
  theme::v1::ListAreaBoundariesRequest buurten;
  buurten.set_area("WK003401");
  buurten.set_year(2019);
  buurten.set_page_size(5);
  theme::v1::ListAreaBoundariesResponse page;
  ASSERT_TRUE(
      AsViewer("veilige-wijken")->ListAreaBoundaries(CallContext().get(), buurten, &page).ok());
  EXPECT_EQ(page.boundaries_size(), 5);
  EXPECT_EQ(page.boundaries(0).area(), "BU00340101");
  EXPECT_FALSE(page.next_page_token().empty());
}

TEST_F(AreaFiguresTest, AWijkWithoutAFigureOfItsOwnSumsItsBuurten) {
  theme::v1::ListAreaFiguresRequest request;
  request.set_area("GM0034");
  request.set_indicator("woninginbraak");
  request.set_from_period("2020M01");
  request.set_to_period("2020M02");
  theme::v1::ListAreaFiguresResponse response;
  const grpc::Status status =
      AsViewer("veilige-wijken")->ListAreaFigures(CallContext().get(), request, &response);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(response.indicator().id(), "woninginbraak");
  EXPECT_EQ(response.whole().area(), "GM0034");
  ASSERT_EQ(response.parts_size(), 6);
  const cv1::AreaSeries& haven = response.parts(0);
  EXPECT_EQ(haven.area(), "WK003401");
  EXPECT_EQ(haven.area_name(), "Wijk 01 Almere Haven");
  EXPECT_EQ(haven.area_kind(), cv1::AREA_KIND_DISTRICT);
  ASSERT_EQ(haven.points_size(), 2);
  EXPECT_EQ(haven.points(0).count(), 7);
  // In February only two of its buurten have a figure: no sum is made up.
  EXPECT_FALSE(haven.points(1).has_count());
  EXPECT_EQ(response.parts(1).points(0).count(), 11);

  // Asked for itself, the wijk sums the same buurten, which are its parts.
  request.set_area("WK003401");
  theme::v1::ListAreaFiguresResponse wijk;
  ASSERT_TRUE(
      AsViewer("veilige-wijken")->ListAreaFigures(CallContext().get(), request, &wijk).ok());
  EXPECT_EQ(wijk.whole().area_name(), "Wijk 01 Almere Haven");
  EXPECT_EQ(wijk.whole().points(0).count(), 7);
  EXPECT_FALSE(wijk.whole().points(1).has_count());
  EXPECT_EQ(wijk.parts(0).area(), "BU00340101");
}

// Indicator definitions are shared and open, also without a token (the
// dashboard's page of prescribed indicators lists them for anonymous
// readers); a municipality's goals with them are not.
TEST_F(AreaFiguresTest, DefinitionsAreOpenButAMunicipalitysGoalsAreNot) {
  auto anonymous = theme::v1::ThemeService::NewStub(suite_->ChannelAs("veilige-wijken", ""));
  theme::v1::ListIndicatorsRequest request;
  request.set_page_size(1000);
  theme::v1::ListIndicatorsResponse definitions;
  grpc::Status status = anonymous->ListIndicators(CallContext().get(), request, &definitions);
  ASSERT_TRUE(status.ok()) << status.error_message();
  int prescribed = 0;
  for (const auto& indicator : definitions.indicators()) {
    EXPECT_FALSE(indicator.has_goal()) << indicator.id();
    if (indicator.prescribed_set() == cv1::PRESCRIBED_SET_BBV) ++prescribed;
  }
  EXPECT_EQ(prescribed, 5);

  request.set_parent("municipalities/GM0034");
  theme::v1::ListIndicatorsResponse goals;
  status = anonymous->ListIndicators(CallContext().get(), request, &goals);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAUTHENTICATED) << status.error_message();
  EXPECT_EQ(goals.indicators_size(), 0);

  // A viewer reads published reports only; an editor reads the goals.
  status = AsViewer("veilige-wijken")->ListIndicators(CallContext().get(), request, &goals);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::PERMISSION_DENIED) << status.error_message();
  auto editor = theme::v1::ThemeService::NewStub(
      suite_->ChannelAs("veilige-wijken", suite_->Token({"editor:veilige-wijken"})));
  status = editor->ListIndicators(CallContext().get(), request, &goals);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_TRUE(std::any_of(goals.indicators().begin(), goals.indicators().end(),
                          [](const cv1::Indicator& i) { return i.has_goal(); }));
  // ... of its own municipality only.
  request.set_parent("municipalities/GM0363");
  status = editor->ListIndicators(CallContext().get(), request, &goals);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::PERMISSION_DENIED) << status.error_message();
}

// Signals are worked out once per version of the figures, and a write that
// changes the figures is seen by the next call at once.
TEST_F(AreaFiguresTest, SignalsFollowEveryWriteOfTheFigures) {
  theme::v1::ListAreaSignalsRequest request;
  request.set_area("GM0034");
  request.set_period("2019H1");
  request.set_indicator("auto_inbraak");
  const auto signals_in = [&request](const std::string& area) {
    theme::v1::ListAreaSignalsResponse response;
    const auto status =
        AsViewer("veilige-wijken")->ListAreaSignals(CallContext().get(), request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return std::count_if(response.signals().begin(), response.signals().end(),
                         [&area](const cv1::AreaSignal& s) { return s.area() == area; });
  };
  EXPECT_EQ(signals_in("BU00340105"), 0);
  EXPECT_EQ(signals_in("BU00340105"), 0);  // the kept answer

  // The buurt's February, read before it is changed, to put it back after.
  theme::v1::ListAreaFiguresRequest figures;
  figures.set_area("WK003401");
  figures.set_indicator("auto_inbraak");
  figures.set_from_period("2019M02");
  figures.set_to_period("2019M02");
  theme::v1::ListAreaFiguresResponse before;
  ASSERT_TRUE(
      AsViewer("veilige-wijken")->ListAreaFigures(CallContext().get(), figures, &before).ok());
  int64_t february = -1;
  for (const auto& part : before.parts()) {
    if (part.area() == "BU00340105") february = part.points(0).count();
  }
  ASSERT_GE(february, 0);
  const auto write = [](int64_t count) {
    theme::v1::UpsertThemeDataRequest upsert;
    cv1::Observation* o = upsert.add_observations();
    o->set_indicator("auto_inbraak");
    o->set_area("BU00340105");
    o->set_period("2019M02");
    o->set_count(count);
    theme::v1::UpsertThemeDataResponse written;
    auto stub = theme::v1::ThemeService::NewStub(suite_->Channel("veilige-wijken"));
    return stub->UpsertThemeData(CallContext().get(), upsert, &written);
  };
  ASSERT_TRUE(write(february + 60).ok());
  // The month, the run from it (the CUSUM), and the half year against a
  // year earlier and the baseline.
  EXPECT_EQ(signals_in("BU00340105"), 4);
  ASSERT_TRUE(write(february).ok());
  EXPECT_EQ(signals_in("BU00340105"), 0);
}

// A page asks only for signals already worked out: it is answered at once,
// `pending` while they are not, and then with what a waiting call gets.
TEST_F(AreaFiguresTest, SignalsAskedReadyOnlyNeverWaitAndMatchTheWorkedOutOnes) {
  theme::v1::ListAreaSignalsRequest request;
  request.set_area("GM0034");
  request.set_period("2019H1");
  request.set_ready_only(true);
  const auto ask = [](const theme::v1::ListAreaSignalsRequest& one) {
    theme::v1::ListAreaSignalsResponse response;
    const auto status =
        AsViewer("veilige-wijken")->ListAreaSignals(CallContext().get(), one, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return response;
  };
  const auto first = ask(request);
  if (first.pending()) {
    EXPECT_EQ(first.signals_size(), 0);
    EXPECT_EQ(first.indicators_size(), 0);
    EXPECT_EQ(first.tests(), 0);
  }
  theme::v1::ListAreaSignalsRequest waiting = request;
  waiting.set_ready_only(false);
  const auto worked_out = ask(waiting);
  EXPECT_FALSE(worked_out.pending());
  ASSERT_GT(worked_out.tests(), 0);
  const auto ready = ask(request);
  EXPECT_FALSE(ready.pending());
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(ready, worked_out));
  int32_t sum = 0;
  for (const auto& [indicator, tests] : ready.indicator_tests()) sum += tests;
  EXPECT_EQ(sum, ready.tests());

  // One indicator's part of it.
  request.set_indicator("woninginbraak");
  const auto burglary = ask(request);
  EXPECT_FALSE(burglary.pending());
  ASSERT_EQ(burglary.indicators_size(), 1);
  EXPECT_EQ(burglary.tests(), ready.indicator_tests().at("woninginbraak"));
  const auto planted =
      std::count_if(ready.signals().begin(), ready.signals().end(),
                    [](const auto& s) { return s.indicator() == "woninginbraak"; });
  EXPECT_GT(planted, 0);
  EXPECT_EQ(burglary.signals_size(), planted);

  // An indicator the service does not have is named, ready or not.
  request.set_indicator("bestaat_niet");
  theme::v1::ListAreaSignalsResponse none;
  const auto status =
      AsViewer("veilige-wijken")->ListAreaSignals(CallContext().get(), request, &none);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::NOT_FOUND) << status.error_message();
}

// The worked example's invented buurt figures add up to the municipality's
// half years, come without a token, and carry the note that says so.
TEST_F(AreaFiguresTest, TheWorkedExamplesBuurtenSumToTheCityAndSayTheyAreInvented) {
  theme::v1::ListAreaFiguresRequest request;
  request.set_area("GM0034");
  request.set_indicator("woninginbraak");
  request.set_from_period("2018H1");
  request.set_to_period("2019H1");
  theme::v1::ListAreaFiguresResponse response;
  auto anonymous = theme::v1::ThemeService::NewStub(suite_->ChannelAs("veilige-wijken", ""));
  const grpc::Status status = anonymous->ListAreaFigures(CallContext().get(), request, &response);
  ASSERT_TRUE(status.ok()) << status.error_message();
  ASSERT_EQ(response.whole().points_size(), 3);
  EXPECT_EQ(response.whole().points(2).count(), 350);  // observations.csv, 2019H1
  int64_t wijken = 0;
  for (const auto& wijk : response.parts()) {
    ASSERT_TRUE(wijk.points(2).has_count()) << wijk.area();
    wijken += wijk.points(2).count();
  }
  EXPECT_EQ(wijken, 350);
  const auto invented = std::find_if(
      response.notes().begin(), response.notes().end(),
      [](const cv1::SeriesNote& note) { return note.scope() == "areas-below:GM0034"; });
  ASSERT_NE(invented, response.notes().end());
  EXPECT_NE(invented->text().find("verzonnen"), std::string::npos);
  // The police's registration change of July 2018 applies to these figures too.
  EXPECT_TRUE(std::any_of(
      response.notes().begin(), response.notes().end(),
      [](const cv1::SeriesNote& note) { return note.scope() == "source:Nationale Politie"; }));
}

// A page of a wijk or buurt asks for all its indicators at once: each
// answer is what ListAreaFigures gives for the area itself.
TEST_F(AreaFiguresTest, ABatchGivesEachIndicatorAsAskedAloneInTheOrderAsked) {
  auto anonymous = theme::v1::ThemeService::NewStub(suite_->ChannelAs("veilige-wijken", ""));
  theme::v1::BatchGetAreaFiguresRequest batch;
  batch.set_area("WK003401");
  // A sum (of three stored components), one asked twice, and one this
  // service does not store.
  for (const char* id : {"high_impact_crimes", "woninginbraak", "bestaat_niet", "woninginbraak"}) {
    batch.add_indicators(id);
  }
  batch.set_from_period("2018M01");
  batch.set_to_period("2020M02");
  theme::v1::BatchGetAreaFiguresResponse answer;
  const grpc::Status status = anonymous->BatchGetAreaFigures(CallContext().get(), batch, &answer);
  ASSERT_TRUE(status.ok()) << status.error_message();
  ASSERT_EQ(answer.figures_size(), 2);
  for (int i = 0; i < answer.figures_size(); ++i) {
    const theme::v1::ListAreaFiguresResponse& one = answer.figures(i);
    EXPECT_EQ(one.indicator().id(), batch.indicators(i));
    EXPECT_TRUE(one.parts().empty());
    theme::v1::ListAreaFiguresRequest alone;
    alone.set_area(batch.area());
    alone.set_indicator(batch.indicators(i));
    alone.set_from_period(batch.from_period());
    alone.set_to_period(batch.to_period());
    alone.set_page_size(1);
    theme::v1::ListAreaFiguresResponse expected;
    ASSERT_TRUE(anonymous->ListAreaFigures(CallContext().get(), alone, &expected).ok());
    EXPECT_GT(expected.whole().points_size(), 24);
    EXPECT_EQ(one.indicator().SerializeAsString(), expected.indicator().SerializeAsString());
    EXPECT_EQ(one.whole().SerializeAsString(), expected.whole().SerializeAsString())
        << one.indicator().id();
    ASSERT_EQ(one.notes_size(), expected.notes_size());
    for (int n = 0; n < one.notes_size(); ++n) {
      EXPECT_EQ(one.notes(n).SerializeAsString(), expected.notes(n).SerializeAsString());
    }
  }
  EXPECT_EQ(answer.figures(1).whole().points(24).count(), 7);  // the sum of January 2020

  // Its bad requests name their field; an unknown area is NOT_FOUND.
  const auto refused = [&anonymous](const theme::v1::BatchGetAreaFiguresRequest& request) {
    theme::v1::BatchGetAreaFiguresResponse response;
    return anonymous->BatchGetAreaFigures(CallContext().get(), request, &response);
  };
  theme::v1::BatchGetAreaFiguresRequest bad = batch;
  bad.clear_indicators();
  grpc::Status error = refused(bad);
  EXPECT_EQ(error.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_TRUE(error.error_message().starts_with("indicators:")) << error.error_message();
  bad = batch;
  bad.set_indicators(2, "Geen Id");
  error = refused(bad);
  EXPECT_EQ(error.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_TRUE(error.error_message().starts_with("indicators[2]:")) << error.error_message();
  bad = batch;
  bad.set_from_period("2018");
  EXPECT_EQ(refused(bad).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  bad = batch;
  bad.set_area("WK003499");
  EXPECT_EQ(refused(bad).error_code(), grpc::StatusCode::NOT_FOUND);
}

TEST_F(AreaFiguresTest, BadRequestsNameTheirField) {
  const auto code = [](const theme::v1::ListAreaFiguresRequest& request, std::string* message) {
    theme::v1::ListAreaFiguresResponse response;
    const grpc::Status status =
        AsViewer("veilige-wijken")->ListAreaFigures(CallContext().get(), request, &response);
    *message = status.error_message();
    return status.error_code();
  };
  theme::v1::ListAreaFiguresRequest request;
  request.set_area("gm0034");
  request.set_indicator("woninginbraak");
  request.set_from_period("2019M01");
  request.set_to_period("2019M02");
  std::string message;
  EXPECT_EQ(code(request, &message), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_TRUE(message.starts_with("area:")) << message;
  request.set_area("GM0034");
  request.set_to_period("2019H1");
  EXPECT_EQ(code(request, &message), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_TRUE(message.starts_with("to_period:")) << message;
  request.set_to_period("2019M02");
  request.set_indicator("bestaat_niet");
  EXPECT_EQ(code(request, &message), grpc::StatusCode::NOT_FOUND);
  request.set_indicator("woninginbraak");
  request.set_area("WK003499");
  EXPECT_EQ(code(request, &message), grpc::StatusCode::NOT_FOUND);
}

}  // namespace
}  // namespace veilig::testing
