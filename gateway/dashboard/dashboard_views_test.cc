// The dashboard's views without a network: classes of a map, each area's
// figure and comparisons, the table's order, the CSV and the drawing.
#include <gtest/gtest.h>

#include "common/domain/rounding.h"
#include "gateway/dashboard/area_map.h"
#include "gateway/dashboard/choropleth.h"
#include "gateway/dashboard/dashboard.h"
#include "gateway/dashboard/dashboard_csv.h"
#include "gateway/dashboard/figure_text.h"
#include "gateway/dashboard/map_page.h"
#include "gateway/dashboard/prescribed_page.h"
#include "gateway/dashboard/rate_classes.h"
#include "gateway/dashboard/signals_page.h"
#include "gateway/dashboard/year_on_year.h"

namespace veilig::gateway {
namespace {

namespace cv1 = common::v1;

std::vector<std::pair<double, double>> Bounds(const std::vector<report::v1::RateClass>& classes) {
  std::vector<std::pair<double, double>> bounds;
  bounds.reserve(classes.size());
  for (const auto& c : classes) bounds.emplace_back(c.lower(), c.upper());
  return bounds;
}

TEST(RateClassesTest, FiveClassesOfAboutEquallyManyAreas) {
  const auto classes = RateClassesOf({10, 1, 9, 2, 8, 3, 7, 4, 6, 5});
  EXPECT_EQ(Bounds(classes),
            (std::vector<std::pair<double, double>>{{1, 2}, {3, 4}, {5, 6}, {7, 8}, {9, 10}}));
  EXPECT_EQ(classes.front().colour(), "#f1eef6");
  EXPECT_EQ(classes.back().colour(), "#045a8d");
  EXPECT_EQ(ClassOf(classes, 1), 1);
  EXPECT_EQ(ClassOf(classes, 6), 3);
  EXPECT_EQ(ClassOf(classes, 10), 5);
}

TEST(RateClassesTest, TiesAndFewAreasMakeFewerClassesKeepingTheExtremeColours) {
  // Half the areas share the lowest value: no class is left empty.
  const auto tied = RateClassesOf({1, 1, 1, 1, 1, 2, 3, 4, 5, 6});
  EXPECT_EQ(Bounds(tied), (std::vector<std::pair<double, double>>{{1, 1}, {2, 2}, {3, 4}, {5, 6}}));
  EXPECT_EQ(tied.front().colour(), "#f1eef6");
  EXPECT_EQ(tied.back().colour(), "#045a8d");
  EXPECT_EQ(Bounds(RateClassesOf({4, 2})),
            (std::vector<std::pair<double, double>>{{2, 2}, {4, 4}}));
  EXPECT_EQ(RateClassesOf({3, 3, 3}).size(), 1u);
  EXPECT_TRUE(RateClassesOf({}).empty());
  EXPECT_EQ(ClassOf({}, 3), 0);
}

cv1::AreaSeries Series(const std::string& area, const std::string& name,
                       std::optional<int64_t> before, std::optional<int64_t> now,
                       int64_t dwellings) {
  cv1::AreaSeries series;
  series.set_area(area);
  series.set_area_name(name);
  int i = 0;
  for (const auto& count : {before, now}) {
    auto* point = series.add_points();
    point->set_period(i++ == 0 ? "2018H1" : "2019H1");
    if (count) {
      point->set_count(*count);
      point->set_denominator(dwellings);
      point->set_rate(static_cast<double>(*count) / static_cast<double>(dwellings) * 1000);
    }
  }
  return series;
}

theme::v1::ListAreaFiguresResponse Burglaries() {
  theme::v1::ListAreaFiguresResponse figures;
  figures.mutable_indicator()->set_id("woninginbraak");
  figures.mutable_indicator()->set_title("Woninginbraken");
  figures.mutable_indicator()->set_unit(cv1::UNIT_PER_1000_DWELLINGS);
  *figures.mutable_whole() = Series("GM0999", "Testgemeente", 400, 300, 100000);
  *figures.add_parts() = Series("WK099901", "Noord", 100, 150, 20000);  // 7.5, +50%
  *figures.add_parts() = Series("WK099902", "Zuid", 300, 150, 60000);   // 2.5, -50%
  *figures.add_parts() = Series("WK099903", "Oost", std::nullopt, std::nullopt, 20000);
  auto* note = figures.add_notes();
  note->set_scope("areas-below:GM0999");
  note->set_text("Verzonnen; zeg het; met puntkomma");
  return figures;
}

TEST(AreaMapTest, EachPartComparesWithAYearEarlierAndWithTheWhole) {
  const auto map = BuildAreaMap("GM0999", Burglaries(), *Period::Parse("2019H1"), {});
  EXPECT_NEAR(map.whole().change_percent(), -25, 1e-9);
  ASSERT_EQ(map.parts_size(), 3);
  EXPECT_NEAR(map.parts(0).change_percent(), 50, 1e-9);
  EXPECT_NEAR(map.parts(0).relative_to_whole_percent(), 150, 1e-9);  // 7.5 against 3.0
  EXPECT_NEAR(map.parts(1).relative_to_whole_percent(), -100.0 / 6, 1e-9);
  EXPECT_EQ(map.parts(0).rate_class(), 2);
  EXPECT_EQ(map.parts(1).rate_class(), 1);
  // Without a figure: no class, no comparisons, not made up.
  EXPECT_EQ(map.parts(2).rate_class(), 0);
  EXPECT_FALSE(map.parts(2).has_change_percent());
  EXPECT_FALSE(map.parts(2).has_relative_to_whole_percent());
  EXPECT_EQ(map.classes_size(), 2);
}

TEST(MapPageTest, AMapWithoutItsSignalsSaysWhyAndMarksNone) {
  MapPageInput input;
  input.map = BuildAreaMap("GM0999", Burglaries(), *Period::Parse("2019H1"), {});
  input.municipality_name = "Testgemeente";
  input.map.set_signals(report::v1::SIGNALS_STATE_PENDING);
  const std::string pending = RenderMapPage(input);
  EXPECT_NE(pending.find("worden nog berekend; de kaart toont de cijfers zonder signalen. "
                         "Vernieuw de pagina over een minuut."),
            std::string::npos);
  input.map.set_signals(report::v1::SIGNALS_STATE_UNAVAILABLE);
  const std::string unavailable = RenderMapPage(input);
  EXPECT_NE(unavailable.find("konden nu niet worden bepaald"), std::string::npos);
  EXPECT_EQ(unavailable.find("Vernieuw de pagina"), std::string::npos);
  input.map.set_signals(report::v1::SIGNALS_STATE_MARKED);
  const std::string marked = RenderMapPage(input);
  EXPECT_EQ(marked.find("zonder signalen"), std::string::npos);
}

TEST(AreaMapTest, TheTableSortsByAnyColumnWithMissingFiguresLast) {
  const auto map = BuildAreaMap("GM0999", Burglaries(), *Period::Parse("2019H1"), {});
  const auto names = [&map](const MapQuery& query) {
    std::vector<std::string> out;
    for (const auto* part : SortedParts(map, query)) out.push_back(part->area_name());
    return out;
  };
  MapQuery query;
  EXPECT_EQ(names(query), (std::vector<std::string>{"Noord", "Oost", "Zuid"}));
  query.sort = "waarde";
  query.descending = true;
  EXPECT_EQ(names(query), (std::vector<std::string>{"Noord", "Zuid", "Oost"}));
  query.descending = false;
  EXPECT_EQ(names(query), (std::vector<std::string>{"Zuid", "Noord", "Oost"}));
  query.sort = "verandering";
  EXPECT_EQ(names(query), (std::vector<std::string>{"Zuid", "Noord", "Oost"}));
}

TEST(AreaMapTest, TheCsvIsTheTableWithItsNoteOnEveryRow) {
  auto map = BuildAreaMap("GM0999", Burglaries(), *Period::Parse("2019H1"), {});
  map.mutable_parts(0)->add_signal_periods("2019M03");
  map.mutable_parts(1)->set_hot_spot(true);
  MapQuery query;
  query.sort = "aantal";
  query.descending = true;
  EXPECT_EQ(
      MapCsv(map, query, csv::CsvDialect::kDutchExcel),
      "\xEF\xBB\xBF"
      "Code;Wijk;Periode;Aantal;Per 1.000 woningen;Verandering t.o.v. een jaar eerder (%);"
      "Verschil met Testgemeente (%);Signaal;Brandpunt;Toelichting\r\n"
      "WK099901;Noord;2019H1;150;7,5;50;150;2019M03;;\"Verzonnen; zeg het; met puntkomma\"\r\n"
      "WK099902;Zuid;2019H1;150;2,5;-50;-17;;ja;\"Verzonnen; zeg het; met puntkomma\"\r\n"
      "WK099903;Oost;2019H1;;;;;;;\"Verzonnen; zeg het; met puntkomma\"\r\n"
      "GM0999;Testgemeente;2019H1;300;3,0;-25;;;;\"Verzonnen; zeg het; met puntkomma\"\r\n");
}

cv1::AreaBoundary Square(const std::string& area, double x) {
  cv1::AreaBoundary boundary;
  boundary.set_area(area);
  boundary.set_year(2019);
  boundary.set_attribution("Kadaster / CBS, 2019");
  auto* ring = boundary.add_polygons()->add_rings();
  for (const auto& [dx, dy] :
       std::vector<std::pair<double, double>>{{0, 0}, {1000, 0}, {1000, 1000}, {0, 1000}, {0, 0}}) {
    ring->add_coordinates(x + dx);
    ring->add_coordinates(480000 + dy);
  }
  return boundary;
}

TEST(ChoroplethTest, EveryAreaIsALinkWithItsFigureAndAMissingFigureIsHatched) {
  Outlines outlines{
      2019, {Square("WK099901", 140000), Square("WK099902", 141000), Square("WK099903", 142000)}};
  const auto map = BuildAreaMap("GM0999", Burglaries(), *Period::Parse("2019H1"), outlines);
  EXPECT_EQ(map.attribution(), "Kadaster / CBS, 2019");
  const std::string svg = RenderChoropleth(
      map, outlines.boundaries, [](const std::string& code) { return "/gebied/" + code; },
      "kaart-titel");
  EXPECT_NE(svg.find(R"(aria-labelledby="kaart-titel")"), std::string::npos);
  EXPECT_NE(svg.find(R"(<a href="/gebied/WK099901"><path)"), std::string::npos);
  EXPECT_NE(svg.find("<title>Noord: 7,5 per 1.000 woningen (150); klasse 2 van 2</title>"),
            std::string::npos);
  EXPECT_NE(svg.find(R"x(fill="url(#geen-cijfer)")x"), std::string::npos);
  EXPECT_NE(svg.find("<title>Oost: geen cijfer</title>"), std::string::npos);
  // Three parts: their names are printed on the map.
  EXPECT_NE(svg.find(">Zuid</text>"), std::string::npos);
  EXPECT_EQ(svg.find("veilig-signal-marker"), std::string::npos);
}

TEST(ChoroplethTest, ASignalIsMarkedByOutlineMarkerAndWordsNotColourAlone) {
  Outlines outlines{2019, {Square("WK099901", 140000), Square("WK099902", 141000)}};
  auto map = BuildAreaMap("GM0999", Burglaries(), *Period::Parse("2019H1"), outlines);
  map.mutable_parts(1)->add_signal_periods("2019M03");
  map.mutable_parts(1)->add_signal_periods("2019M04");
  const std::string svg = RenderChoropleth(
      map, outlines.boundaries, [](const std::string& code) { return "/gebied/" + code; },
      "kaart-titel");
  EXPECT_NE(svg.find("; signaal in maart 2019 en april 2019</title>"), std::string::npos);
  EXPECT_NE(svg.find(R"(stroke="#000" stroke-width="3.5")"), std::string::npos);
  const size_t marker = svg.find("veilig-signal-marker");
  ASSERT_NE(marker, std::string::npos);
  EXPECT_EQ(svg.find("veilig-signal-marker", marker + 1), std::string::npos);  // one area
  // The marker and outline come after every part, so none covers them.
  EXPECT_GT(marker, svg.rfind("<a href="));
}

TEST(ChoroplethTest, AHotSpotIsDashedWithItsOwnMarkerBesideARise) {
  Outlines outlines{2019, {Square("WK099901", 140000), Square("WK099902", 141000)}};
  auto map = BuildAreaMap("GM0999", Burglaries(), *Period::Parse("2019H1"), outlines);
  map.mutable_parts(0)->set_hot_spot(true);
  map.mutable_parts(0)->add_signal_periods("2019M03");
  const std::string svg = RenderChoropleth(
      map, outlines.boundaries, [](const std::string& code) { return "/gebied/" + code; },
      "kaart-titel");
  EXPECT_NE(svg.find("; signaal in maart 2019; brandpunt</title>"), std::string::npos);
  EXPECT_NE(svg.find(R"(stroke-dasharray="9 5")"), std::string::npos);
  EXPECT_NE(svg.find("veilig-hot-spot-marker"), std::string::npos);
  EXPECT_NE(svg.find("veilig-signal-marker"), std::string::npos);
  EXPECT_EQ(SignalCellText(map.parts(0)), "maart 2019; brandpunt");
  map.mutable_parts(0)->clear_signal_periods();
  EXPECT_EQ(SignalCellText(map.parts(0)), "brandpunt");
  EXPECT_EQ(SignalCellText(map.parts(1)), "");
}

TEST(MapQueryTest, EveryBadParameterIsNamed) {
  const auto field = [](const MapQuery& query) {
    const auto status = CheckMapQuery("GM0034", query);
    return std::string(status.message()).substr(0, std::string(status.message()).find(':'));
  };
  EXPECT_TRUE(CheckMapQuery("GM0034", MapOf("woninginbraak", "2019M03", "WK003403")).ok());
  EXPECT_EQ(field(MapOf("Woninginbraak", "")), "indicator");
  EXPECT_EQ(field(MapOf("", "2019Q1")), "period");
  EXPECT_EQ(field(MapOf("", "2019")), "period");
  EXPECT_EQ(field(MapOf("", "", "WK036301")), "area");
  EXPECT_EQ(field(MapOf("", "", "BU00340101")), "area");
  MapQuery sorted;
  sorted.sort = "kleur";
  EXPECT_EQ(field(sorted), "sort");
  EXPECT_EQ(std::string(CheckMapQuery("34", {}).message()).substr(0, 13), "municipality:");
}

// Two indicators: one with the country, one without it; the second year of
// the first has no whole figure.
report::v1::PrescribedIndicators TwoPrescribed() {
  report::v1::PrescribedIndicators prescribed;
  prescribed.set_municipality("GM0034");
  prescribed.set_municipality_name("Almere");
  prescribed.add_years("2017");
  prescribed.add_years("2018");
  const auto series = [](cv1::AreaSeries& s, const std::string& code, const std::string& name,
                         std::vector<std::optional<int64_t>> counts, int64_t population) {
    s.set_area(code);
    s.set_area_name(name);
    int year = 2017;
    for (const auto& count : counts) {
      cv1::SeriesPoint& p = *s.add_points();
      p.set_period(std::to_string(year++));
      p.set_complete(count.has_value());
      if (!count) continue;
      p.set_count(*count);
      p.set_denominator(population);
      p.set_rate(*count * 1000.0 / population);
      p.set_rate_rounded(RoundRate(p.rate()));
    }
  };
  auto& shoplifting = *prescribed.add_indicators();
  shoplifting.mutable_indicator()->set_id("bbv_winkeldiefstal");
  shoplifting.mutable_indicator()->set_title("Winkeldiefstallen");
  shoplifting.mutable_indicator()->set_unit(cv1::UNIT_PER_1000_INHABITANTS);
  shoplifting.mutable_indicator()->set_source("Nationale Politie");
  series(*shoplifting.mutable_municipality(), "GM0034", "Almere", {760, std::nullopt}, 202000);
  series(*shoplifting.mutable_country(), "NL01", "Nederland", {59500, 58300}, 17181100);
  shoplifting.add_notes()->set_text("Verzonnen voor de test.");
  auto& halt = *prescribed.add_indicators();
  halt.mutable_indicator()->set_id("bbv_verwijzingen_halt");
  halt.mutable_indicator()->set_title("Verwijzingen Halt");
  halt.mutable_indicator()->set_unit(cv1::UNIT_PER_1000_RESIDENTS_12_17);
  halt.mutable_indicator()->set_source("Halt");
  series(*halt.mutable_municipality(), "GM0034", "Almere", {224, 220}, 15700);
  for (auto& one : *prescribed.mutable_indicators()) {
    one.add_notes()->set_text("Registratiewijziging voor allebei.");
  }
  return prescribed;
}

TEST(PrescribedPageTest, TheYearsTableHasTheLastYearAndSaysWhatIsMissing) {
  const std::string html = RenderPrescribedPage(TwoPrescribed());
  EXPECT_NE(html.find("Beleidsindicatoren 2018: Almere en Nederland"), std::string::npos);
  // The budget table: shoplifting has no whole 2018 in Almere, Halt no country.
  const auto row = [&html](const std::string& id) {
    const size_t start = html.find("data-indicator=\"" + id + "\"");
    return start == std::string::npos ? "" : html.substr(start, html.find("</tr>", start) - start);
  };
  const std::string shoplifting = row("bbv_winkeldiefstal");
  EXPECT_NE(shoplifting.find(">–</td>"), std::string::npos) << shoplifting;
  EXPECT_NE(shoplifting.find(">3,4</td>"), std::string::npos) << shoplifting;
  const std::string halt = row("bbv_verwijzingen_halt");
  EXPECT_NE(halt.find("per 1.000 jongeren van 12 tot en met 17 jaar"), std::string::npos) << halt;
  EXPECT_NE(halt.find(">14,0</td>"), std::string::npos) << halt;
  EXPECT_NE(html.find("De cijfers van Nederland zijn niet ingelezen."), std::string::npos);
  EXPECT_NE(html.find("Verzonnen voor de test."), std::string::npos);
  // A note on several indicators is said once, naming them.
  const size_t shared = html.find(
      "Registratiewijziging voor allebei. (Bij: Winkeldiefstallen en Verwijzingen Halt.)");
  ASSERT_NE(shared, std::string::npos);
  EXPECT_EQ(html.find("Registratiewijziging voor allebei.", shared + 1), std::string::npos);
  EXPECT_NE(html.find("Bron cijfers: Halt."), std::string::npos);
  EXPECT_NE(html.find("/api/v1/municipalities/GM0034/bbv-indicators"), std::string::npos);
}

TEST(PrescribedPageTest, WithoutWholeYearsOrIndicatorsThePageSaysSo) {
  auto prescribed = TwoPrescribed();
  prescribed.clear_years();
  EXPECT_NE(RenderPrescribedPage(prescribed).find("Er is nog geen heel jaar met cijfers."),
            std::string::npos);
  prescribed.clear_indicators();
  EXPECT_NE(RenderPrescribedPage(prescribed).find("Er zijn geen beleidsindicatoren ingelezen."),
            std::string::npos);
}

TEST(PrescribedCsvTest, ARowPerIndicatorAreaAndYearWithTheNotes) {
  const std::string text = PrescribedCsv(TwoPrescribed(), csv::CsvDialect::kRfc4180);
  EXPECT_EQ(text,
            "Indicator,Eenheid,Jaar,Code,Gebied,Aantal,Per 1.000,Toelichting\r\n"
            "Winkeldiefstallen,per 1.000 inwoners,2017,GM0034,Almere,760,3.8,Verzonnen voor de "
            "test. Registratiewijziging voor allebei.\r\n"
            "Winkeldiefstallen,per 1.000 inwoners,2018,GM0034,Almere,,,Verzonnen voor de test. "
            "Registratiewijziging voor allebei.\r\n"
            "Winkeldiefstallen,per 1.000 inwoners,2017,NL01,Nederland,59500,3.5,Verzonnen voor de "
            "test. Registratiewijziging voor allebei.\r\n"
            "Winkeldiefstallen,per 1.000 inwoners,2018,NL01,Nederland,58300,3.4,Verzonnen voor de "
            "test. Registratiewijziging voor allebei.\r\n"
            "Verwijzingen Halt,per 1.000 jongeren van 12 tot en met 17 jaar,2017,GM0034,Almere,224,"
            "14.3,Registratiewijziging voor allebei.\r\n"
            "Verwijzingen Halt,per 1.000 jongeren van 12 tot en met 17 jaar,2018,GM0034,Almere,220,"
            "14.0,Registratiewijziging voor allebei.\r\n");
}

// The sentences themselves are common/report/signal_text_test.cc's.
TEST(SignalsPageTest, NoneIsSaidAndEachSignalLinksToItsArea) {
  cv1::AreaSignal signal;
  signal.set_indicator("woninginbraak");
  signal.set_area("WK003403");
  signal.set_period("2019M03");
  report::v1::SignalsOverview overview;
  overview.set_municipality("GM0034");
  overview.set_municipality_name("Almere");
  overview.set_period("2019H1");
  overview.set_tests(2400);
  const std::string none = RenderSignalsPage(overview);
  EXPECT_NE(none.find("Geen signalen"), std::string::npos);
  EXPECT_NE(none.find("Beoordeeld: 2.400 toetsen"), std::string::npos);
  *overview.add_signals() = signal;
  overview.add_indicators()->set_id("woninginbraak");
  overview.mutable_indicators(0)->set_title("Woninginbraken");
  const std::string one = RenderSignalsPage(overview);
  EXPECT_NE(one.find("data-signalen=\"1\""), std::string::npos);
  EXPECT_NE(one.find("Hoe berekend"), std::string::npos);
  EXPECT_NE(one.find("/dashboard/GM0034/gebied/WK003403"), std::string::npos);
}

cv1::AreaSeries HalfYears(int64_t earlier, int64_t later, int64_t population) {
  cv1::AreaSeries series;
  for (const auto& [period, count] : std::vector<std::pair<std::string, int64_t>>{
           {"2018H1", earlier}, {"2018H2", 150}, {"2019H1", later}}) {
    cv1::SeriesPoint& point = *series.add_points();
    point.set_period(period);
    point.set_count(count);
    point.set_complete(true);
    if (population > 0) point.set_denominator(population);
  }
  return series;
}

TEST(YearOnYearTest, ARiseComesWithItsChanceAndAFallWithout) {
  // 158 against 139 over equal populations: P(Y >= 158 | 297, 1/2) = 0.148.
  EXPECT_EQ(YearOnYearSentence(HalfYears(139, 158, 10000)),
            "Tegenover de 1e helft 2018: 158 tegen 139 (+14% per inwoner of woning). Een stijging "
            "als deze komt bij toeval voor met een kans van 15%.");
  EXPECT_EQ(YearOnYearSentence(HalfYears(139, 120, 0)),
            "Tegenover de 1e helft 2018: 120 tegen 139 (\u221214%).");
  // 5 against none: (1/2)^5.
  EXPECT_EQ(YearOnYearSentence(HalfYears(0, 5, 0)),
            "Tegenover de 1e helft 2018: 5 tegen 0. Een stijging als deze komt bij toeval voor met "
            "een kans van 3,1%.");
  auto missing = HalfYears(139, 158, 10000);
  missing.mutable_points(0)->set_complete(false);
  EXPECT_FALSE(YearOnYearSentence(missing));
  EXPECT_FALSE(YearOnYearSentence({}));
}

}  // namespace
}  // namespace veilig::gateway
