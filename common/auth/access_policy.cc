#include "common/auth/access_policy.h"

#include "common/domain/strings.h"
#include "veilig/theme/v1/theme_service.pb.h"

namespace veilig::auth {
namespace {

constexpr char kTheme[] = "veilig.theme.v1.ThemeService/";
constexpr char kReport[] = "veilig.report.v1.ReportService/";
// AIP-159: "municipalities/-" reads across every municipality.
constexpr char kEveryMunicipalityWildcard[] = "-";

bool Allowed(const Identity& identity, Access access, std::string_view service) {
  if (access == Access::kOpen) return true;
  if (identity.Has(kAdmin)) return true;
  switch (access) {
    case Access::kPublished:
      return !identity.roles.empty();
    case Access::kDraft:
      return identity.IsEditorOfAnyTheme() || identity.Has(kPublisher);
    case Access::kWrite:
      return identity.Has(StrCat(kEditorPrefix, service));
    case Access::kPublish:
      return identity.Has(kPublisher);
    default:
      return false;
  }
}

std::string NeededRoles(Access access, std::string_view service) {
  switch (access) {
    case Access::kPublished:
      return "any role (viewer, editor, publisher or admin)";
    case Access::kDraft:
      return "editor (of any theme), publisher or admin";
    case Access::kWrite:
      return StrCat("editor:", service, " or admin");
    case Access::kPublish:
      return "publisher or admin";
    default:
      return "admin";
  }
}

}  // namespace

namespace {

AccessEntries& MutableAccessTable() {
  static auto* table = new AccessEntries{
      {"grpc.health.v1.Health/Check", Access::kOpen},
      {"grpc.health.v1.Health/Watch", Access::kOpen},
      {"grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo", Access::kOpen},

      {StrCat(kReport, "GetProgressReport"), Access::kPublished},
      {StrCat(kReport, "ListReportVersions"), Access::kPublished},
      {StrCat(kReport, "ListPublishedReports"), Access::kPublished},
      {StrCat(kReport, "DiffReports"), Access::kPublished},
      {StrCat(kReport, "PublishReport"), Access::kPublish},

      // Indicator definitions are shared and printed in every report; the
      // handler asks draft access in the municipality for its goals
      // (`parent`). The dashboard's page of prescribed indicators lists them
      // for anonymous readers.
      {StrCat(kTheme, "ListIndicators"), Access::kOpen},
      {StrCat(kTheme, "ListAreas"), Access::kDraft},
      {StrCat(kTheme, "GetSeries"), Access::kDraft},
      // The figures below the municipality and their outlines are open data
      // (the police and CBS publish them), read without a token: the
      // gateway's public dashboard asks for them for anonymous readers.
      {StrCat(kTheme, "ListAreaBoundaries"), Access::kOpen},
      {StrCat(kTheme, "ListAreaFigures"), Access::kOpen},
      {StrCat(kTheme, "BatchGetAreaFigures"), Access::kOpen},
      // Derived from those figures alone.
      {StrCat(kTheme, "ListAreaSignals"), Access::kOpen},
      {StrCat(kTheme, "GetThemeSection"), Access::kDraft},
      {StrCat(kTheme, "GetIngestCheckpoint"), Access::kDraft},
      {StrCat(kTheme, "UpsertThemeData"), Access::kWrite},
      {StrCat(kTheme, "IngestObservations"), Access::kWrite},

      {"veilig.audit.v1.AuditService/ListAuditEvents", Access::kAdmin},
  };
  return *table;
}

}  // namespace

const AccessEntries& AccessTable() { return MutableAccessTable(); }

absl::Status RegisterAccess(const AccessEntries& entries) {
  auto& table = MutableAccessTable();
  for (const auto& [method, access] : entries) {
    auto [it, added] = table.try_emplace(method, access);
    if (!added && it->second != access) {
      return absl::FailedPreconditionError(
          StrCat("the access table already has another entry for ", method));
    }
  }
  return absl::OkStatus();
}

const std::map<std::string, const google::protobuf::Message*, std::less<>>& RawRequestMethods() {
  static const auto* kMethods =
      new std::map<std::string, const google::protobuf::Message*, std::less<>>{
          {StrCat(kTheme, "GetThemeSection"),
           &theme::v1::GetThemeSectionRequest::default_instance()},
      };
  return *kMethods;
}

bool ScopedByMunicipality(Access access) {
  return access != Access::kOpen && access != Access::kPublished;
}

absl::Status AuthorizeMunicipality(const Identity& identity, std::string_view municipality) {
  if (municipality == kEveryMunicipalityWildcard ? identity.every_municipality
                                                 : identity.ActsFor(municipality)) {
    return absl::OkStatus();
  }
  return absl::PermissionDeniedError(StrCat("permission denied: the token does not act for ",
                                            municipality == kEveryMunicipalityWildcard
                                                ? std::string("every municipality")
                                                : StrCat("municipality ", municipality)));
}

absl::Status Authorize(const Identity& identity, Access access, std::string_view service,
                       std::string_view method) {
  if (Allowed(identity, access, service)) return absl::OkStatus();
  return absl::PermissionDeniedError(
      StrCat("permission denied: ", method, " needs ", NeededRoles(access, service)));
}

}  // namespace veilig::auth
