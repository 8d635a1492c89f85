#include "common/auth/access_policy.h"

#include <google/protobuf/descriptor.h>
#include <gtest/gtest.h>

#include "common/auth/call_gate.h"
#include "veilig/audit/v1/audit_service.grpc.pb.h"
#include "veilig/report/v1/report_service.grpc.pb.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"

namespace veilig::auth {
namespace {

// Every method of the common services (a theme's own API has its entries
// with the theme, services/access_entries_test.cc).
std::vector<std::string> AllMethods() {
  // A message of each service's file: referencing it links the file's
  // descriptors in, and the file holds the service.
  const std::vector<const google::protobuf::FileDescriptor*> files = {
      theme::v1::UpsertThemeDataRequest::descriptor()->file(),
      report::v1::GetProgressReportRequest::descriptor()->file(),
      audit::v1::ListAuditEventsRequest::descriptor()->file(),
  };
  std::vector<std::string> methods;
  for (const auto* file : files) {
    EXPECT_EQ(file->service_count(), 1) << file->name();
    if (file->service_count() != 1) continue;
    const auto* service = file->service(0);
    for (int i = 0; i < service->method_count(); ++i) {
      methods.push_back(service->full_name() + "/" + service->method(i)->name());
    }
  }
  return methods;
}

TEST(AccessTableTest, EveryMethodOfEveryCommonServiceHasAnEntry) {
  const auto methods = AllMethods();
  // And nothing else, apart from health checks and reflection: no stale entries.
  int common_entries = 0;
  for (const auto& [method, access] : AccessTable()) {
    common_entries += method.starts_with("grpc.") || method.starts_with("veilig.theme.v1.") ||
                      method.starts_with("veilig.report.v1.") ||
                      method.starts_with("veilig.audit.v1.");
  }
  EXPECT_EQ(methods.size() + 3, common_entries);
  for (const auto& method : methods) {
    EXPECT_TRUE(AccessTable().contains(method)) << method << " is missing from the access table";
  }
}

TEST(AccessTableTest, ReadsNeedDraftAccessWritesAnEditorOfTheService) {
  for (const auto& method : AllMethods()) {
    const std::string name = method.substr(method.find('/') + 1);
    const Access access = AccessTable().find(method)->second;
    if (method.starts_with("veilig.report.v1.")) {
      EXPECT_EQ(access, name == "PublishReport" ? Access::kPublish : Access::kPublished) << method;
    } else if (method.starts_with("veilig.audit.v1.")) {
      EXPECT_EQ(access, Access::kAdmin) << method;
    } else if (name == "ListAreaBoundaries" || name == "ListAreaFigures" ||
               name == "BatchGetAreaFigures" || name == "ListAreaSignals" ||
               name == "ListIndicators") {
      // Open data below the municipality and shared definitions, for the
      // dashboard of every reader; ListIndicators guards goals itself.
      EXPECT_EQ(access, Access::kOpen) << method;
    } else if (name.starts_with("Get") || name.starts_with("List") || name.starts_with("Count")) {
      EXPECT_EQ(access, Access::kDraft) << method;
    } else {
      EXPECT_EQ(access, Access::kWrite) << method;
    }
  }
}

TEST(AccessTableTest, AServiceRegistersItsOwnEntriesButCannotChangeAnother) {
  const std::string own = "veilig.example.v1.ExampleService/ListExamples";
  ASSERT_FALSE(AccessTable().contains(own));
  EXPECT_TRUE(RegisterAccess({{own, Access::kDraft}}).ok());
  EXPECT_EQ(AccessTable().find(own)->second, Access::kDraft);
  // The same entry again is harmless; another access for it is refused.
  EXPECT_TRUE(RegisterAccess({{own, Access::kDraft}}).ok());
  const absl::Status clash =
      RegisterAccess({{"veilig.report.v1.ReportService/PublishReport", Access::kOpen}});
  EXPECT_EQ(clash.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(AccessTable().find("veilig.report.v1.ReportService/PublishReport")->second,
            Access::kPublish);
}

TEST(AuthorizeTest, TheRolesMatrix) {
  const Identity none{"x", {}, {}}, viewer{"v", {kViewer}, {}},
      editor{"e", {"editor:ondermijning"}, {}}, publisher{"p", {kPublisher}, {}},
      admin{"a", {kAdmin}, {}};
  struct Case {
    const Identity& who;
    Access access;
    bool allowed;
  };
  const std::vector<Case> cases = {
      {none, Access::kPublished, false},   {viewer, Access::kPublished, true},
      {viewer, Access::kDraft, false},     {viewer, Access::kWrite, false},
      {editor, Access::kDraft, true},      {editor, Access::kWrite, true},
      {editor, Access::kPublish, false},   {editor, Access::kAdmin, false},
      {publisher, Access::kDraft, true},   {publisher, Access::kWrite, false},
      {publisher, Access::kPublish, true}, {admin, Access::kWrite, true},
      {admin, Access::kAdmin, true},       {publisher, Access::kAdmin, false},
  };
  for (const auto& c : cases) {
    const auto status = Authorize(c.who, c.access, "ondermijning", "M");
    EXPECT_EQ(status.ok(), c.allowed) << c.who.subject << " " << static_cast<int>(c.access);
    if (!status.ok()) {
      EXPECT_EQ(status.code(), absl::StatusCode::kPermissionDenied);
    }
  }
  // An editor writes to its own theme service only, and the refusal names the role.
  const auto other = Authorize(editor, Access::kWrite, "veilige-wijken", "M");
  EXPECT_EQ(other.code(), absl::StatusCode::kPermissionDenied);
  EXPECT_NE(other.message().find("editor:veilige-wijken"), std::string::npos) << other.message();
}

TEST(AuthorizeMunicipalityTest, ATokenActsOnlyForItsMunicipalities) {
  Identity almere{"a", {kAdmin}, {"GM0034"}};
  Identity everyone{"r", {kViewer}, {}, true};
  Identity none{"n", {kAdmin}, {}};
  EXPECT_TRUE(AuthorizeMunicipality(almere, "GM0034").ok());
  const auto other = AuthorizeMunicipality(almere, "GM0995");
  EXPECT_EQ(other.code(), absl::StatusCode::kPermissionDenied);
  EXPECT_NE(other.message().find("GM0995"), std::string::npos);
  EXPECT_FALSE(AuthorizeMunicipality(almere, "-").ok());
  EXPECT_TRUE(AuthorizeMunicipality(everyone, "GM0995").ok());
  EXPECT_TRUE(AuthorizeMunicipality(everyone, "-").ok());
  EXPECT_FALSE(AuthorizeMunicipality(none, "GM0034").ok());
}

TEST(AuthorizeMunicipalityTest, OnlyPublishedReportsAndOpenMethodsAreUnscoped) {
  EXPECT_FALSE(ScopedByMunicipality(Access::kOpen));
  EXPECT_FALSE(ScopedByMunicipality(Access::kPublished));
  for (Access access : {Access::kDraft, Access::kWrite, Access::kPublish, Access::kAdmin}) {
    EXPECT_TRUE(ScopedByMunicipality(access)) << static_cast<int>(access);
  }
}

TEST(AdmitTest, WithoutAnInstalledAccessCheckEveryCallIsRefused) {
  ASSERT_EQ(CallGate::Installed(), nullptr);
  grpc::ServerContext context;
  EXPECT_EQ(Admit(context).status().code(), absl::StatusCode::kPermissionDenied);
}

}  // namespace
}  // namespace veilig::auth
