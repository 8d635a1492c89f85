#include "common/theme/theme_service_impl.h"

#include "absl/strings/numbers.h"
#include "common/auth/call_gate.h"
#include "common/domain/codes.h"
#include "common/domain/field_checks.h"
#include "common/domain/field_error.h"
#include "common/domain/period.h"
#include "common/domain/resource_name.h"
#include "common/domain/strings.h"
#include "common/server/grpc_status.h"
#include "common/server/paging.h"
#include "common/server/request_decoding.h"
#include "common/theme/conditional_section.h"
#include "common/theme/figures.h"
#include "common/theme/section_builder.h"
#include "common/theme/series_request.h"
#include "common/theme/validation.h"

namespace veilig::theme {
namespace {

using server::ToGrpcStatus;

// The cached bytes as a slice without copying them: the slice keeps the
// section alive and lets it go when gRPC has sent it.
grpc::Slice SliceOf(std::shared_ptr<const SerializedSection> section) {
  auto* owner = new std::shared_ptr<const SerializedSection>(std::move(section));
  // gRPC's slice type wants a mutable pointer; it only reads the bytes.
  return grpc::Slice(
      const_cast<char*>((*owner)->bytes.data()), (*owner)->bytes.size(),
      [](void* held) { delete static_cast<std::shared_ptr<const SerializedSection>*>(held); },
      owner);
}

}  // namespace

grpc::Status ThemeServiceImpl::UpsertThemeData(grpc::ServerContext* context,
                                               const v1::UpsertThemeDataRequest* request,
                                               v1::UpsertThemeDataResponse* response) {
  if (auto s = ValidateUpsert(*request, ownership_.themes); !s.ok()) return ToGrpcStatus(s);
  auto result = store_.Upsert(*request, [request](const auto& indicators, const auto& areas) {
    return ValidateReferences(*request, indicators, areas);
  });
  if (!result.ok()) return ToGrpcStatus(result.status());
  *response = std::move(*result);
  return grpc::Status::OK;
}

grpc::Status ThemeServiceImpl::ListIndicators(grpc::ServerContext* context,
                                              const v1::ListIndicatorsRequest* request,
                                              v1::ListIndicatorsResponse* response) {
  std::string municipality;
  if (!request->parent().empty()) {
    auto parsed = ParseParent("parent", request->parent());
    if (!parsed.ok()) return ToGrpcStatus(parsed.status());
    municipality = *parsed;
    // The method is open for the shared definitions; a municipality's goals
    // are its own, readable with draft access in it.
    auto caller = auth::Admit(*context);
    if (!caller.ok()) return ToGrpcStatus(caller.status());
    // The method is open, so a missing or bad token reaches here as nobody.
    if (caller->subject.empty()) {
      return grpc::Status(grpc::StatusCode::UNAUTHENTICATED,
                          "a municipality's goals need a valid bearer token");
    }
    if (auto s = auth::RequireDraftAccess(*caller, municipality,
                                          "ListIndicators with a municipality's goals");
        !s.ok()) {
      return ToGrpcStatus(s);
    }
  }
  auto page = server::ParsePage(*request);
  if (!page.ok()) return ToGrpcStatus(page.status());
  auto indicators = store_.ListIndicators(municipality, page->offset, page->probe_size());
  if (!indicators.ok()) return ToGrpcStatus(indicators.status());
  response->set_next_page_token(page->Take(*indicators, [response](auto&& row) {
    *response->add_indicators() = std::forward<decltype(row)>(row);
  }));
  return grpc::Status::OK;
}

grpc::Status ThemeServiceImpl::ListAreas(grpc::ServerContext* context,
                                         const v1::ListAreasRequest* request,
                                         v1::ListAreasResponse* response) {
  auto page = server::ParsePage(*request);
  if (!page.ok()) return ToGrpcStatus(page.status());
  auto areas = store_.ListAreas(page->offset, page->probe_size());
  if (!areas.ok()) return ToGrpcStatus(areas.status());
  response->set_next_page_token(page->Take(*areas, [response](auto&& row) {
    *response->add_areas() = std::forward<decltype(row)>(row);
  }));
  return grpc::Status::OK;
}

absl::StatusOr<common::v1::Indicator> ThemeServiceImpl::StoredIndicator(const std::string& id) {
  auto indicator = store_.GetIndicator(id);
  if (!indicator.ok()) return indicator.status();
  if (!indicator->has_value()) {
    return absl::NotFoundError(StrCat("indicator '", id, "' does not exist"));
  }
  return **std::move(indicator);
}

grpc::Status ThemeServiceImpl::GetSeries(grpc::ServerContext* context,
                                         const v1::GetSeriesRequest* request,
                                         v1::GetSeriesResponse* response) {
  if (!IsIndicatorId(request->indicator())) {
    return ToGrpcStatus(FieldError("indicator", "is required and must be an indicator id"));
  }
  if (!IsAreaCode(request->area())) {
    return ToGrpcStatus(FieldError("area", "is required and must be an area code"));
  }
  auto range = ParsePeriodRange(request->from_period(), request->to_period());
  if (!range.ok()) return ToGrpcStatus(range.status());

  auto indicator = StoredIndicator(request->indicator());
  if (!indicator.ok()) return ToGrpcStatus(indicator.status());
  auto input = store_.LoadSectionInput(request->area(), range->from.year(), range->to.year());
  if (!input.ok()) return ToGrpcStatus(input.status());
  const Figures figures(*input);
  const common::v1::Area* area = figures.FindArea(request->area());
  if (area == nullptr) {
    return grpc::Status(grpc::StatusCode::NOT_FOUND,
                        StrCat("area '", request->area(), "' does not exist"));
  }
  *response->mutable_series() = SeriesOf(figures, *indicator, *area, *range);
  *response->mutable_indicator() = *std::move(indicator);
  return grpc::Status::OK;
}

namespace {

// Sends `section`, or nothing when the caller already holds these bytes.
void Answer(grpc::CallbackServerContext* context, grpc::ServerUnaryReactor* reactor,
            grpc::ByteBuffer* response, std::shared_ptr<const SerializedSection> section) {
  context->AddInitialMetadata(kETagKey, section->etag);
  const auto& metadata = context->client_metadata();
  const auto held = metadata.find(kIfNoneMatchKey);
  const bool caller_holds_it =
      held != metadata.end() &&
      std::string_view(held->second.data(), held->second.size()) == section->etag;
  // When the caller holds these very bytes: an empty message (a valid one,
  // zero bytes long; a default ByteBuffer is no message at all).
  grpc::Slice bytes = caller_holds_it ? grpc::Slice() : SliceOf(std::move(section));
  *response = grpc::ByteBuffer(&bytes, 1);
  reactor->Finish(grpc::Status::OK);
}

}  // namespace

grpc::ServerUnaryReactor* ThemeServiceImpl::GetThemeSection(grpc::CallbackServerContext* context,
                                                            const grpc::ByteBuffer* request_bytes,
                                                            grpc::ByteBuffer* response) {
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  v1::GetThemeSectionRequest request;
  if (!server::DecodeRequest(*request_bytes, request)) {
    reactor->Finish(ToGrpcStatus(absl::InvalidArgumentError(
        server::UndecodableRequestMessage("/veilig.theme.v1.ThemeService/GetThemeSection"))));
    return reactor;
  }
  if (auto s = CheckMunicipalityField("municipality", request.municipality()); !s.ok()) {
    reactor->Finish(ToGrpcStatus(s));
    return reactor;
  }
  auto period = ParseHalfYearField("period", request.period());
  if (!period.ok()) {
    reactor->Finish(ToGrpcStatus(period.status()));
    return reactor;
  }
  const std::string& municipality = request.municipality();
  if (auto versions = versions_.Fresh(municipality, VersionMemo::Clock::now())) {
    if (auto cached = sections_.Find(municipality, period->ToString(), *versions)) {
      // A section kept without its signals asks for them again (once).
      if (cached->signals_missing) WorkOutSignalsLater(municipality, period->ToString());
      Answer(context, reactor, response, std::move(cached));
      return reactor;
    }
  }
  SectionKey key{municipality, period->ToString()};
  const bool started =
      flights_.Join(key, [context, reactor, response](const SectionResult& section) {
        if (section.ok()) {
          Answer(context, reactor, response, *section);
        } else {
          reactor->Finish(ToGrpcStatus(section.status()));
        }
      });
  if (!started) return reactor;
  const bool queued = builds_.Submit(
      [this, key, period = *period] { flights_.Land(key, LoadSection(key.first, period)); });
  if (!queued) {
    flights_.Land(key, absl::ResourceExhaustedError(
                           "too many sections are waiting to be built; try again shortly"));
  }
  return reactor;
}

absl::StatusOr<DataVersions> ThemeServiceImpl::CurrentVersions(const std::string& municipality) {
  if (auto versions = versions_.Fresh(municipality, VersionMemo::Clock::now())) return *versions;
  const auto ticket = versions_.BeforeRead(municipality);
  const auto read_at = VersionMemo::Clock::now();
  auto versions = store_.Versions(municipality);
  if (!versions.ok()) return versions.status();
  versions_.Remember(ticket, *versions, read_at);
  return *versions;
}

absl::StatusOr<std::optional<int>> ThemeServiceImpl::BaselineYear(const std::string& municipality,
                                                                  const DataVersions& versions) {
  if (auto year = baseline_years_.Find(municipality, versions.municipality)) return *year;
  auto year = store_.PlanBaselineYear(municipality);
  if (!year.ok()) return year.status();
  baseline_years_.Remember(municipality, versions.municipality, *year);
  return *year;
}

ThemeServiceImpl::SectionResult ThemeServiceImpl::LoadSection(const std::string& municipality,
                                                              const Period& period) {
  auto versions = CurrentVersions(municipality);
  if (!versions.ok()) return versions.status();
  if (auto cached = sections_.Find(municipality, period.ToString(), *versions)) {
    if (cached->signals_missing) WorkOutSignalsLater(municipality, period.ToString());
    return cached;
  }

  auto baseline_year = BaselineYear(municipality, *versions);
  if (!baseline_year.ok()) return baseline_year.status();
  auto input =
      store_.LoadSectionInput(municipality, FirstYearNeeded(*baseline_year, period), period.year());
  if (!input.ok()) return input.status();
  // The input holds the municipality's own area exactly when the store knows it.
  if (!input->areas.contains(municipality)) {
    return absl::NotFoundError(
        StrCat("municipality '", municipality, "' has no data in this service"));
  }
  SectionRequest section_request;
  section_request.municipality = municipality;
  section_request.period = period;
  section_request.theme = ownership_.primary;
  section_request.themes = ownership_.themes;
  common::v1::ThemeSection section = BuildSection(*input, section_request);
  // The report's summary names the signals worked out for these figures.
  // Working them out here would put their first cost inside the report's
  // deadline: they are worked out apart, and the section is built again.
  const SignalsBasis basis{input->data_versions.figures, *baseline_year};
  std::shared_ptr<const v1::ListAreaSignalsResponse> signals;
  {
    std::lock_guard lock(signals_mutex_);
    signals = SignalsIfKeptLocked(municipality, period.ToString(), basis);
  }
  if (signals != nullptr) {
    *section.mutable_area_signals() = signals->signals();
    section.set_area_signal_tests(signals->tests());
  } else {
    section.set_area_signals_pending(true);
  }
  // The theme's own registers are read after the figures' snapshot, so the
  // section kept under that snapshot's version is never older than it.
  if (extension_ != nullptr) {
    if (auto s = extension_->AddToSection(municipality, period, section); !s.ok()) return s;
  }
  auto built = std::make_shared<SerializedSection>(section.SerializeAsString());
  built->signals_missing = signals == nullptr;
  std::shared_ptr<const SerializedSection> serialized = std::move(built);
  {
    std::lock_guard lock(signals_mutex_);
    // Signals kept while this section was built without them: it is not kept.
    if (signals != nullptr ||
        SignalsIfKeptLocked(municipality, period.ToString(), basis) == nullptr) {
      sections_.Keep(municipality, period.ToString(), input->data_versions, serialized);
    }
  }
  if (signals == nullptr) WorkOutSignalsLater(municipality, period.ToString());
  return serialized;
}

}  // namespace veilig::theme
