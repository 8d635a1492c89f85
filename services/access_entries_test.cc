// Every RPC of each theme's own API has exactly one entry in the theme's
// access entries, and the entries follow the rule the common table follows:
// reads need draft access, writes an editor of the service.
#include "services/crisisbeheersing/api/access_entries.h"

#include <google/protobuf/descriptor.h>
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "services/ondermijning/api/access_entries.h"
#include "services/veilige-wijken/api/access_entries.h"
#include "services/zorg-veiligheid/api/access_entries.h"
#include "veilig/crisisbeheersing/v1/crisisbeheersing_service.grpc.pb.h"
#include "veilig/ondermijning/v1/ondermijning_service.grpc.pb.h"
#include "veilig/veiligewijken/v1/veilige_wijken_service.grpc.pb.h"
#include "veilig/zorgveiligheid/v1/zorg_veiligheid_service.grpc.pb.h"

namespace veilig {
namespace {

struct ThemeApi {
  // A message of the service's file: referencing it links the file's
  // descriptors in, and the file holds the service.
  const google::protobuf::FileDescriptor* file;
  const auth::AccessEntries& entries;
};

std::vector<ThemeApi> ThemeApis() {
  return {
      {veiligewijken::v1::CreateMeasureRequest::descriptor()->file(),
       veiligewijken::AccessEntries()},
      {ondermijning::v1::CreateCaseRequest::descriptor()->file(), ondermijning::AccessEntries()},
      {zorgveiligheid::v1::UpsertRegisterCountsRequest::descriptor()->file(),
       zorgveiligheid::AccessEntries()},
      {crisisbeheersing::v1::CreateIncidentRequest::descriptor()->file(),
       crisisbeheersing::AccessEntries()},
  };
}

TEST(ThemeAccessEntriesTest, EveryMethodHasOneEntryAndNoEntryIsStale) {
  for (const auto& api : ThemeApis()) {
    ASSERT_EQ(api.file->service_count(), 1) << api.file->name();
    const auto* service = api.file->service(0);
    EXPECT_EQ(static_cast<size_t>(service->method_count()), api.entries.size())
        << service->full_name();
    for (int i = 0; i < service->method_count(); ++i) {
      const std::string method = service->full_name() + "/" + service->method(i)->name();
      EXPECT_TRUE(api.entries.contains(method)) << method << " has no access entry";
    }
  }
}

TEST(ThemeAccessEntriesTest, ReadsNeedDraftAccessWritesAnEditorOfTheService) {
  for (const auto& api : ThemeApis()) {
    for (const auto& [method, access] : api.entries) {
      const std::string name = method.substr(method.find('/') + 1);
      const bool read =
          name.starts_with("Get") || name.starts_with("List") || name.starts_with("Count");
      EXPECT_EQ(access, read ? auth::Access::kDraft : auth::Access::kWrite) << method;
    }
  }
}

}  // namespace
}  // namespace veilig
