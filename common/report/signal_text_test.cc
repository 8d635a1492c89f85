// Signals in Dutch: the sentence of a month and of a hot spot, and the
// report summary's paragraph with and without signals.
#include "common/report/signal_text.h"

#include <gtest/gtest.h>

#include <cmath>

#include "common/report/text_report.h"

namespace veilig::report {
namespace {

namespace cv1 = common::v1;

cv1::AreaSignal Month() {
  cv1::AreaSignal signal;
  signal.set_indicator("woninginbraak");
  signal.set_area("WK003403");
  signal.set_area_name("Wijk 03 Almere Buiten");
  signal.set_period("2019M03");
  signal.set_observed(45);
  signal.set_expected(20.4);
  signal.set_upper_limit(29);
  signal.set_method(cv1::SIGNAL_METHOD_FARRINGTON_FLEXIBLE);
  return signal;
}

cv1::AreaSignal HotSpot() {
  cv1::AreaSignal signal;
  signal.set_indicator("woninginbraak");
  signal.set_area("BU00340305");
  signal.set_area_name("Stedenwijk-Midden");
  signal.set_area_kind(cv1::AREA_KIND_NEIGHBOURHOOD);
  signal.set_period("2019H1");
  signal.set_method(cv1::SIGNAL_METHOD_GETIS_ORD_GI_STAR);
  signal.set_rate(12.34);
  signal.set_neighbourhood_rate(9.81);
  signal.set_mean_rate(4.02);
  signal.set_z_score(3.456);
  signal.set_tests(64);
  for (const char* code : {"BU00340301", "BU00340302", "BU00340304", "BU00340306"}) {
    signal.add_neighbours(code);
  }
  signal.mutable_parameters()->set_weights(cv1::NEIGHBOUR_WEIGHTS_QUEEN_CONTIGUITY);
  signal.mutable_parameters()->set_contiguity_tolerance(10);
  signal.mutable_parameters()->set_false_discovery_rate(0.05);
  signal.mutable_parameters()->set_min_count(5);
  return signal;
}

cv1::Indicator Burglary() {
  cv1::Indicator indicator;
  indicator.set_id("woninginbraak");
  indicator.set_title("Woninginbraken");
  indicator.set_unit(cv1::UNIT_PER_1000_DWELLINGS);
  return indicator;
}

TEST(SignalTextTest, ChancesHaveTwoSignificantDigitsInDutch) {
  EXPECT_EQ(ChanceText(0.016302847), "1,6%");
  EXPECT_EQ(ChanceText(3.8632e-05), "0,0039%");
  EXPECT_EQ(ChanceText(0.5), "50%");
  EXPECT_EQ(ChanceText(1e-9), "minder dan 0,0001%");
  EXPECT_EQ(ChanceText(std::nan("")), "–");
}

TEST(SignalTextTest, AMonthAndAHotSpotEachHaveTheirSentence) {
  EXPECT_EQ(SignalSentence(Month(), Burglary()),
            "Woninginbraken in Wijk 03 Almere Buiten, maart 2019: 45 geregistreerd, waar 20,4 "
            "verwacht werd (bovengrens 29).");
  EXPECT_EQ(SignalSentence(HotSpot(), Burglary()),
            "Woninginbraken: brandpunt rond Stedenwijk-Midden met 4 buren, eerste helft van "
            "2019: 12,3 per 1.000 woningen daar en 9,8 met de buren samen, tegen 4,0 in alle "
            "buurten samen.");
  EXPECT_EQ(SignalKindText(HotSpot()), "Brandpunt");
  EXPECT_EQ(UpperLimitText(HotSpot()), "–");
  EXPECT_EQ(UpperLimitText(Month()), "29");
  EXPECT_NE(HowComputed(HotSpot()).find("Getis-Ord Gi*"), std::string::npos);
  EXPECT_NE(HowComputed(HotSpot()).find("binnen 10 meter"), std::string::npos);
  EXPECT_NE(HowComputed(HotSpot()).find("z = 3,46"), std::string::npos);
}

TEST(SignalTextTest, AHalfYearAgainstAnEarlierOneHasItsSentence) {
  cv1::AreaSignal signal = Month();
  signal.set_method(cv1::SIGNAL_METHOD_EXACT_RATE_COMPARISON);
  signal.set_period("2019H1");
  signal.set_comparison_period("2018H1");
  signal.set_observed(158);
  signal.set_comparison_observed(62);
  signal.set_expected(71.26);
  signal.set_z_score(8.123);
  signal.set_tests(6);
  signal.mutable_parameters()->set_false_discovery_rate(0.05);
  signal.mutable_parameters()->set_min_count(5);
  EXPECT_EQ(SignalSentence(signal, Burglary()),
            "Woninginbraken in Wijk 03 Almere Buiten, eerste helft van 2019 tegenover eerste helft "
            "van 2018: 158 geregistreerd tegen 62 toen; met de ontwikkeling van de hele gemeente "
            "werden er 71,3 verwacht.");
  EXPECT_EQ(SignalKindText(signal), "Stijging sinds 1e helft 2018");
  EXPECT_EQ(UpperLimitText(signal), "–");
  EXPECT_NE(HowComputed(signal).find("z = 8,12"), std::string::npos);
  EXPECT_NE(HowComputed(signal).find("alle 6 toetsen van deze indicator"), std::string::npos);
}

TEST(SignalTextTest, ARunOfMonthsHasItsSentence) {
  cv1::AreaSignal signal = Month();
  signal.set_method(cv1::SIGNAL_METHOD_POISSON_CUSUM);
  signal.set_run_start("2019M03");
  signal.set_period("2019M06");
  signal.set_observed(120);
  signal.set_expected(63.71);
  signal.set_cusum(41.43);
  signal.set_p_value(1.89e-5);
  signal.set_tests(712);
  signal.mutable_parameters()->set_cusum_shift(1.5);
  signal.mutable_parameters()->set_false_discovery_rate(0.05);
  signal.mutable_parameters()->set_min_count(5);
  EXPECT_EQ(SignalSentence(signal, Burglary()),
            "Woninginbraken in Wijk 03 Almere Buiten, maart tot en met juni 2019: 120 "
            "geregistreerd, waar 63,7 verwacht werd; aanhoudend hoger dan verwacht.");
  EXPECT_EQ(SignalKindText(signal), "Aanhoudende stijging");
  EXPECT_EQ(UpperLimitText(signal), "–");
  const std::string how = HowComputed(signal);
  EXPECT_NE(how.find("Poisson-CUSUM (Lucas, 1985)"), std::string::npos) << how;
  EXPECT_NE(how.find("stijging tot 1,5 keer het verwachte aantal"), std::string::npos) << how;
  EXPECT_NE(how.find("De hoogste som was 41,4"), std::string::npos) << how;
  EXPECT_NE(how.find("alle 712 toetsen van deze indicator"), std::string::npos) << how;
  // Across a new year both months carry their year.
  signal.set_run_start("2018M11");
  signal.set_period("2019M02");
  EXPECT_NE(SignalSentence(signal, Burglary()).find("november 2018 tot en met februari 2019"),
            std::string::npos);
}

TEST(SignalTextTest, TheSummarySaysWhatWasFoundOrThatNothingWas) {
  EXPECT_TRUE(SignalsSummary({}, 0, {}).empty());
  const auto none = SignalsSummary({}, 3024, {Burglary()});
  ASSERT_EQ(none.size(), 1u);
  EXPECT_EQ(none[0],
            "In geen wijk of buurt steeg een indicator in deze periode meer dan toeval verklaart, "
            "en geen brandpunt viel op; dat berust op 3.024 toetsen.");
  const auto two = SignalsSummary({Month(), HotSpot()}, 3024, {Burglary()});
  ASSERT_EQ(two.size(), 4u);
  EXPECT_EQ(two[0],
            "In de wijken en buurten zijn in deze periode 2 signalen gevonden die toeval niet "
            "verklaart, ook na correctie voor de 3.024 toetsen.");
  EXPECT_EQ(two[1], SignalSentence(Month(), Burglary()));
  EXPECT_EQ(two[2], SignalSentence(HotSpot(), Burglary()));
  // An indicator the report does not name is called by its id.
  cv1::AreaSignal other = Month();
  other.set_indicator("onbekend");
  EXPECT_EQ(SignalsSummary({other}, 10, {Burglary()})[1].rfind("onbekend in Wijk 03", 0), 0u);
}

TEST(SignalTextTest, TheReportsSummaryCarriesTheSignalsOfEverySection) {
  v1::ProgressReport report;
  report.set_municipality("GM0034");
  report.set_municipality_name("Almere");
  report.set_period("2019H1");
  cv1::ThemeSection& section = *report.add_sections();
  section.set_title("Veilige wijken");
  *section.add_topics()->add_indicators()->mutable_indicator() = Burglary();
  *section.add_area_signals() = Month();
  section.set_area_signal_tests(430);
  report.add_sections()->set_area_signal_tests(12);
  const std::string text = RenderText(report);
  const size_t summary = text.find("SAMENVATTING");
  const size_t signals = text.find("Signalen\n--------");
  ASSERT_NE(signals, std::string::npos) << text;
  EXPECT_LT(summary, signals);
  EXPECT_NE(text.find("1 signaal gevonden dat toeval niet verklaart"), std::string::npos);
  EXPECT_NE(text.find("ook na correctie voor de 442 toetsen"), std::string::npos);
  EXPECT_NE(text.find(SignalSentence(Month(), Burglary())), std::string::npos);
  // A report from before signals, or without figures per area, says nothing of them.
  v1::ProgressReport older = report;
  for (auto& s : *older.mutable_sections()) {
    s.clear_area_signals();
    s.set_area_signal_tests(0);
  }
  EXPECT_EQ(RenderText(older).find("Signalen\n"), std::string::npos);
  // A service still working them out: the summary says so before what the
  // others found, or on its own.
  v1::ProgressReport early = report;
  early.mutable_sections(1)->set_area_signals_pending(true);
  const std::string early_text = RenderText(early);
  const size_t caveat = early_text.find("werden de signalen per wijk en buurt nog berekend; wat");
  ASSERT_NE(caveat, std::string::npos) << early_text;
  EXPECT_LT(caveat, early_text.find("1 signaal gevonden"));
  older.mutable_sections(0)->set_area_signals_pending(true);
  const std::string alone = RenderText(older);
  EXPECT_NE(alone.find("Signalen\n--------"), std::string::npos) << alone;
  EXPECT_NE(alone.find("nog berekend. Het dashboard toont ze onder Signalen."), std::string::npos);
}

}  // namespace
}  // namespace veilig::report
