// The gRPC adapter of ThemeService: checks each request, calls the store and
// the section builder, and maps errors to status codes. Shared by all four
// theme servers; each is configured with the themes it owns.
#pragma once

#include <set>

#include "common/theme/section_cache.h"
#include "common/theme/theme_extension.h"
#include "common/theme/theme_store.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"

namespace veilig::theme {

struct ThemeOwnership {
  // The theme the service is named after.
  common::v1::Theme primary;
  // Every theme whose data it accepts (the primary one, maybe THEME_GENERAL).
  std::set<common::v1::Theme> themes;
};

// GetThemeSection, the one method read far more than all others, is served
// from bytes: a section is serialized once per version of the data and sent
// as it is, instead of being copied and serialized again for every call.
class ThemeServiceImpl
    : public v1::ThemeService::WithRawCallbackMethod_GetThemeSection<v1::ThemeService::Service> {
 public:
  // `extension` (may be null) adds the theme's own data to every section.
  ThemeServiceImpl(ThemeStore& store, ThemeOwnership ownership, ThemeExtension* extension = nullptr)
      : store_(store), ownership_(std::move(ownership)), extension_(extension) {}

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
  // A GetThemeSectionRequest in, a ThemeSection out; conditional on the
  // `if-none-match` metadata (conditional_section.h).
  grpc::ServerUnaryReactor* GetThemeSection(grpc::CallbackServerContext* context,
                                            const grpc::ByteBuffer* request,
                                            grpc::ByteBuffer* response) override;

 private:
  absl::StatusOr<std::shared_ptr<const SerializedSection>> Section(
      const grpc::ServerContextBase& context, const grpc::ByteBuffer& request_bytes);

  ThemeStore& store_;
  ThemeOwnership ownership_;
  ThemeExtension* extension_;
  SectionCache sections_;
};

}  // namespace veilig::theme
