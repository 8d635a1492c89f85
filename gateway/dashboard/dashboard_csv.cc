#include "gateway/dashboard/dashboard_csv.h"

#include "absl/strings/str_join.h"
#include "common/domain/rounding.h"
#include "common/report/dutch_text.h"
#include "common/report/labels.h"
#include "common/report/signal_text.h"
#include "gateway/dashboard/figure_text.h"
#include "gateway/dashboard/map_page.h"
#include "gateway/dashboard/signals_page.h"

namespace veilig::gateway {
namespace {

namespace cv1 = common::v1;
using csv::CsvWriter;

std::string Rate(const CsvWriter& out, const cv1::SeriesPoint& point) {
  if (!point.has_rate()) return "";
  return out.Number(RoundRate(point.rate()), RateDecimals(point.rate()));
}

std::string Percent(const CsvWriter& out, bool has, double percent) {
  return has ? out.Number(RoundPercent(percent), 0) : "";
}

std::string NotesText(const google::protobuf::RepeatedPtrField<cv1::SeriesNote>& notes) {
  std::string text;
  for (const auto& note : notes) {
    if (!text.empty()) text += ' ';
    text += note.text();
  }
  return text;
}

std::string MethodName(const cv1::AreaSignal& signal) {
  switch (signal.method()) {
    case cv1::SIGNAL_METHOD_GETIS_ORD_GI_STAR:
      return "Getis-Ord Gi* (Ord en Getis 1995)";
    case cv1::SIGNAL_METHOD_EXACT_RATE_COMPARISON:
      return "Exacte voorwaardelijke toets (Gu e.a. 2008)";
    default:
      return "Farrington (Noufaily e.a. 2012)";
  }
}

}  // namespace

std::string OverviewCsv(const report::v1::DashboardOverview& overview, csv::CsvDialect dialect) {
  CsvWriter out(dialect);
  out.Row({"Indicator", "Thema", "Periode", "Aantal", "Per 1.000", "Eenheid",
           "Verandering t.o.v. een jaar eerder (%)", "Doel", "Beoordeling"});
  for (const auto& summary : overview.indicators()) {
    const cv1::SeriesPoint* last = nullptr;
    for (const auto& point : summary.series().points()) {
      if (point.period() == overview.period()) last = &point;
    }
    const cv1::SeriesPoint none;
    const cv1::SeriesPoint& point = last != nullptr ? *last : none;
    const auto& comparison = summary.year_earlier();
    out.Row({summary.indicator().title(), summary.theme_title(), overview.period(),
             CsvWriter::Count(point.has_count() ? std::optional(point.count()) : std::nullopt),
             Rate(out, point), std::string(report::UnitLabel(summary.indicator().unit())),
             Percent(out, comparison.has_change_percent(), comparison.change_percent()),
             summary.has_goal_assessment()
                 ? std::string(report::GoalStatusLabel(summary.goal_assessment().status()))
                 : "",
             summary.has_goal_assessment()
                 ? std::string(report::GoalProgressLabel(summary.goal_assessment().progress()))
                 : ""});
  }
  return out.text();
}

std::string MapCsv(const report::v1::AreaMap& map, const MapQuery& query, csv::CsvDialect dialect) {
  CsvWriter out(dialect);
  const std::string noun = PartNoun(query.area);
  const std::string notes = NotesText(map.notes());
  std::vector<std::string> header = {"Code",
                                     report::Capitalised(noun),
                                     "Periode",
                                     "Aantal",
                                     report::Capitalised(MappedValueLabel(map.indicator())),
                                     "Verandering t.o.v. een jaar eerder (%)",
                                     "Verschil met " + map.whole().area_name() + " (%)",
                                     "Signaal",
                                     "Brandpunt"};
  if (map.indicator().unit() == cv1::UNIT_COUNT) header.erase(header.begin() + 4);
  if (!notes.empty()) header.push_back("Toelichting");
  out.Row(header);
  const auto row = [&](const report::v1::AreaFigure& figure, bool whole) {
    std::vector<std::string> fields = {
        figure.area(),
        figure.area_name(),
        map.period(),
        CsvWriter::Count(figure.current().has_count() ? std::optional(figure.current().count())
                                                      : std::nullopt),
        Rate(out, figure.current()),
        Percent(out, figure.has_change_percent(), figure.change_percent()),
        whole ? ""
              : Percent(out, figure.has_relative_to_whole_percent(),
                        figure.relative_to_whole_percent()),
        absl::StrJoin(figure.signal_periods(), " "),
        figure.hot_spot() ? "ja" : ""};
    if (map.indicator().unit() == cv1::UNIT_COUNT) fields.erase(fields.begin() + 4);
    if (!notes.empty()) fields.push_back(notes);
    out.Row(fields);
  };
  for (const auto* part : SortedParts(map, query)) row(*part, false);
  row(map.whole(), true);
  return out.text();
}

std::string AreaCsv(const report::v1::AreaProfile& profile, csv::CsvDialect dialect) {
  CsvWriter out(dialect);
  const std::string notes = NotesText(profile.notes());
  std::vector<std::string> header = {"Indicator", "Code",      "Gebied", "Periode",
                                     "Aantal",    "Per 1.000", "Eenheid"};
  if (!notes.empty()) header.push_back("Toelichting");
  out.Row(header);
  for (const auto& one : profile.indicators()) {
    const std::string unit(report::UnitLabel(one.indicator().unit()));
    const auto rows = [&](const cv1::AreaSeries& series) {
      for (const auto& point : series.points()) {
        std::vector<std::string> fields = {
            one.indicator().title(),
            series.area(),
            series.area_name(),
            point.period(),
            CsvWriter::Count(point.has_count() ? std::optional(point.count()) : std::nullopt),
            Rate(out, point),
            unit};
        if (!notes.empty()) fields.push_back(notes);
        out.Row(fields);
      }
    };
    for (const auto& series : one.half_years()) rows(series);
    rows(one.months());
  }
  return out.text();
}

std::string SignalsCsv(const report::v1::SignalsOverview& overview, csv::CsvDialect dialect) {
  CsvWriter out(dialect);
  out.Row({"Indicator",
           "Code",
           "Gebied",
           "Periode",
           "Geregistreerd",
           "Verwacht",
           "Bovengrens",
           "Overdispersie",
           "Kans bij toeval",
           "Na correctie",
           "Toetsen",
           "Methode",
           "Soort",
           "z",
           "Per 1.000",
           "Met buren per 1.000",
           "Gemiddeld per 1.000",
           "Buren",
           "Vergeleken met",
           "Toen geregistreerd",
           "Toen per 1.000"});
  const auto precise = [&out](double value) { return out.Number(value, 6); };
  for (const auto& signal : overview.signals()) {
    const bool hot_spot = signal.method() == cv1::SIGNAL_METHOD_GETIS_ORD_GI_STAR;
    const bool comparison = signal.method() == cv1::SIGNAL_METHOD_EXACT_RATE_COMPARISON;
    const bool monthly = !hot_spot && !comparison;
    const auto hot_spot_only = [&](double value) { return hot_spot ? precise(value) : ""; };
    const auto not_monthly = [&](double value) { return monthly ? "" : precise(value); };
    out.Row({SignalIndicator(overview, signal).title(),
             signal.area(),
             signal.area_name(),
             signal.period(),
             CsvWriter::Count(signal.observed()),
             precise(signal.expected()),
             monthly ? precise(signal.upper_limit()) : "",
             monthly ? precise(signal.dispersion()) : "",
             out.Number(signal.p_value(), 10),
             out.Number(signal.adjusted_p_value(), 10),
             CsvWriter::Count(signal.tests()),
             MethodName(signal),
             report::SignalKindText(signal),
             not_monthly(signal.z_score()),
             not_monthly(signal.rate()),
             hot_spot_only(signal.neighbourhood_rate()),
             hot_spot_only(signal.mean_rate()),
             absl::StrJoin(signal.neighbours(), " "),
             signal.comparison_period(),
             comparison ? CsvWriter::Count(signal.comparison_observed()) : "",
             comparison ? precise(signal.comparison_rate()) : ""});
  }
  return out.text();
}

std::string PrescribedCsv(const report::v1::PrescribedIndicators& prescribed,
                          csv::CsvDialect dialect) {
  CsvWriter out(dialect);
  bool any_notes = false;
  for (const auto& one : prescribed.indicators()) any_notes = any_notes || !one.notes().empty();
  std::vector<std::string> header = {"Indicator", "Eenheid", "Jaar",     "Code",
                                     "Gebied",    "Aantal",  "Per 1.000"};
  if (any_notes) header.push_back("Toelichting");
  out.Row(header);
  for (const auto& one : prescribed.indicators()) {
    const std::string unit(report::UnitLabel(one.indicator().unit()));
    const std::string notes = NotesText(one.notes());
    const auto rows = [&](const cv1::AreaSeries& series) {
      for (const auto& point : series.points()) {
        std::vector<std::string> fields = {
            one.indicator().title(),
            unit,
            point.period(),
            series.area(),
            series.area_name(),
            CsvWriter::Count(point.has_count() ? std::optional(point.count()) : std::nullopt),
            Rate(out, point)};
        if (any_notes) fields.push_back(notes);
        out.Row(fields);
      }
    };
    rows(one.municipality());
    if (one.has_country()) rows(one.country());
  }
  return out.text();
}

}  // namespace veilig::gateway
