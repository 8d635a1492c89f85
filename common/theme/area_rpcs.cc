// ThemeService's RPCs for the areas below a municipality: their outlines
// and the signals in their figures (the dashboard's maps and signals page).
// Their figures are in area_figures_rpcs.cc.
#include <thread>  // also defines __GLIBC__ where it is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "absl/cleanup/cleanup.h"
#include "common/domain/calendar_date.h"
#include "common/domain/codes.h"
#include "common/domain/field_error.h"
#include "common/domain/strings.h"
#include "common/server/grpc_status.h"
#include "common/server/paging.h"
#include "common/theme/area_hot_spots.h"
#include "common/theme/area_surveillance.h"
#include "common/theme/boundaries.h"
#include "common/theme/figures.h"
#include "common/theme/note_scope.h"
#include "common/theme/series_request.h"
#include "common/theme/signal_settings.h"
#include "common/theme/theme_service_impl.h"

namespace veilig::theme {

using server::ToGrpcStatus;

namespace {

// The key signals are kept under: "GM0034|2019H1|" for every indicator.
std::string SignalsKey(const std::string& area, const std::string& period,
                       const std::string& indicator = "") {
  return StrCat(area, "|", period, "|", indicator);
}

// One indicator's part of every indicator's answer: its family is its own,
// so its signals and tests are the same as when worked out alone.
v1::ListAreaSignalsResponse OneIndicatorOf(const v1::ListAreaSignalsResponse& all,
                                           const std::string& id) {
  v1::ListAreaSignalsResponse answer;
  for (const auto& indicator : all.indicators()) {
    if (indicator.id() == id) *answer.add_indicators() = indicator;
  }
  for (const auto& signal : all.signals()) {
    if (signal.indicator() == id) *answer.add_signals() = signal;
  }
  if (auto tested = all.indicator_tests().find(id); tested != all.indicator_tests().end()) {
    answer.set_tests(tested->second);
    (*answer.mutable_indicator_tests())[tested->first] = tested->second;
  }
  return answer;
}

// A computation holds every figure below a municipality and frees it all
// at the end. glibc keeps what was freed in the arena of the thread that
// computed, and calls compute on gRPC's threads as well as on the worker:
// without this, the resident size grows by a municipality's figures for
// every thread that ever computed (P6: 312 MiB against 250 with two arenas).
void ReturnFreedMemory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

}  // namespace

grpc::Status ThemeServiceImpl::ListAreaBoundaries(grpc::ServerContext* context,
                                                  const v1::ListAreaBoundariesRequest* request,
                                                  v1::ListAreaBoundariesResponse* response) {
  if (!IsAreaCode(request->area())) {
    return ToGrpcStatus(FieldError("area", "is required and must be an area code"));
  }
  if (request->year() < 1900 || request->year() > 2100) {
    return ToGrpcStatus(FieldError("year", "is required: the year of the division, e.g. 2019"));
  }
  auto page = server::ParsePage(*request);
  if (!page.ok()) return ToGrpcStatus(page.status());
  auto boundaries = store_.ListBoundariesBelow(request->area(), request->year(), page->offset,
                                               page->probe_size());
  if (!boundaries.ok()) return ToGrpcStatus(boundaries.status());
  response->set_next_page_token(page->Take(*boundaries, [response](auto&& boundary) {
    *response->add_boundaries() = std::forward<decltype(boundary)>(boundary);
  }));
  return grpc::Status::OK;
}

grpc::Status ThemeServiceImpl::ListAreaSignals(grpc::ServerContext* context,
                                               const v1::ListAreaSignalsRequest* request,
                                               v1::ListAreaSignalsResponse* response) {
  if (!IsMunicipalityCode(request->area())) {
    return ToGrpcStatus(FieldError("area", "must be a CBS municipality code, e.g. GM0034"));
  }
  auto half_year = Period::Parse(request->period());
  if (!half_year.ok() || half_year->grain() != Grain::kHalfYear) {
    return ToGrpcStatus(FieldError("period", "must be a half year, e.g. 2019H1"));
  }
  if (!request->indicator().empty() && !IsIndicatorId(request->indicator())) {
    return ToGrpcStatus(FieldError("indicator", "must be an indicator id, e.g. woninginbraak"));
  }
  if (request->ready_only()) {
    auto ready = ReadySignals(*request);
    if (!ready.ok()) return ToGrpcStatus(ready.status());
    *response = std::move(*ready);
    return grpc::Status::OK;
  }
  auto kept = KeptSignals(*request, [context] { return context->IsCancelled(); });
  if (absl::IsCancelled(kept.status())) {
    // The caller left (a deadline, a restart): the worker finishes what it
    // began, or a caller with a short deadline would never see it done.
    WorkOutSignalsLater(request->area(), request->period());
  }
  if (!kept.ok()) return ToGrpcStatus(kept.status());
  *response = **kept;
  return grpc::Status::OK;
}

absl::StatusOr<ThemeServiceImpl::SignalsBasis> ThemeServiceImpl::CurrentSignalsBasis(
    const std::string& municipality) {
  auto versions = CurrentVersions(municipality);
  if (!versions.ok()) return versions.status();
  auto baseline_year = BaselineYear(municipality, *versions);
  if (!baseline_year.ok()) return baseline_year.status();
  return SignalsBasis{versions->figures, *baseline_year};
}

absl::StatusOr<v1::ListAreaSignalsResponse> ThemeServiceImpl::ReadySignals(
    const v1::ListAreaSignalsRequest& request) {
  auto basis = CurrentSignalsBasis(request.area());
  if (!basis.ok()) return basis.status();
  std::shared_ptr<const v1::ListAreaSignalsResponse> all;
  {
    std::lock_guard lock(signals_mutex_);
    all = SignalsIfKeptLocked(request.area(), request.period(), *basis);
  }
  v1::ListAreaSignalsResponse answer;
  if (all == nullptr) {
    WorkOutSignalsLater(request.area(), request.period());
    answer.set_pending(true);
    return answer;
  }
  if (request.indicator().empty()) return *all;
  // An indicator this service does not have is named, as when waiting.
  if (auto known = StoredIndicator(request.indicator()); !known.ok()) return known.status();
  return OneIndicatorOf(*all, request.indicator());
}

absl::StatusOr<std::shared_ptr<v1::ListAreaSignalsResponse>> ThemeServiceImpl::WorkOutSignals(
    const v1::ListAreaSignalsRequest& request, const SignalsBasis& basis,
    const std::function<bool()>& cancelled) {
  const std::optional<int>& baseline_year = basis.baseline_year;
  const Period half_year = *Period::Parse(request.period());
  std::vector<common::v1::Indicator> indicators;
  if (!request.indicator().empty()) {
    auto one = StoredIndicator(request.indicator());
    if (!one.ok()) return one.status();
    indicators.push_back(std::move(*one));
  } else {
    for (int offset = 0;; offset += server::kMaxPageSize) {
      auto page = store_.ListIndicators("", offset, server::kMaxPageSize);
      if (!page.ok()) return page.status();
      const bool last = page->size() < static_cast<size_t>(server::kMaxPageSize);
      for (auto& indicator : *page) indicators.push_back(std::move(indicator));
      if (last) break;
    }
  }
  // The history the indicator that reaches back furthest needs, and the
  // half years a rise is measured from: a year earlier, and the plan's baseline.
  std::vector<Period> earlier_halves = {Period::HalfYear(half_year.year() - 1, half_year.index())};
  if (baseline_year.has_value() && *baseline_year < half_year.year() - 1) {
    earlier_halves.push_back(Period::HalfYear(*baseline_year, half_year.index()));
  }
  Period first = Period::Month(half_year.year(), half_year.first_month());
  for (const auto& indicator : indicators) {
    first = std::min(first, FirstMonthNeeded(half_year, SurveillanceSettingsFor(indicator)));
  }
  for (const auto& earlier : earlier_halves) {
    first = std::min(first, Period::Month(earlier.year(), earlier.first_month()));
  }
  const PeriodRange months{first, Period::Month(half_year.year(), half_year.last_month())};
  auto levels = LoadAreaLevels(request.area(), months);
  if (!levels.ok()) return levels.status();
  auto shapes = LoadLevelShapes(*levels, half_year.year());
  if (!shapes.ok()) return shapes.status();
  auto answer = std::make_shared<v1::ListAreaSignalsResponse>();
  NeighbourMemo neighbours;
  for (const auto& indicator : indicators) {
    // Prescribed indicators are kept for the municipality only.
    if (indicator.prescribed_set() != common::v1::PRESCRIBED_SET_UNSPECIFIED) continue;
    // Every indicator judges every area: stop when nobody waits.
    if (cancelled()) return absl::CancelledError("cancelled");
    SurveillanceInput input;
    input.indicator = indicator;
    input.half_year = half_year;
    const Figures& upper = *levels->front().figures;
    input.whole = SeriesOf(upper, indicator, *upper.FindArea(request.area()), months);
    for (const auto& level : *levels) {
      for (const auto& part : level.parts) {
        input.parts.push_back(
            SeriesOf(*level.figures, indicator, *level.figures->FindArea(part), months));
      }
    }
    const bool any = std::any_of(input.parts.begin(), input.parts.end(), [](const auto& part) {
      return std::any_of(part.points().begin(), part.points().end(),
                         [](const auto& point) { return point.has_count(); });
    });
    if (!any) continue;
    *answer->add_indicators() = indicator;
    // Every test of the indicator is one family: months, rises since a year
    // earlier and since the baseline, and hot spots, among the wijken and
    // among all buurten (signal_family.h).
    const SurveillanceSettings monthly = SurveillanceSettingsFor(indicator);
    const HotSpotSettings hot_spot_settings = HotSpotSettingsFor(indicator);
    const PeriodComparisonSettings comparison_settings{hot_spot_settings.false_discovery_rate,
                                                       hot_spot_settings.min_count};
    std::vector<SignalTests> family;
    family.push_back(FindAreaSignals(input, monthly));
    for (const bool wijken : {true, false}) {
      for (const auto& earlier : earlier_halves) {
        family.push_back(
            FindRisesSince(PeriodComparisonOf(*levels, indicator, half_year, earlier, wijken),
                           comparison_settings));
      }
      family.push_back(FindHotSpots(indicator.id(), half_year.ToString(),
                                    HotSpotAreasOf(*levels, *shapes, indicator, half_year, wijken),
                                    hot_spot_settings, &neighbours));
    }
    int32_t tests = 0;
    for (const auto& part : family) tests += static_cast<int32_t>(part.p_values.size());
    (*answer->mutable_indicator_tests())[indicator.id()] = tests;
    answer->set_tests(answer->tests() + tests);
    for (auto& signal : AdjustTogether(family, monthly.false_discovery_rate)) {
      *answer->add_signals() = std::move(signal);
    }
  }
  return answer;
}

absl::StatusOr<std::shared_ptr<const v1::ListAreaSignalsResponse>> ThemeServiceImpl::KeptSignals(
    const v1::ListAreaSignalsRequest& request, const std::function<bool()>& cancelled,
    bool background) {
  // Signals read every figure below the municipality: worked out once per
  // version of the shared figures. The version is read first, so an answer
  // is never kept under a version newer than its figures.
  auto current = CurrentSignalsBasis(request.area());
  if (!current.ok()) return current.status();
  const SignalsBasis basis = *current;
  const std::string key = SignalsKey(request.area(), request.period(), request.indicator());
  const auto kept = [&]() -> std::shared_ptr<const v1::ListAreaSignalsResponse> {
    std::lock_guard lock(signals_mutex_);
    auto it = signals_kept_.find(key);
    if (it != signals_kept_.end() && it->second.first == basis) return it->second.second;
    if (request.indicator().empty()) return nullptr;
    auto all = SignalsIfKeptLocked(request.area(), request.period(), basis);
    if (all == nullptr) return nullptr;
    return std::make_shared<v1::ListAreaSignalsResponse>(OneIndicatorOf(*all, request.indicator()));
  };
  if (auto answer = kept()) return answer;
  std::unique_lock work(signals_work_mutex_, std::defer_lock);
  {
    // A call is counted while it waits; the worker waits for none.
    const int counted = background ? 0 : 1;
    signal_callers_waiting_ += counted;
    const absl::Cleanup waited = [this, counted] { signal_callers_waiting_ -= counted; };
    while ((background && signal_callers_waiting_ > 0) || !work.try_lock()) {
      if (cancelled()) return absl::CancelledError("cancelled");
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }
  if (auto answer = kept()) return answer;
  const auto started = std::chrono::steady_clock::now();
  auto worked_out = WorkOutSignals(request, basis, cancelled);
  ReturnFreedMemory();
  if (signal_metrics_ != nullptr) {
    if (worked_out.ok()) {
      signal_metrics_->Computed(
          std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    } else {
      signal_metrics_->Failed();
    }
  }
  if (!worked_out.ok()) return worked_out.status();
  std::shared_ptr<v1::ListAreaSignalsResponse> answer = std::move(*worked_out);
  std::lock_guard lock(signals_mutex_);
  // A section built before these signals were kept is built again with them.
  if (request.indicator().empty()) sections_.Forget(request.area(), request.period());
  // Every municipality's latest half year and a few more (a few kilobytes
  // each: the signals and the indicators judged); past that, start again.
  constexpr size_t kMostSignalsKept = 1024;
  if (signals_kept_.size() >= kMostSignalsKept) signals_kept_.clear();
  signals_kept_[key] = {basis, answer};
  return std::shared_ptr<const v1::ListAreaSignalsResponse>(std::move(answer));
}

namespace {

// A count has no population of its own: its rates are per inhabitant.
common::v1::Unit PopulationUnit(const common::v1::Indicator& indicator) {
  return indicator.unit() == common::v1::UNIT_COUNT ? common::v1::UNIT_PER_1000_INHABITANTS
                                                    : indicator.unit();
}

// A whole half year's count and population; none with a month missing,
// which would look like a fall.
std::optional<PeriodCounts> HalfYearCounts(const Figures& figures,
                                           const common::v1::Indicator& indicator,
                                           const std::string& area, const Period& half_year) {
  const Figure figure = figures.At(indicator, area, half_year);
  const auto population = figures.DenominatorOf(area, half_year, PopulationUnit(indicator));
  if (!figure.count || !figure.complete || !population) return std::nullopt;
  return PeriodCounts{*figure.count, static_cast<double>(*population)};
}

}  // namespace

std::span<const ThemeServiceImpl::AreaLevel> ThemeServiceImpl::LevelsOf(
    const std::vector<AreaLevel>& levels, bool wijken) {
  // The first level's parts are the wijken; the other levels' the buurten.
  const std::span<const AreaLevel> all(levels);
  return wijken ? all.first(1) : all.subspan(1);
}

PeriodComparisonInput ThemeServiceImpl::PeriodComparisonOf(const std::vector<AreaLevel>& levels,
                                                           const common::v1::Indicator& indicator,
                                                           const Period& later,
                                                           const Period& earlier, bool wijken) {
  PeriodComparisonInput input;
  input.indicator = indicator.id();
  input.later_period = later.ToString();
  input.earlier_period = earlier.ToString();
  const Figures& upper = *levels.front().figures;
  const auto whole_later = HalfYearCounts(upper, indicator, levels.front().area, later);
  const auto whole_earlier = HalfYearCounts(upper, indicator, levels.front().area, earlier);
  if (!whole_later || !whole_earlier) return input;
  input.whole_later = *whole_later;
  input.whole_earlier = *whole_earlier;
  for (const AreaLevel& level : LevelsOf(levels, wijken)) {
    const Figures& figures = *level.figures;
    for (const auto& code : level.parts) {
      const common::v1::Area* area = figures.FindArea(code);
      const auto now = HalfYearCounts(figures, indicator, code, later);
      const auto then = HalfYearCounts(figures, indicator, code, earlier);
      if (area == nullptr || !now || !then) continue;
      input.areas.push_back({code, area->name(), area->kind(), *now, *then});
    }
  }
  return input;
}

std::shared_ptr<const v1::ListAreaSignalsResponse> ThemeServiceImpl::SignalsIfKeptLocked(
    const std::string& municipality, const std::string& period, const SignalsBasis& basis) {
  auto it = signals_kept_.find(SignalsKey(municipality, period));
  if (it == signals_kept_.end() || it->second.first != basis) return nullptr;
  return it->second.second;
}

void ThemeServiceImpl::WorkOutSignalsLater(const std::string& municipality,
                                           const std::string& period) {
  const std::string key = SignalsKey(municipality, period);
  {
    std::lock_guard lock(signals_mutex_);
    if (!signals_pending_.insert(key).second) return;
  }
  const bool queued = signal_builds_.Submit([this, municipality, period, key] {
    v1::ListAreaSignalsRequest request;
    request.set_area(municipality);
    request.set_period(period);
    bool kept = false;
    if (!signals_stopping_) {
      kept = KeptSignals(
                 request, [this] { return signals_stopping_.load(); }, /*background=*/true)
                 .ok();
    }
    std::lock_guard lock(signals_mutex_);
    signals_pending_.erase(key);
    CountPendingLocked();
    // Without them, the next call builds the section again and asks again.
    if (!kept) sections_.Forget(municipality, period);
  });
  std::lock_guard lock(signals_mutex_);
  if (!queued) {
    signals_pending_.erase(key);
    sections_.Forget(municipality, period);
  }
  CountPendingLocked();
}

void ThemeServiceImpl::CountPendingLocked() {
  if (signal_metrics_ != nullptr) signal_metrics_->SetPending(signals_pending_.size());
}

absl::StatusOr<std::vector<ThemeServiceImpl::AreaLevel>> ThemeServiceImpl::LoadAreaLevels(
    const std::string& municipality, const PeriodRange& months) {
  std::vector<AreaLevel> levels;
  const auto load = [&](const std::string& area) -> absl::Status {
    AreaLevel level;
    level.area = area;
    auto input =
        store_.LoadAreaFiguresInput(area, months.from.year(), months.to.year(), level.parts);
    if (!input.ok()) return input.status();
    level.input = std::make_unique<SectionInput>(std::move(*input));
    level.figures = std::make_unique<Figures>(*level.input);
    levels.push_back(std::move(level));
    return absl::OkStatus();
  };
  if (auto s = load(municipality); !s.ok()) return s;
  if (levels.front().figures->FindArea(municipality) == nullptr) {
    return absl::NotFoundError(StrCat("area '", municipality, "' does not exist"));
  }
  const std::vector<std::string> wijken = levels.front().parts;
  for (const auto& wijk : wijken) {
    if (auto s = load(wijk); !s.ok()) return s;
  }
  return levels;
}

absl::StatusOr<std::map<std::string, geo::MultiPolygon>> ThemeServiceImpl::LoadLevelShapes(
    const std::vector<AreaLevel>& levels, int year) {
  std::map<std::string, geo::MultiPolygon> shapes;
  constexpr int kAllBelow = 100000;
  for (const auto& level : levels) {
    for (int candidate : OutlineYearsNearest(year)) {
      auto boundaries = store_.ListBoundariesBelow(level.area, candidate, 0, kAllBelow);
      if (!boundaries.ok()) return boundaries.status();
      if (boundaries->empty()) continue;
      for (const auto& boundary : *boundaries) shapes[boundary.area()] = ShapeOf(boundary);
      break;
    }
  }
  return shapes;
}

std::vector<HotSpotArea> ThemeServiceImpl::HotSpotAreasOf(
    const std::vector<AreaLevel>& levels, const std::map<std::string, geo::MultiPolygon>& shapes,
    const common::v1::Indicator& indicator, const Period& half_year, bool wijken) {
  std::vector<HotSpotArea> areas;
  for (const AreaLevel& level : LevelsOf(levels, wijken)) {
    const Figures& figures = *level.figures;
    for (const auto& code : level.parts) {
      const auto shape = shapes.find(code);
      const common::v1::Area* area = figures.FindArea(code);
      if (shape == shapes.end() || area == nullptr) continue;
      const auto counts = HalfYearCounts(figures, indicator, code, half_year);
      if (!counts) continue;
      areas.push_back(
          {code, area->name(), area->kind(), counts->count, counts->population, shape->second});
    }
  }
  return areas;
}

}  // namespace veilig::theme
