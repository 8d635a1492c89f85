#include "common/import/directory_owner.h"

#include <gtest/gtest.h>

#include "common/import/testing/temp_dir.h"

namespace veilig::import {
namespace {

using testing::TempDir;

constexpr char kAreas[] =
    "code,name,kind,parent,members\n"
    "GM0034,Almere,municipality,,\n"
    "GM0995,Lelystad,municipality,,\n"
    "G_FLEVOLAND,Flevoland,comparison_group,,GM0034;GM0995\n";

TEST(DirectoryOwnerTest, TheWorkedExampleBelongsToItsPlansMunicipality) {
  EXPECT_EQ(*ResolveDirectoryOwner(VEILIG_DATA_DIR, ""), "GM0034");
  EXPECT_EQ(*ResolveDirectoryOwner(VEILIG_DATA_DIR, "GM0034"), "GM0034");
  const auto contradicted = ResolveDirectoryOwner(VEILIG_DATA_DIR, "GM0995");
  EXPECT_EQ(contradicted.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(contradicted.status().message().find("GM0034"), std::string::npos);
  EXPECT_NE(contradicted.status().message().find("GM0995"), std::string::npos);
}

TEST(DirectoryOwnerTest, AMunicipalityColumnComesFirstAndMustNameOne) {
  TempDir dir;
  dir.Write("areas.csv", kAreas);
  dir.Write("registers.csv", "municipality,register,period,count\nGM0995,huisverboden,2019H1,4\n");
  EXPECT_EQ(*ResolveDirectoryOwner(dir.path(), ""), "GM0995");
  dir.Write("plan.csv",
            "municipality,title_nl,first_year,last_year,baseline_year\n"
            "GM0034,Actieplan,2019,2022,2017\n");
  const auto two = ResolveDirectoryOwner(dir.path(), "");
  EXPECT_EQ(two.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(two.status().message().find("GM0034, GM0995"), std::string::npos)
      << two.status().message();
}

TEST(DirectoryOwnerTest, AreasNameTheOwnerUnlessSeveralCouldBe) {
  TempDir single;
  single.Write("areas.csv",
               "code,name,kind,parent,members\nGM0995,Lelystad,municipality,,\n"
               "RE_X,Eenheid,police_unit,,\n");
  EXPECT_EQ(*ResolveDirectoryOwner(single.path(), ""), "GM0995");

  TempDir several;
  several.Write("areas.csv",
                "code,name,kind,parent,members\nGM0034,Almere,municipality,,\n"
                "GM0995,Lelystad,municipality,,\nGM0050,Zeewolde,municipality,,\n"
                "G_X,Groep,comparison_group,,GM0050\n");
  const auto open = ResolveDirectoryOwner(several.path(), "");
  EXPECT_EQ(open.status().code(), absl::StatusCode::kInvalidArgument);
  // The candidates are named; a group's mere member is none.
  EXPECT_NE(open.status().message().find("GM0034, GM0995"), std::string::npos)
      << open.status().message();
  EXPECT_EQ(open.status().message().find("GM0050"), std::string::npos);
  EXPECT_EQ(*ResolveDirectoryOwner(several.path(), "GM0995"), "GM0995");
  EXPECT_FALSE(ResolveDirectoryOwner(several.path(), "GM0050").ok());
}

TEST(DirectoryOwnerTest, WithoutAnyHintTheFlagDecides) {
  TempDir dir;
  dir.Write("incidents.csv", "date,title_nl,location_nl,category,grip\n");
  const auto none = ResolveDirectoryOwner(dir.path(), "");
  EXPECT_EQ(none.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(none.status().message().find("--municipality"), std::string::npos);
  EXPECT_EQ(*ResolveDirectoryOwner(dir.path(), "GM0363"), "GM0363");
  EXPECT_EQ(ResolveDirectoryOwner(dir.path(), "Amsterdam").status().code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace veilig::import
