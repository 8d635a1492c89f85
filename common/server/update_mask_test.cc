#include "common/server/update_mask.h"

#include <gtest/gtest.h>

#include "common/domain/calendar_date.h"
#include "veilig/veiligewijken/v1/measures.pb.h"

namespace veilig::server {
namespace {

using veiligewijken::v1::Measure;

Measure Current() {
  Measure m;
  m.set_name("municipalities/GM0034/measures/1");
  m.set_kind(veiligewijken::v1::MEASURE_KIND_KNIFE_BAN);
  *m.mutable_decided_on() = DateFromIso("2019-06-01");
  *m.mutable_valid_from() = DateFromIso("2019-07-01");
  *m.mutable_valid_until() = DateFromIso("2021-06-30");
  m.set_area("Almere Centrum");
  m.set_description("Messenverbod");
  return m;
}

TEST(UpdateMaskTest, OnlyTheNamedFieldsChangeAndAnUnsetOneIsCleared) {
  Measure patch;
  patch.set_area("Stationsgebied");
  patch.set_description("wordt niet overgenomen");
  google::protobuf::FieldMask mask;
  mask.add_paths("area");
  mask.add_paths("valid_until");  // unset in the patch: cleared (open-ended)
  Measure current = Current();
  ASSERT_TRUE(ApplyUpdateMask(patch, mask, "update_mask", current).ok());
  EXPECT_EQ(current.area(), "Stationsgebied");
  EXPECT_EQ(IsoDate(current.valid_until()), "");
  EXPECT_EQ(current.description(), "Messenverbod");
  EXPECT_EQ(current.name(), "municipalities/GM0034/measures/1");
}

TEST(UpdateMaskTest, WithoutAMaskTheFieldsSetInTheRequestChange) {
  Measure patch;
  patch.set_name("municipalities/GM0034/measures/1");
  *patch.mutable_valid_until() = DateFromIso("2022-12-31");
  Measure current = Current();
  ASSERT_TRUE(ApplyUpdateMask(patch, {}, "update_mask", current).ok());
  EXPECT_EQ(IsoDate(current.valid_until()), "2022-12-31");
  EXPECT_EQ(current.area(), "Almere Centrum");
}

TEST(UpdateMaskTest, StarReplacesAllButTheName) {
  Measure patch;
  patch.set_area("Elders");
  google::protobuf::FieldMask mask;
  mask.add_paths()->assign(1, '*');  // GCC 12 warns (-Wrestrict) on add_paths("*")
  Measure current = Current();
  ASSERT_TRUE(ApplyUpdateMask(patch, mask, "update_mask", current).ok());
  EXPECT_EQ(current.area(), "Elders");
  EXPECT_EQ(current.description(), "");
  EXPECT_EQ(current.name(), "municipalities/GM0034/measures/1");
}

TEST(UpdateMaskTest, UnknownPathsAndTheNameAreRefusedNamingTheField) {
  for (const char* path : {"gebied", "name", "area.x"}) {
    google::protobuf::FieldMask mask;
    mask.add_paths(path);
    Measure current = Current();
    const auto status = ApplyUpdateMask(Measure(), mask, "update_mask", current);
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << path;
    EXPECT_EQ(status.message().rfind("update_mask: ", 0), 0u) << status.message();
    EXPECT_EQ(current.area(), "Almere Centrum") << path;
  }
}

}  // namespace
}  // namespace veilig::server
