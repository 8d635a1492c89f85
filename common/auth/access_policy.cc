#include "common/auth/access_policy.h"

#include "common/domain/strings.h"
#include "veilig/theme/v1/theme_service.pb.h"

namespace veilig::auth {
namespace {

constexpr char kTheme[] = "veilig.theme.v1.ThemeService/";
constexpr char kReport[] = "veilig.report.v1.ReportService/";
constexpr char kWijken[] = "veilig.veiligewijken.v1.VeiligeWijkenService/";
constexpr char kOndermijning[] = "veilig.ondermijning.v1.OndermijningService/";
constexpr char kZorg[] = "veilig.zorgveiligheid.v1.ZorgVeiligheidService/";
constexpr char kCrisis[] = "veilig.crisisbeheersing.v1.CrisisbeheersingService/";
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

const std::map<std::string, Access, std::less<>>& AccessTable() {
  static const auto* kTable = new std::map<std::string, Access, std::less<>>{
      {"grpc.health.v1.Health/Check", Access::kOpen},
      {"grpc.health.v1.Health/Watch", Access::kOpen},
      {"grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo", Access::kOpen},

      {StrCat(kReport, "GetProgressReport"), Access::kPublished},
      {StrCat(kReport, "ListReportVersions"), Access::kPublished},
      {StrCat(kReport, "ListPublishedReports"), Access::kPublished},
      {StrCat(kReport, "DiffReports"), Access::kPublished},
      {StrCat(kReport, "PublishReport"), Access::kPublish},

      {StrCat(kTheme, "ListIndicators"), Access::kDraft},
      {StrCat(kTheme, "ListAreas"), Access::kDraft},
      {StrCat(kTheme, "GetSeries"), Access::kDraft},
      {StrCat(kTheme, "GetThemeSection"), Access::kDraft},
      {StrCat(kTheme, "GetIngestCheckpoint"), Access::kDraft},
      {StrCat(kTheme, "UpsertThemeData"), Access::kWrite},
      {StrCat(kTheme, "IngestObservations"), Access::kWrite},

      {StrCat(kWijken, "GetMeasure"), Access::kDraft},
      {StrCat(kWijken, "ListMeasures"), Access::kDraft},
      {StrCat(kWijken, "ListMeasuresInForce"), Access::kDraft},
      {StrCat(kWijken, "ListExpiringMeasures"), Access::kDraft},
      {StrCat(kWijken, "ListWatchTeams"), Access::kDraft},
      {StrCat(kWijken, "ListKvoCertificates"), Access::kDraft},
      {StrCat(kWijken, "CreateMeasure"), Access::kWrite},
      {StrCat(kWijken, "UpdateMeasure"), Access::kWrite},
      {StrCat(kWijken, "DeleteMeasure"), Access::kWrite},
      {StrCat(kWijken, "ImportMeasures"), Access::kWrite},
      {StrCat(kWijken, "UpsertWatchTeams"), Access::kWrite},
      {StrCat(kWijken, "UpsertKvoCertificates"), Access::kWrite},

      {StrCat(kOndermijning, "GetCase"), Access::kDraft},
      {StrCat(kOndermijning, "ListCases"), Access::kDraft},
      {StrCat(kOndermijning, "GetCaseCounts"), Access::kDraft},
      {StrCat(kOndermijning, "ListCategories"), Access::kDraft},
      {StrCat(kOndermijning, "CreateCase"), Access::kWrite},
      {StrCat(kOndermijning, "UpdateCase"), Access::kWrite},
      {StrCat(kOndermijning, "CloseCase"), Access::kWrite},
      {StrCat(kOndermijning, "ImportCases"), Access::kWrite},
      {StrCat(kOndermijning, "UpsertCaseCounts"), Access::kWrite},
      {StrCat(kOndermijning, "UpsertCategories"), Access::kWrite},

      {StrCat(kZorg, "ListRegisterCounts"), Access::kDraft},
      {StrCat(kZorg, "UpsertRegisterCounts"), Access::kWrite},

      {StrCat(kCrisis, "GetIncident"), Access::kDraft},
      {StrCat(kCrisis, "ListIncidents"), Access::kDraft},
      {StrCat(kCrisis, "CountIncidents"), Access::kDraft},
      {StrCat(kCrisis, "ListOnCallPools"), Access::kDraft},
      {StrCat(kCrisis, "ListEventAdvice"), Access::kDraft},
      {StrCat(kCrisis, "CreateIncident"), Access::kWrite},
      {StrCat(kCrisis, "UpdateIncident"), Access::kWrite},
      {StrCat(kCrisis, "DeleteIncident"), Access::kWrite},
      {StrCat(kCrisis, "ImportIncidents"), Access::kWrite},
      {StrCat(kCrisis, "UpsertOnCallPools"), Access::kWrite},
      {StrCat(kCrisis, "UpsertEventAdvice"), Access::kWrite},

      {"veilig.audit.v1.AuditService/ListAuditEvents", Access::kAdmin},
  };
  return *kTable;
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
