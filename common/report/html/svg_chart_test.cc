#include "common/report/html/svg_chart.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <optional>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "common/report/chart_ticks.h"
#include "common/theme/section_builder.h"
#include "common/theme/worked_example_testing.h"

namespace veilig::report {
namespace {

namespace cv1 = common::v1;
using ::testing::ElementsAre;
using ::testing::ElementsAreArray;
using ::testing::HasSubstr;
using ::testing::Not;

// The worked example's indicator blocks, exactly as the services build them.
const std::vector<cv1::IndicatorBlock>& WorkedExampleBlocks() {
  static const std::vector<cv1::IndicatorBlock> blocks = [] {
    std::vector<cv1::IndicatorBlock> out;
    std::set<std::string> seen;
    const std::pair<const char*, std::set<cv1::Theme>> services[] = {
        {"veilige-wijken", {cv1::THEME_GENERAL, cv1::THEME_VEILIGE_WIJKEN}},
        {"zorg-veiligheid", {cv1::THEME_ZORG_VEILIGHEID}}};
    for (const auto& [service, themes] : services) {
      const theme::SectionRequest request{"GM0034", Period::HalfYear(2019, 1), *themes.begin(),
                                          themes};
      const auto section = theme::BuildSection(
          theme::testing::InputFromRequest(theme::testing::WorkedExampleRequest(service)), request);
      for (const auto& topic : section.topics()) {
        for (const auto& block : topic.indicators()) {
          if (seen.insert(block.indicator().id()).second) out.push_back(block);
        }
      }
    }
    return out;
  }();
  return blocks;
}

const cv1::IndicatorBlock& Block(const std::string& id) {
  for (const auto& block : WorkedExampleBlocks()) {
    if (block.indicator().id() == id) return block;
  }
  ADD_FAILURE() << id;
  return cv1::IndicatorBlock::default_instance();
}

// A block over the five half years 2017H1..2019H1; nullopt is a missing figure.
cv1::IndicatorBlock MakeBlock(
    cv1::Unit unit,
    const std::vector<std::pair<std::string, std::vector<std::optional<double>>>>& areas) {
  cv1::IndicatorBlock block;
  block.mutable_indicator()->set_title("Testindicator");
  block.mutable_indicator()->set_unit(unit);
  const char* periods[] = {"2017H1", "2017H2", "2018H1", "2018H2", "2019H1"};
  for (size_t a = 0; a < areas.size(); ++a) {
    auto* series = block.add_series();
    series->set_area_name(areas[a].first);
    series->set_area_kind(a == 0 ? cv1::AREA_KIND_MUNICIPALITY : cv1::AREA_KIND_COMPARISON_GROUP);
    for (size_t i = 0; i < 5; ++i) {
      auto* p = series->add_points();
      p->set_period(periods[i]);
      p->set_complete(true);
      const auto& value = areas[a].second[i];
      if (!value) continue;
      if (unit == cv1::UNIT_COUNT) {
        p->set_count(static_cast<int64_t>(*value));
      } else {
        p->set_rate(*value);
        p->set_count(static_cast<int64_t>(*value * 100));
      }
    }
  }
  return block;
}

// One variant's <svg> element.
std::string Variant(const std::string& markup, const std::string& name) {
  const size_t start = markup.find("<svg class=\"chart chart-" + name + "\"");
  if (start == std::string::npos) return "";
  return markup.substr(start, markup.find("</svg>", start) + 6 - start);
}

std::string Group(const std::string& svg, const std::string& cls, size_t from = 0) {
  const size_t start = svg.find("<g class=\"" + cls + "\"", from);
  if (start == std::string::npos) return "";
  // Groups of a chart do not nest, except the legend's entries.
  size_t end = svg.find("</g>", start);
  if (cls == "legend") end = svg.find("</g></svg>", start);
  return svg.substr(start, end - start);
}

std::vector<std::string> All(const std::string& text, const std::string& pattern) {
  std::vector<std::string> out;
  const std::regex re(pattern);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator();
       ++it) {
    out.push_back((*it)[1]);
  }
  return out;
}

size_t Count(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

// Tick labels: right-aligned text in the axis group.
std::vector<std::string> TickLabels(const std::string& svg) {
  return All(Group(svg, "axis"), "text-anchor=\"end\">([^<]*)</text>");
}

TEST(SvgChartTest, TwoVariantsAsWideAsTheirContainerWithTextReadableOnScreen) {
  ASSERT_GE(WorkedExampleBlocks().size(), 13u);
  for (const auto& block : WorkedExampleBlocks()) {
    SCOPED_TRACE(block.indicator().id());
    const std::string markup = RenderChart(block, "grafiek-1");
    // Where each variant is shown, the narrowest the chart gets on screen, in
    // CSS px: the page content at a 641 px window (the wide one from 40em up)
    // and at a 390 px phone (body padding 1.5rem each side).
    for (const auto& [name, view_width, screen_width] :
         {std::tuple<std::string, double, double>{"wide", 720, 641 - 48},
          {"narrow", 360, 390 - 48}}) {
      const std::string svg = Variant(markup, name);
      ASSERT_FALSE(svg.empty()) << name;
      EXPECT_THAT(svg, HasSubstr("style=\"width:100%;height:auto\""));
      EXPECT_THAT(svg, HasSubstr("viewBox=\"0 0 " + std::to_string(int(view_width)) + ".0 "));
      const auto sizes = All(svg, "font-size=\"([0-9.]+)\"");
      ASSERT_EQ(sizes.size(), 1u) << "one font size, set on the <svg>, for all its text";
      // At least 80% of the 16 px body text.
      EXPECT_GE(std::stod(sizes[0]) * screen_width / view_width, 0.8 * 16) << name;
    }
  }
}

TEST(SvgChartTest, IdsAreUniqueInThePageAndNameTheTextAlternative) {
  const std::string page = RenderChart(Block("woninginbraak"), "grafiek-1") +
                           RenderChart(Block("straatroof"), "grafiek-2");
  const auto ids = All(page, " id=\"([^\"]+)\"");
  EXPECT_EQ(ids.size(), 8u);
  EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), ids.size());
  const std::string wide = Variant(page, "wide");
  EXPECT_THAT(wide, HasSubstr("role=\"img\" aria-labelledby=\"grafiek-1-wide-title "
                              "grafiek-1-wide-desc\""));
  EXPECT_THAT(wide, HasSubstr("<title id=\"grafiek-1-wide-title\">Woninginbraken</title>"));
  EXPECT_THAT(Variant(page, "narrow"), HasSubstr("<desc id=\"grafiek-1-narrow-desc\">"));
}

