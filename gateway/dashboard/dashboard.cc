#include "gateway/dashboard/dashboard.h"

#include <future>
#include <optional>
#include <set>

#include "common/domain/codes.h"
#include "common/domain/field_error.h"
#include "common/domain/period.h"
#include "common/domain/strings.h"
#include "common/report/report_outline.h"
#include "common/theme/note_scope.h"
#include "gateway/dashboard/area_map.h"
#include "gateway/dashboard/area_profile.h"
#include "gateway/dashboard/half_years.h"
#include "gateway/dashboard/overview.h"
#include "gateway/dashboard/signals_page.h"

namespace veilig::gateway {
namespace {

namespace cv1 = common::v1;

// Published reports kept in memory, trimmed to what the dashboard shows (a
// few kilobytes each); beyond, all kept go.
constexpr size_t kMostReportsKept = 1024;
// Signals follow the figures below the municipality, which are imported
// apart from the report: a few minutes old at most.
constexpr std::chrono::minutes kSignalsKeptFor{5};

// A month with a signal, once however many methods found it.
void AddSignalPeriod(const std::string& month, report::v1::AreaFigure& part) {
  const auto& marked = part.signal_periods();
  if (std::find(marked.begin(), marked.end(), month) == marked.end()) {
    part.add_signal_periods(month);
  }
}

// The indicator's signals marked on the map's parts: rises in months of
// `period` (a half year or a month), single months or runs of them, and hot
// spots of `period` itself. Rises since an earlier half year are on the
// signals and area pages.
void MarkSignals(const report::v1::SignalsOverview& signals, const Period& period,
                 report::v1::AreaMap& map) {
  for (auto& part : *map.mutable_parts()) {
    for (const auto& signal : signals.signals()) {
      auto when = Period::Parse(signal.period());
      if (signal.indicator() != map.indicator().id() || signal.area() != part.area() ||
          !when.ok()) {
        continue;
      }
      if (signal.method() == cv1::SIGNAL_METHOD_GETIS_ORD_GI_STAR) {
        if (period != *when) continue;
        part.set_hot_spot(true);
        *part.mutable_hot_spot_neighbours() = signal.neighbours();
      } else if (signal.method() == cv1::SIGNAL_METHOD_FARRINGTON_FLEXIBLE &&
                 (period == *when || period.Contains(*when))) {
        AddSignalPeriod(signal.period(), part);
      } else if (signal.method() == cv1::SIGNAL_METHOD_POISSON_CUSUM) {
        // Every month of the run.
        auto month = Period::Parse(signal.run_start());
        for (; month.ok() && *month <= *when; month = month->Next()) {
          if (period == *month || period.Contains(*month)) AddSignalPeriod(month->ToString(), part);
        }
      }
    }
  }
}

// The report without what the dashboard never shows: the indicators'
// sentences and notes, texts, tables, activities.
report::v1::ProgressReport TrimmedForDashboard(const report::v1::ProgressReport& full) {
  const auto trimmed_topic = [](const cv1::TopicBlock& topic) {
    cv1::TopicBlock kept;
    kept.set_topic(topic.topic());
    kept.set_number(topic.number());
    for (const auto& block : topic.indicators()) {
      cv1::IndicatorBlock& b = *kept.add_indicators();
      *b.mutable_indicator() = block.indicator();
      *b.mutable_series() = block.series();
      *b.mutable_comparisons() = block.comparisons();
      if (block.has_goal_assessment()) *b.mutable_goal_assessment() = block.goal_assessment();
    }
    // A survey is small and shown whole, its notes on invented figures too.
    *kept.mutable_surveys() = topic.surveys();
    return kept;
  };
  report::v1::ProgressReport report;
  report.set_name(full.name());
  report.set_municipality(full.municipality());
  report.set_municipality_name(full.municipality_name());
  report.set_period(full.period());
  report.set_baseline_period(full.baseline_period());
  report.set_status(full.status());
  report.set_version(full.version());
  *report.mutable_general() = trimmed_topic(full.general());
  for (const auto& section : full.sections()) {
    cv1::ThemeSection& kept = *report.add_sections();
    kept.set_theme(section.theme());
    kept.set_title(section.title());
    for (const auto& topic : section.topics()) *kept.add_topics() = trimmed_topic(topic);
  }
  return report;
}

absl::Status CheckMunicipality(const std::string& municipality) {
  if (!IsMunicipalityCode(municipality)) {
    return FieldError("municipality", "must be a CBS municipality code, e.g. GM0034");
  }
  return absl::OkStatus();
}

// The indicators of the report, in its order.
std::vector<cv1::Indicator> IndicatorsOf(const report::v1::ProgressReport& report) {
  std::vector<cv1::Indicator> indicators;
  report::ForEachIndicatorBlock(
      report, [&indicators](const cv1::ThemeSection*, const cv1::IndicatorBlock& block) {
        indicators.push_back(block.indicator());
      });
  return indicators;
}

// What a map offers: the half years from the baseline to the report's, then
// their months.
std::vector<std::string> PeriodsOf(const report::v1::ProgressReport& report) {
  std::vector<std::string> periods;
  auto last = Period::Parse(report.period());
  auto first = Period::Parse(report.baseline_period());
  if (!last.ok()) return periods;
  if (!first.ok() || *last < *first) first = last;
  for (Period p = *first; p <= *last; p = p.Next()) periods.push_back(p.ToString());
  const Period last_month = Period::Month(last->year(), last->last_month());
  for (Period m = Period::Month(first->year(), 1); m <= last_month; m = m.Next()) {
    periods.push_back(m.ToString());
  }
  return periods;
}

}  // namespace

absl::Status CheckMapQuery(const std::string& municipality, const MapQuery& query) {
  if (auto s = CheckMunicipality(municipality); !s.ok()) return s;
  if (!query.indicator.empty() && !IsIndicatorId(query.indicator)) {
    return FieldError("indicator", "must be an indicator id, e.g. woninginbraak");
  }
  if (!query.period.empty()) {
    auto period = Period::Parse(query.period);
    if (!period.ok() || (period->grain() != Grain::kHalfYear && period->grain() != Grain::kMonth)) {
      return FieldError("period", "must be a half year or a month, e.g. 2019H1 or 2019M03");
    }
  }
  if (!query.area.empty() &&
      (!IsDistrictCode(query.area) || MunicipalityOfAreaCode(query.area) != municipality)) {
    return FieldError("area", StrCat("must be the code of a wijk of ", municipality, ", e.g. WK",
                                     municipality.substr(2), "01"));
  }
  static const std::set<std::string> kSorts = {"",       "naam",        "aantal",
                                               "waarde", "verandering", "verschil"};
  if (!kSorts.contains(query.sort)) {
    return FieldError("sort", "must be naam, aantal, waarde, verandering or verschil");
  }
  return absl::OkStatus();
}

absl::StatusOr<std::shared_ptr<const report::v1::ProgressReport>> Dashboard::LatestReport(
    const std::string& municipality, const ReportCaller& caller) {
  if (auto s = CheckMunicipality(municipality); !s.ok()) return s;
  auto latest = reports_.LatestPublished(municipality);
  if (!latest.ok()) return latest.status();
  if (!latest->has_value()) {
    return absl::NotFoundError(StrCat("municipality ", municipality,
                                      " has no published progress report yet; the dashboard "
                                      "shows the figures of the latest one"));
  }
  const report::v1::PublishedReport& newest = **latest;
  const std::string key = StrCat(municipality, "/", newest.period(), "/", newest.latest_version());
  {
    std::lock_guard lock(mutex_);
    if (auto it = reports_kept_.find(key); it != reports_kept_.end()) return it->second;
  }
  auto report = reports_.Get(municipality, newest.period(), newest.latest_version(), caller);
  if (!report.ok()) return report.status();
  auto kept = std::make_shared<const report::v1::ProgressReport>(TrimmedForDashboard(*report));
  std::lock_guard lock(mutex_);
  if (reports_kept_.size() >= kMostReportsKept) reports_kept_.clear();
  reports_kept_[key] = kept;
  return kept;
}

absl::StatusOr<report::v1::DashboardOverview> Dashboard::Overview(const std::string& municipality,
                                                                  const ReportCaller& caller) {
  auto report = LatestReport(municipality, caller);
  if (!report.ok()) return report.status();
  return BuildOverview(**report);
}

absl::StatusOr<MapPageInput> Dashboard::Map(const std::string& municipality, MapQuery query,
                                            const ReportCaller& caller) {
  if (auto s = CheckMapQuery(municipality, query); !s.ok()) return s;
  auto report = LatestReport(municipality, caller);
  if (!report.ok()) return report.status();
  MapPageInput input;
  input.indicators = IndicatorsOf(**report);
  input.periods = PeriodsOf(**report);
  input.municipality_name = (*report)->municipality_name();
  if (query.period.empty()) query.period = (*report)->period();
  if (query.indicator.empty() && !input.indicators.empty()) {
    query.indicator = input.indicators.front().id();
  }
  const auto indicator =
      std::find_if(input.indicators.begin(), input.indicators.end(),
                   [&query](const auto& i) { return i.id() == query.indicator; });
  if (indicator == input.indicators.end()) {
    return absl::NotFoundError(
        StrCat("indicator '", query.indicator, "' is not in the plan of ", municipality));
  }
  const Period period = *Period::Parse(query.period);
  const std::string parent = query.area.empty() ? municipality : query.area;
  // Asked beside the figures and outlines: the page waits for the slowest only.
  auto kept_signals = std::async(std::launch::async, [&] {
    return KeptSignals(municipality, **report, caller, AreaClient::SignalsWait::kReadyOnly);
  });
  auto figures = areas_.Figures(caller, *indicator, parent, period.YearEarlier().ToString(),
                                period.ToString());
  if (!figures.ok()) return figures.status();
  auto outlines = areas_.PartOutlines(caller, parent, period.year());
  if (!outlines.ok()) return outlines.status();
  input.map = BuildAreaMap(municipality, *figures, period, *outlines);
  // A map without its signals still shows every figure; the page says so.
  auto signals = kept_signals.get();
  if (!signals.ok()) {
    input.map.set_signals(report::v1::SIGNALS_STATE_UNAVAILABLE);
  } else if ((*signals)->pending()) {
    input.map.set_signals(report::v1::SIGNALS_STATE_PENDING);
  } else {
    MarkSignals(**signals, period, input.map);
    input.map.set_signals(report::v1::SIGNALS_STATE_MARKED);
  }
  input.outlines = std::move(*outlines);
  input.query = std::move(query);
  return input;
}

absl::StatusOr<std::optional<IndicatorFiguresOfArea>> Dashboard::FiguresOfArea(
    const ReportCaller& caller, const common::v1::Indicator& indicator, const std::string& area,
    theme::v1::ListAreaFiguresResponse months, const Period& first, const Period& last) {
  bool any = false;
  for (const auto& point : months.whole().points()) {
    any = any || point.has_count() || point.has_rate();
  }
  // An indicator nobody keeps for this area is left out.
  if (!any) return std::nullopt;
  // Whole months give the half years without asking again.
  if (auto derived = HalfYearsOfMonths(months.indicator(), months.whole(), first, last)) {
    theme::v1::ListAreaFiguresResponse halves;
    *halves.mutable_indicator() = months.indicator();
    *halves.mutable_whole() = std::move(*derived);
    *halves.mutable_notes() = months.notes();
    return IndicatorFiguresOfArea{std::move(months), std::move(halves)};
  }
  auto halves = areas_.Figures(caller, indicator, area, first.ToString(), last.ToString(),
                               /*whole_only=*/true);
  if (!halves.ok()) return halves.status();
  return IndicatorFiguresOfArea{std::move(months), std::move(*halves)};
}

absl::StatusOr<AreaPageInput> Dashboard::Area(const std::string& municipality,
                                              const std::string& area, const ReportCaller& caller) {
  if (auto s = CheckMunicipality(municipality); !s.ok()) return s;
  if ((!IsDistrictCode(area) && !IsNeighbourhoodCode(area)) ||
      MunicipalityOfAreaCode(area) != municipality) {
    return FieldError("area", StrCat("must be the code of a wijk or buurt of ", municipality,
                                     ", e.g. WK", municipality.substr(2), "01"));
  }
  auto report = LatestReport(municipality, caller);
  if (!report.ok()) return report.status();
  const Period last = *Period::Parse((*report)->period());
  auto baseline = Period::Parse((*report)->baseline_period());
  const Period first = baseline.ok() && *baseline < last ? *baseline : last;
  // The signals, the wijk's name and every indicator that can have figures
  // per area are asked for at once; the indicators in one call per service.
  auto kept_signals = std::async(std::launch::async, [&] {
    return KeptSignals(municipality, **report, caller, AreaClient::SignalsWait::kReadyOnly);
  });
  std::vector<common::v1::Indicator> asked;
  for (const auto& indicator : IndicatorsOf(**report)) {
    if (HasFiguresPerArea(indicator)) asked.push_back(indicator);
  }
  std::future<absl::StatusOr<theme::v1::ListAreaFiguresResponse>> wijk;
  if (IsNeighbourhoodCode(area) && !asked.empty()) {
    // The wijk's name, from its figures (any indicator's will do).
    wijk = std::async(std::launch::async, [&]() {
      return areas_.Figures(caller, asked.front(), ParentAreaCode(area), last.ToString(),
                            last.ToString(), /*whole_only=*/true);
    });
  }
  auto months = areas_.WholeFigures(caller, asked, area,
                                    Period::Month(first.year(), first.first_month()).ToString(),
                                    Period::Month(last.year(), last.last_month()).ToString());
  if (!months.ok()) return months.status();
  std::vector<IndicatorFiguresOfArea> figures;
  for (size_t i = 0; i < asked.size(); ++i) {
    // An indicator no service stores is left out, as one without figures here.
    if (!(*months)[i]) continue;
    auto result = FiguresOfArea(caller, asked[i], area, std::move(*(*months)[i]), first, last);
    if (!result.ok()) return result.status();
    if (*result) figures.push_back(std::move(**result));
  }
  AreaPageInput input;
  input.profile = BuildAreaProfile(municipality, figures, report->get());
  if (!input.profile.has_area()) {
    input.profile.mutable_area()->set_code(area);
    input.profile.mutable_area()->set_name(area);
    input.profile.mutable_area()->set_parent(ParentAreaCode(area));
  }
  input.municipality_name = (*report)->municipality_name();
  input.map_period = (*report)->period();
  auto signals = kept_signals.get();
  if (!signals.ok()) {
    input.signals_state = report::v1::SIGNALS_STATE_UNAVAILABLE;
  } else if ((*signals)->pending()) {
    input.signals_state = report::v1::SIGNALS_STATE_PENDING;
  } else {
    input.signals_state = report::v1::SIGNALS_STATE_MARKED;
    for (const auto& signal : (*signals)->signals()) {
      if (signal.area() != area) continue;
      input.signals.emplace_back(signal, SignalIndicator(**signals, signal));
    }
  }
  if (wijk.valid() && !figures.empty()) {
    auto parent = wijk.get();
    if (parent.ok()) input.parent_name = parent->whole().area_name();
  }
  return input;
}

absl::StatusOr<report::v1::SignalsOverview> Dashboard::Signals(const std::string& municipality,
                                                               const ReportCaller& caller) {
  auto report = LatestReport(municipality, caller);
  if (!report.ok()) return report.status();
  auto kept = KeptSignals(municipality, **report, caller, AreaClient::SignalsWait::kUntilReady);
  if (!kept.ok()) return kept.status();
  return **kept;
}

absl::StatusOr<std::shared_ptr<const report::v1::SignalsOverview>> Dashboard::KeptSignals(
    const std::string& municipality, const report::v1::ProgressReport& report,
    const ReportCaller& caller, AreaClient::SignalsWait wait) {
  const std::string key = StrCat(municipality, "/", report.period());
  const auto now = std::chrono::steady_clock::now();
  {
    std::lock_guard lock(mutex_);
    if (auto it = signals_kept_.find(key); it != signals_kept_.end() && it->second.until > now) {
      return it->second.overview;
    }
  }
  auto answers = areas_.Signals(caller, municipality, report.period(), wait);
  if (!answers.ok()) return answers.status();
  auto overview = std::make_shared<report::v1::SignalsOverview>();
  overview->set_municipality(municipality);
  overview->set_municipality_name(report.municipality_name());
  overview->set_period(report.period());
  for (auto& answer : *answers) {
    for (auto& signal : *answer.mutable_signals()) *overview->add_signals() = std::move(signal);
    for (auto& indicator : *answer.mutable_indicators()) {
      *overview->add_indicators() = std::move(indicator);
    }
    overview->set_tests(overview->tests() + answer.tests());
    overview->set_pending(overview->pending() || answer.pending());
  }
  if (overview->pending()) return std::shared_ptr<const report::v1::SignalsOverview>(overview);
  std::lock_guard lock(mutex_);
  if (signals_kept_.size() >= kMostReportsKept) signals_kept_.clear();
  signals_kept_[key] = {now + kSignalsKeptFor, overview};
  return std::shared_ptr<const report::v1::SignalsOverview>(std::move(overview));
}

absl::StatusOr<report::v1::PrescribedIndicators> Dashboard::Prescribed(
    const std::string& municipality, const ReportCaller& caller) {
  auto report = LatestReport(municipality, caller);
  if (!report.ok()) return report.status();
  auto indicators = areas_.PrescribedIndicators(caller, cv1::PRESCRIBED_SET_BBV);
  if (!indicators.ok()) return indicators.status();
  const int last_year = Period::Parse((*report)->period())->year();
  auto baseline = Period::Parse((*report)->baseline_period());
  const int first_year = baseline.ok() ? std::min(baseline->year(), last_year) : last_year;
  const std::string from = StrCat(first_year), to = StrCat(last_year);

  // Both areas of every indicator are asked for at once.
  struct Pending {
    std::future<absl::StatusOr<theme::v1::ListAreaFiguresResponse>> municipality, country;
  };
  std::vector<Pending> pending;
  for (const auto& indicator : *indicators) {
    const auto ask = [&, indicator](const std::string& area) {
      return std::async(std::launch::async, [&, indicator, area]() {
        return areas_.Figures(caller, indicator, area, from, to, /*whole_only=*/true);
      });
    };
    pending.push_back({ask(municipality), ask(kCountryCode)});
  }
  report::v1::PrescribedIndicators answer;
  answer.set_municipality(municipality);
  answer.set_municipality_name((*report)->municipality_name());
  answer.set_set(cv1::PRESCRIBED_SET_BBV);
  absl::Status failed;
  for (auto& one : pending) {
    auto own = one.municipality.get();
    auto country = one.country.get();
    if (!own.ok()) {
      if (failed.ok()) failed = own.status();
      continue;
    }
    report::v1::PrescribedIndicatorYears& years = *answer.add_indicators();
    *years.mutable_indicator() = own->indicator();
    *years.mutable_municipality() = std::move(*own->mutable_whole());
    // Notes on the figures below the municipality are not about these.
    for (auto& note : *own->mutable_notes()) {
      if (!theme::IsNoteOnAreasBelow(note)) *years.add_notes() = std::move(note);
    }
    // A country that is not imported leaves the comparison out; any other
    // failure is the page's.
    if (country.ok()) {
      *years.mutable_country() = std::move(*country->mutable_whole());
    } else if (country.status().code() != absl::StatusCode::kNotFound && failed.ok()) {
      failed = country.status();
    }
  }
  if (!failed.ok()) return failed;
  // A year is shown when the municipality has it whole for some indicator:
  // the budget and annual report speak of whole years only.
  int shown_until = first_year - 1;
  for (const auto& one : answer.indicators()) {
    for (const auto& point : one.municipality().points()) {
      if (point.complete() && point.has_count()) {
        shown_until = std::max(shown_until, Period::Parse(point.period())->year());
      }
    }
  }
  for (int year = first_year; year <= shown_until; ++year) answer.add_years(StrCat(year));
  const auto keep_shown = [shown_until](cv1::AreaSeries& series) {
    auto* points = series.mutable_points();
    points->erase(std::remove_if(points->begin(), points->end(),
                                 [shown_until](const cv1::SeriesPoint& point) {
                                   return Period::Parse(point.period())->year() > shown_until;
                                 }),
                  points->end());
    // Part of a year is no figure of the year.
    for (auto& point : *points) {
      if (point.complete()) continue;
      point.clear_count();
      point.clear_rate();
      point.clear_rate_rounded();
      point.clear_denominator();
    }
  };
  for (auto& one : *answer.mutable_indicators()) {
    keep_shown(*one.mutable_municipality());
    if (one.has_country()) keep_shown(*one.mutable_country());
  }
  return answer;
}

}  // namespace veilig::gateway
