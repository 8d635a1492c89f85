#include "services/ondermijning/domain/section_tables.h"

#include "common/report/dutch_number.h"
#include "common/report/dutch_text.h"
#include "common/report/section_table.h"

namespace veilig::ondermijning {

std::vector<common::v1::SectionTable> SectionTables(const v1::SectionData& d) {
  if (d.counts().empty()) return {};
  using report::FormatCount;
  auto cases = report::NewSectionTable("Handhavingszaken interventieteam",
                                       {{"Categorie"}, {"Aantal", true}});
  for (const auto& line : d.counts()) {
    report::AddRow(cases, {line.category(), FormatCount(line.total())});
    for (const auto& sub : line.subcategories()) {
      report::AddRow(
          cases, {"waarvan " + report::InSentence(sub.subcategory()), FormatCount(sub.count())});
    }
  }
  report::AddRow(cases, {"Totaal", FormatCount(d.total())});
  return {std::move(cases)};
}

}  // namespace veilig::ondermijning
