// Everything the section builder needs for one municipality and period, as
// loaded from a theme service's store.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/theme/data_versions.h"
#include "veilig/common/v1/area.pb.h"
#include "veilig/common/v1/indicator.pb.h"
#include "veilig/common/v1/note.pb.h"
#include "veilig/common/v1/observation.pb.h"

namespace veilig::theme {

class GroupFigures;

struct SectionInput {
  // The municipality's action plan, when one was imported.
  std::optional<common::v1::Plan> plan;
  // The service's indicators (all of its themes) in plan order.
  std::vector<common::v1::Indicator> indicators;
  // The municipality, its comparison groups and the groups' members.
  std::map<std::string, common::v1::Area> areas;
  // Observations of those areas in the years the section covers, any grain.
  std::vector<common::v1::Observation> observations;
  std::vector<common::v1::Denominator> denominators;
  std::vector<common::v1::SeriesNote> notes;
  // Activities of the report period's year, in import order.
  std::vector<common::v1::Activity> activities;
  // The staff's texts for reports of the report period's year.
  std::vector<common::v1::ReportText> texts;
  // Groups whose figures are computed elsewhere (GroupFigures): their members
  // and the members' figures are then not in this input.
  std::map<std::string, std::shared_ptr<const GroupFigures>> group_figures;
  // The store's data versions this input was read at.
  DataVersions data_versions;
};

}  // namespace veilig::theme
