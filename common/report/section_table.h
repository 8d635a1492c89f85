// Building the tables a theme service lays out for the report
// (common.v1.SectionTable): the theme decides what they hold, every report
// format prints them.
#pragma once

#include <string>
#include <vector>

#include "veilig/common/v1/section.pb.h"

namespace veilig::report {

struct TableColumn {
  std::string title;
  // Figures, aligned right.
  bool numeric = false;
};

common::v1::SectionTable NewSectionTable(std::string caption, std::vector<TableColumn> columns,
                                         std::string topic = "");
void AddRow(common::v1::SectionTable& table, std::vector<std::string> cells);

}  // namespace veilig::report