TEST(SvgChartTest, ARateIndicatorPlotsTheRateOfEveryAreaOnOneAxisFromZero) {
  const auto& block = Block("woninginbraak");
  ASSERT_EQ(block.series_size(), 3);
  double max_rate = 0;
  for (const auto& s : block.series()) {
    for (const auto& p : s.points()) max_rate = std::max(max_rate, p.rate());
  }
  std::vector<std::string> expected_ticks;
  for (const auto& t : NiceTicks(0, max_rate).ticks) expected_ticks.push_back(t.label);
  EXPECT_EQ(expected_ticks.front(), "0");

  const std::string markup = RenderChart(block, "g");
  for (const std::string name : {"wide", "narrow"}) {
    SCOPED_TRACE(name);
    const std::string svg = Variant(markup, name);
    EXPECT_THAT(svg, HasSubstr(">per 1.000 woningen</text>"));
    EXPECT_THAT(svg, Not(HasSubstr("aantal")));
    EXPECT_THAT(svg, Not(HasSubstr("class=\"bars\"")));
    EXPECT_EQ(Count(svg, "<g class=\"series\">"), 3u);
    EXPECT_EQ(Count(svg, "<polyline "), 3u);
    EXPECT_THAT(TickLabels(svg), ElementsAreArray(expected_ticks));
    // A gridline at every tick, evenly spaced.
    const auto grid = All(Group(svg, "axis"), "<line [^>]*y1=\"([0-9.]+)\"");
    ASSERT_EQ(grid.size(), expected_ticks.size());
    const double gap = std::stod(grid[0]) - std::stod(grid[1]);
    for (size_t i = 1; i < grid.size(); ++i) {
      EXPECT_NEAR(std::stod(grid[i - 1]) - std::stod(grid[i]), gap, 0.11);
    }
  }
}

