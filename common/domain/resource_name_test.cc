#include "common/domain/resource_name.h"

#include <gtest/gtest.h>

namespace veilig {
namespace {

TEST(ResourceNameTest, NamesAreRootedInTheMunicipality) {
  EXPECT_EQ(MunicipalityName("GM0034"), "municipalities/GM0034");
  EXPECT_EQ(ResourceName("GM0034", "measures", 12), "municipalities/GM0034/measures/12");
  auto parsed = ParseResourceName("name", "municipalities/GM0034/cases/3", "cases");
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(parsed->municipality, "GM0034");
  EXPECT_EQ(parsed->id, 3);
  EXPECT_EQ(*ParseParent("parent", "municipalities/GM0995"), "GM0995");
}

TEST(ResourceNameTest, MalformedNamesAreRefusedNamingTheField) {
  for (const char* name :
       {"cases/3", "municipalities/GM0034/cases/0", "municipalities/GM0034/cases/x",
        "municipalities/GM34/cases/3", "municipalities/GM0034/measures/3",
        "municipalities/GM0034/cases/3/extra", ""}) {
    const auto parsed = ParseResourceName("enforcement_case.name", name, "cases");
    EXPECT_EQ(parsed.status().code(), absl::StatusCode::kInvalidArgument) << name;
    EXPECT_EQ(parsed.status().message().rfind("enforcement_case.name: ", 0), 0u) << name;
  }
  for (const char* parent : {"", "GM0034", "municipalities/", "municipalities/GM0034/cases",
                             "gemeenten/GM0034", "municipalities/-"}) {
    const auto parsed = ParseParent("parent", parent);
    EXPECT_EQ(parsed.status().code(), absl::StatusCode::kInvalidArgument) << parent;
    EXPECT_EQ(parsed.status().message().rfind("parent: ", 0), 0u) << parent;
  }
}

TEST(ResourceNameTest, TheAccessCheckReadsTheMunicipalityOfAnyName) {
  EXPECT_EQ(MunicipalityOf("municipalities/GM0034"), "GM0034");
  EXPECT_EQ(MunicipalityOf("municipalities/GM0034/measures/12"), "GM0034");
  EXPECT_EQ(MunicipalityOf("municipalities/-"), "-");
  EXPECT_EQ(MunicipalityOf("measures/12"), std::nullopt);
  EXPECT_EQ(MunicipalityOf(""), std::nullopt);
}

}  // namespace
}  // namespace veilig
