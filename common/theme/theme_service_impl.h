// The gRPC adapter of ThemeService: checks each request, calls the store and
// the section builder, and maps errors to status codes. Shared by all four
// theme servers; each is configured with the themes it owns.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <span>
#include <utility>

#include "common/concurrency/bounded_executor.h"
#include "common/concurrency/single_flight.h"
#include "common/domain/period.h"
#include "common/theme/area_hot_spots.h"
#include "common/theme/area_period_comparison.h"
#include "common/theme/area_surveillance.h"
#include "common/theme/plan_baseline_memo.h"
#include "common/theme/section_cache.h"
#include "common/theme/series_request.h"
#include "common/theme/signal_metrics.h"
#include "common/theme/theme_extension.h"
#include "common/theme/theme_store.h"
#include "common/theme/version_memo.h"
#include "common/theme/versioned_database.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"

namespace veilig::theme {

struct ThemeOwnership {
  // The theme the service is named after.
  common::v1::Theme primary;
  // Every theme whose data it accepts (the primary one, maybe THEME_GENERAL).
  std::set<common::v1::Theme> themes;
};

// How sections are served: built off gRPC's threads, each at most once at a
// time, on a bounded pool.
struct SectionServing {
  // Workers that load and build sections.
  int build_threads = 2;
  // Sections waiting for a worker beyond which a miss is shed
  // (RESOURCE_EXHAUSTED).
  size_t max_queued_builds = 64;
  // How long versions read from the database are trusted (VersionMemo).
  std::chrono::milliseconds version_recheck{1000};
  // Where the signals' backlog and cost are counted; none when null.
  SignalMetrics* signal_metrics = nullptr;
};

// GetThemeSection, the one method read far more than all others, is served
// from bytes: a section is serialized once per version of the data and sent
// as it is, instead of being copied and serialized again for every call. A
// call whose section is in memory under versions known in memory is answered
// on gRPC's thread; any other goes to the build pool, where calls for the same
// section share one load and build.
class ThemeServiceImpl
    : public v1::ThemeService::WithRawCallbackMethod_GetThemeSection<v1::ThemeService::Service> {
 public:
  // `extension` (may be null) adds the theme's own data to every section.
  ThemeServiceImpl(ThemeStore& store, ThemeOwnership ownership, ThemeExtension* extension = nullptr,
                   SectionServing serving = {})
      : store_(store),
        ownership_(std::move(ownership)),
        extension_(extension),
        signal_metrics_(serving.signal_metrics),
        versions_(serving.version_recheck),
        builds_(serving.build_threads, serving.max_queued_builds) {}

  // Signals being worked out stop between indicators; queued ones are skipped.
  ~ThemeServiceImpl() override { signals_stopping_ = true; }

  // To be called after every committed write to the theme's database.
  void DataWritten(const WriteScope& scope) { versions_.Forget(scope.figures, scope.municipality); }

  grpc::Status UpsertThemeData(grpc::ServerContext* context,
                               const v1::UpsertThemeDataRequest* request,
                               v1::UpsertThemeDataResponse* response) override;
  grpc::Status IngestObservations(
      grpc::ServerContext* context,
      grpc::ServerReaderWriter<v1::IngestObservationsResponse, v1::IngestObservationsRequest>*
          stream) override;
  grpc::Status GetIngestCheckpoint(grpc::ServerContext* context,
                                   const v1::GetIngestCheckpointRequest* request,
                                   v1::IngestCheckpoint* response) override;
  grpc::Status ListIndicators(grpc::ServerContext* context,
                              const v1::ListIndicatorsRequest* request,
                              v1::ListIndicatorsResponse* response) override;
  grpc::Status ListAreas(grpc::ServerContext* context, const v1::ListAreasRequest* request,
                         v1::ListAreasResponse* response) override;
  grpc::Status GetSeries(grpc::ServerContext* context, const v1::GetSeriesRequest* request,
                         v1::GetSeriesResponse* response) override;
  // In area_rpcs.cc and area_figures_rpcs.cc.
  grpc::Status ListAreaBoundaries(grpc::ServerContext* context,
                                  const v1::ListAreaBoundariesRequest* request,
                                  v1::ListAreaBoundariesResponse* response) override;
  grpc::Status ListAreaFigures(grpc::ServerContext* context,
                               const v1::ListAreaFiguresRequest* request,
                               v1::ListAreaFiguresResponse* response) override;
  grpc::Status BatchGetAreaFigures(grpc::ServerContext* context,
                                   const v1::BatchGetAreaFiguresRequest* request,
                                   v1::BatchGetAreaFiguresResponse* response) override;
  grpc::Status ListAreaSignals(grpc::ServerContext* context,
                               const v1::ListAreaSignalsRequest* request,
                               v1::ListAreaSignalsResponse* response) override;
  // A GetThemeSectionRequest in, a ThemeSection out; conditional on the
  // `if-none-match` metadata (conditional_section.h).
  grpc::ServerUnaryReactor* GetThemeSection(grpc::CallbackServerContext* context,
                                            const grpc::ByteBuffer* request,
                                            grpc::ByteBuffer* response) override;

 private:
  // The stored definition (without a goal), else NOT_FOUND naming the id.
  absl::StatusOr<common::v1::Indicator> StoredIndicator(const std::string& id);
  // The figures of the municipality with its wijken, then of each wijk with
  // its buurten, for every indicator over `months`: read once for all the
  // indicators judged.
  struct AreaLevel {
    // The municipality, or one of its wijken.
    std::string area;
    std::unique_ptr<SectionInput> input;
    std::unique_ptr<Figures> figures;
    // The areas directly below the level's area.
    std::vector<std::string> parts;
  };
  absl::StatusOr<std::vector<AreaLevel>> LoadAreaLevels(const std::string& municipality,
                                                        const PeriodRange& months);
  // The levels whose parts are the wijken (`wijken`: the first), or the
  // buurten (the others).
  static std::span<const AreaLevel> LevelsOf(const std::vector<AreaLevel>& levels, bool wijken);
  // The outlines of every level's parts (code -> shape), in the division of
  // `year` or the nearest year that has them.
  absl::StatusOr<std::map<std::string, geo::MultiPolygon>> LoadLevelShapes(
      const std::vector<AreaLevel>& levels, int year);
  // One level's areas for hot spots: the wijken (`wijken`), or the buurten
  // of every wijk, with the half year's count and population.
  static std::vector<HotSpotArea> HotSpotAreasOf(
      const std::vector<AreaLevel>& levels, const std::map<std::string, geo::MultiPolygon>& shapes,
      const common::v1::Indicator& indicator, const Period& half_year, bool wijken);
  // One level's half-year counts now and in `earlier`, beside the
  // municipality's (the first level's area).
  static PeriodComparisonInput PeriodComparisonOf(const std::vector<AreaLevel>& levels,
                                                  const common::v1::Indicator& indicator,
                                                  const Period& later, const Period& earlier,
                                                  bool wijken);

  using SectionResult = absl::StatusOr<std::shared_ptr<const SerializedSection>>;
  // (municipality, canonical period)
  using SectionKey = std::pair<std::string, std::string>;

  // Reads the versions, then the cached section or a newly built one.
  SectionResult LoadSection(const std::string& municipality, const Period& period);
  // The municipality's versions as remembered (versions_), else read and
  // remembered.
  absl::StatusOr<DataVersions> CurrentVersions(const std::string& municipality);
  // The plan's baseline year for the municipality's records at `versions`.
  absl::StatusOr<std::optional<int>> BaselineYear(const std::string& municipality,
                                                  const DataVersions& versions);

  // What signals depend on: the shared figures, and the plan's baseline year
  // (a rise is also measured from the baseline).
  struct SignalsBasis {
    int64_t figures_version = 0;
    std::optional<int> baseline_year;
    bool operator==(const SignalsBasis&) const = default;
  };
  // Every indicator's signals for the municipality and half year when they
  // are kept for `basis`; null otherwise. The caller holds signals_mutex_.
  std::shared_ptr<const v1::ListAreaSignalsResponse> SignalsIfKeptLocked(
      const std::string& municipality, const std::string& period, const SignalsBasis& basis);
  // Works out every indicator's signals on signal_builds_, once at a time per
  // municipality and half year; keeping them makes the section be built again.
  void WorkOutSignalsLater(const std::string& municipality, const std::string& period);
  // The signals (ListAreaSignals) computed for the basis they were read at:
  // "GM0034|2019H1|indicator" -> (basis, answer). `cancelled` is asked
  // between indicators: work nobody waits for stops.
  // The worker (`background`) lets every waiting caller go first.
  absl::StatusOr<std::shared_ptr<const v1::ListAreaSignalsResponse>> KeptSignals(
      const v1::ListAreaSignalsRequest& request, const std::function<bool()>& cancelled,
      bool background = false);
  // Every indicator's signals (or the one `request` names) on `basis`,
  // worked out anew; the caller holds signals_work_mutex_.
  absl::StatusOr<std::shared_ptr<v1::ListAreaSignalsResponse>> WorkOutSignals(
      const v1::ListAreaSignalsRequest& request, const SignalsBasis& basis,
      const std::function<bool()>& cancelled);
  // The backlog to signal_metrics_; the caller holds signals_mutex_.
  void CountPendingLocked();
  // The basis the municipality's signals would be worked out on now.
  absl::StatusOr<SignalsBasis> CurrentSignalsBasis(const std::string& municipality);
  // The answer to a `ready_only` request: the kept signals (of one indicator
  // when it names one), or `pending` with the work queued.
  absl::StatusOr<v1::ListAreaSignalsResponse> ReadySignals(
      const v1::ListAreaSignalsRequest& request);

  ThemeStore& store_;
  ThemeOwnership ownership_;
  std::mutex signals_mutex_;
  std::map<std::string, std::pair<SignalsBasis, std::shared_ptr<const v1::ListAreaSignalsResponse>>>
      signals_kept_;
  // "GM0034|2019H1|": being worked out on signal_builds_.
  std::set<std::string> signals_pending_;
  std::atomic<bool> signals_stopping_ = false;
  // One computation at a time, on the worker or in a call: each holds every
  // figure below a municipality, so concurrent ones multiplied the service's
  // memory (P6: 555 MiB). A caller that waited may find the answer kept.
  // A plain mutex polled with try_lock: ThreadSanitizer (clang 14) does not
  // see std::timed_mutex's pthread_mutex_clocklock and stops the server.
  std::mutex signals_work_mutex_;
  // Calls waiting for signals_work_mutex_: the worker's backlog (up to every
  // municipality) would otherwise take it from them again and again.
  std::atomic<int> signal_callers_waiting_ = 0;
  ThemeExtension* extension_;
  SignalMetrics* signal_metrics_;
  SectionCache sections_;
  VersionMemo versions_;
  PlanBaselineMemo baseline_years_;
  SingleFlight<SectionKey, SectionResult> flights_;
  // Signals are worked out apart from the sections: their first cost (every
  // wijk and buurt, every month) stays outside a report's deadline.
  // Room for every municipality's half year after an import or a round of
  // publications; the queue holds keys, not figures.
  BoundedExecutor signal_builds_{1, 1024};
  // Last: its destructor runs the queued builds, which use the members above
  // (and may queue signals).
  BoundedExecutor builds_;
};

}  // namespace veilig::theme