TEST(SvgChartTest, ACountIndicatorPlotsTheMunicipalitysCountsAsBars) {
  const auto& block = Block("high_impact_crimes");
  ASSERT_EQ(block.indicator().unit(), cv1::UNIT_COUNT);
  const std::string markup = RenderChart(block, "g");
  for (const std::string name : {"wide", "narrow"}) {
    SCOPED_TRACE(name);
    const std::string svg = Variant(markup, name);
    EXPECT_THAT(svg, HasSubstr(">aantal</text>"));
    EXPECT_THAT(svg, Not(HasSubstr("per 1.000")));
    EXPECT_EQ(Count(Group(svg, "bars"), "<rect "), 5u);
    EXPECT_THAT(svg, Not(HasSubstr("<polyline")));
    EXPECT_THAT(Group(svg, "legend"), HasSubstr("Almere (aantal)"));
    EXPECT_EQ(TickLabels(svg).front(), "0");
  }
}

TEST(SvgChartTest, TicksAreRoundValuesLabelledWithExactlyTheirValue) {
  // The old chart labelled 0/13/25/38/50 and put "3" at 2.5 and "8" at 7.5.
  const std::string counts =
      RenderChart(MakeBlock(cv1::UNIT_COUNT, {{"Almere", {12, 47, 30, 8, 21}}}), "g");
  EXPECT_THAT(TickLabels(Variant(counts, "wide")), ElementsAre("0", "10", "20", "30", "40", "50"));
  const std::string rates = RenderChart(
      MakeBlock(cv1::UNIT_PER_1000_INHABITANTS, {{"Almere", {7.5, 6.1, 5.0, 4.2, 3.9}}}), "g");
  EXPECT_THAT(TickLabels(Variant(rates, "narrow")), ElementsAre("0", "2", "4", "6", "8"));
  const std::string small = RenderChart(
      MakeBlock(cv1::UNIT_PER_1000_RESIDENTS_12_24, {{"Almere", {0.87, 0.5, 0.21, 0.3, 0.4}}}),
      "g");
  EXPECT_THAT(TickLabels(Variant(small, "wide")),
              ElementsAre("0", "0,2", "0,4", "0,6", "0,8", "1,0"));
  EXPECT_THAT(Variant(small, "wide"), HasSubstr(">per 1.000 jongeren van 12 t/m 24 jaar</text>"));
}

// "circle", "rect", or "polygon" with its number of corners (triangle, diamond).
std::string MarkerKind(const std::string& svg) {
  const auto tags = All(svg, "<(circle|rect|polygon) class=\"marker\"");
  if (tags.empty()) return "";
  if (tags[0] != "polygon") return tags[0];
  const auto points = All(svg, "class=\"marker\" points=\"([^\"]+)\"");
  return "polygon" + std::to_string(Count(points[0], ","));
}

TEST(SvgChartTest, ColourIsNeverTheOnlyCarrier) {
  const std::string markup = RenderChart(Block("woninginbraak"), "g");
  for (const std::string name : {"wide", "narrow"}) {
    SCOPED_TRACE(name);
    const std::string svg = Variant(markup, name);
    std::vector<std::string> dashes, markers;
    for (size_t at = svg.find("<g class=\"series\">"); at != std::string::npos;
         at = svg.find("<g class=\"series\">", at + 1)) {
      const std::string series = Group(svg, "series", at);
      const auto dash = All(series, "<polyline [^>]*stroke-dasharray=\"([^\"]+)\"");
      dashes.push_back(dash.empty() ? "solid" : dash[0]);
      markers.push_back(MarkerKind(series));
    }
    ASSERT_EQ(dashes.size(), 3u);
    EXPECT_EQ(std::set<std::string>(dashes.begin(), dashes.end()).size(), 3u);
    EXPECT_EQ(std::set<std::string>(markers.begin(), markers.end()).size(), 3u);
    // The legend draws the same line and marker as the plot.
    const std::string legend = Group(svg, "legend");
    for (const auto& dash : dashes) {
      if (dash != "solid") {
        EXPECT_THAT(legend, HasSubstr("stroke-dasharray=\"" + dash + "\""));
      }
    }
    EXPECT_THAT(legend, HasSubstr("<circle class=\"marker\""));
    EXPECT_THAT(legend, HasSubstr("<rect class=\"marker\""));
    EXPECT_THAT(legend, HasSubstr("<polygon class=\"marker\""));
    // Full names in the legend of both variants.
    EXPECT_THAT(legend, HasSubstr(">Politie-eenheid Midden-Nederland<"));
    EXPECT_THAT(legend, HasSubstr("G10/100.000+ gemeenten"));
  }
}

