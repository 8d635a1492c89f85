// Test support: the worked example (data/almere-2019h1) as a SectionInput,
// exactly as a theme service would load it, without a store or a network.
#pragma once

#include <gtest/gtest.h>

#include "common/import/worked_example.h"
#include "common/theme/comparison_groups.h"
#include "common/theme/section_input.h"

namespace veilig::theme::testing {

inline SectionInput InputFromRequest(const v1::UpsertThemeDataRequest& request) {
  SectionInput input;
  input.indicators.assign(request.indicators().begin(), request.indicators().end());
  std::vector<common::v1::Area> groups;
  for (const auto& area : request.areas()) {
    input.areas[area.code()] = area;
    if (area.kind() == common::v1::AREA_KIND_POLICE_UNIT ||
        area.kind() == common::v1::AREA_KIND_COMPARISON_GROUP) {
      groups.push_back(area);
    }
  }
  std::sort(groups.begin(), groups.end(),
            [](const auto& a, const auto& b) { return a.kind() < b.kind(); });
  for (auto& [code, area] : input.areas) {
    if (area.kind() == common::v1::AREA_KIND_MUNICIPALITY && area.comparison_groups().empty()) {
      for (const auto& g : DefaultComparisonGroups(code, groups)) area.add_comparison_groups(g);
    }
  }
  input.observations.assign(request.observations().begin(), request.observations().end());
  input.denominators.assign(request.denominators().begin(), request.denominators().end());
  input.notes.assign(request.series_notes().begin(), request.series_notes().end());
  input.activities.assign(request.activities().begin(), request.activities().end());
  input.texts.assign(request.texts().begin(), request.texts().end());
  if (!request.plans().empty()) input.plan = request.plans(0);
  return input;
}

// The worked example's part for one service ("veilige-wijken", ...): Almere's.
inline v1::UpsertThemeDataRequest WorkedExampleRequest(const std::string& service) {
  auto plan = import::PlanImport(VEILIG_DATA_DIR, "GM0034", nullptr);
  EXPECT_TRUE(plan.ok()) << plan.status();
  if (!plan.ok()) return {};
  return plan->by_service.at(service).request;
}

}  // namespace veilig::theme::testing
