#include "common/report/section_table.h"

namespace veilig::report {

common::v1::SectionTable NewSectionTable(std::string caption, std::vector<TableColumn> columns,
                                         std::string topic) {
  common::v1::SectionTable table;
  table.set_caption(std::move(caption));
  table.set_topic(std::move(topic));
  for (auto& column : columns) {
    auto* added = table.add_columns();
    added->set_title(std::move(column.title));
    added->set_numeric(column.numeric);
  }
  return table;
}

void AddRow(common::v1::SectionTable& table, std::vector<std::string> cells) {
  auto* row = table.add_rows();
  for (auto& cell : cells) row->add_cells(std::move(cell));
}

}  // namespace veilig::report