TEST(SvgChartTest, TheWideVariantLabelsEachLineAtItsEndTheNarrowOneOnlyInItsLegend) {
  const std::string markup = RenderChart(Block("woninginbraak"), "g");
  const std::string labels = Group(Variant(markup, "wide"), "labels");
  EXPECT_THAT(labels, HasSubstr(">Almere</text>"));
  // Shortened: without "(gemiddelde)", on two lines.
  EXPECT_THAT(labels, HasSubstr(">Politie-eenheid<tspan"));
  EXPECT_THAT(labels, HasSubstr(">Midden-Nederland</tspan>"));
  EXPECT_THAT(labels, HasSubstr(">G10/100.000+<tspan"));
  EXPECT_THAT(Variant(markup, "narrow"), Not(HasSubstr("class=\"labels\"")));
}

TEST(SvgChartTest, MissingFiguresAreGapsNotZero) {
  const std::string rates = RenderChart(
      MakeBlock(
          cv1::UNIT_PER_1000_DWELLINGS,
          {{"Almere", {6.3, std::nullopt, 5.1, 4.8, std::nullopt}},
           {"Groep", {std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt}}}),
      "g");
  const std::string wide = Variant(rates, "wide");
  // Only the run 2018H1-2018H2 is a line; 2017H1 is a lone marker.
  EXPECT_EQ(Count(wide, "<polyline "), 1u);
  EXPECT_EQ(Count(Group(wide, "series"), "class=\"marker\""), 3u);
  // A group without any figure is not drawn.
  EXPECT_EQ(Count(wide, "<g class=\"series\">"), 1u);
  EXPECT_THAT(Group(wide, "legend"), Not(HasSubstr("Groep")));
  EXPECT_THAT(wide, HasSubstr("tweede helft van 2017 geen gegevens"));

  const std::string counts =
      RenderChart(MakeBlock(cv1::UNIT_COUNT, {{"Almere", {12, std::nullopt, 0, 8, 21}}}), "g");
  const std::string bars = Variant(counts, "wide");
  EXPECT_EQ(Count(Group(bars, "bars"), "<rect "), 4u);
  const std::string values = Group(bars, "values");
  EXPECT_THAT(values, HasSubstr(">n.b.<title>"));
  EXPECT_THAT(values, HasSubstr(">0</text>"));
}

TEST(SvgChartTest, TheTextAlternativeSummarisesEverySeriesInDutch) {
  const std::string wide = Variant(RenderChart(Block("woninginbraak"), "g"), "wide");
  const auto desc = All(wide, "<desc id=\"g-wide-desc\">([^<]*)</desc>");
  ASSERT_EQ(desc.size(), 1u);
  EXPECT_THAT(desc[0], HasSubstr("Lijndiagram, per 1.000 woningen, eerste helft van 2017 tot en "
                                 "met eerste helft van 2019."));
  EXPECT_THAT(desc[0], HasSubstr("Almere: eerste helft van 2017 6,3 per 1.000 woningen;"));
  EXPECT_THAT(desc[0], HasSubstr("Politie-eenheid Midden-Nederland: eerste helft van 2017 5,1"));
}

TEST(SvgChartTest, NamesAreEscapedAndEmptyBlocksSaySo) {
  const std::string markup = RenderChart(
      MakeBlock(cv1::UNIT_PER_1000_INHABITANTS, {{"<Almere & co>", {1, 2, 3, 4, 5}}}), "g");
  EXPECT_THAT(markup, Not(HasSubstr("<Almere")));
  EXPECT_THAT(markup, HasSubstr("&lt;Almere &amp; co&gt;"));
  const std::string empty = RenderChart(
      MakeBlock(
          cv1::UNIT_COUNT,
          {{"Almere", {std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt}}}),
      "g");
  EXPECT_EQ(empty, "<p class=\"chart-empty\">Geen cijfers om in een grafiek te tonen.</p>");
}

}  // namespace
}  // namespace veilig::report
