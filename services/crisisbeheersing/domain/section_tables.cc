#include "services/crisisbeheersing/domain/section_tables.h"

#include "common/report/dutch_date.h"
#include "common/report/dutch_number.h"
#include "common/report/dutch_text.h"
#include "common/report/section_table.h"
#include "services/crisisbeheersing/domain/crisis_labels.h"

namespace veilig::crisisbeheersing {

std::vector<common::v1::SectionTable> SectionTables(const v1::SectionData& d) {
  using report::AddRow;
  using report::FormatCount;
  std::vector<common::v1::SectionTable> tables;
  auto incidents = report::NewSectionTable("Incidenten met GRIP-opschaling",
                                           {{"Datum"}, {"Incident"}, {"Locatie"}, {"GRIP"}});
  std::vector<std::string> levels;
  for (const auto& c : d.counts_by_grip()) {
    if (c.grip() == v1::GRIP_LEVEL_NONE || c.count() == 0) continue;
    levels.push_back(FormatCount(c.count()) + " met " + std::string(GripLabel(c.grip())));
  }
  incidents.set_lead(
      "Meldingen bij de Officier van Dienst Bevolkingszorg: " + FormatCount(d.incidents_size()) +
      (levels.empty() ? "" : ", waarvan " + report::DutchList(levels)) + ".");
  for (const auto& i : d.incidents()) {
    if (i.grip() == v1::GRIP_LEVEL_NONE) continue;
    AddRow(incidents, {report::DutchShortDate(i.date()), i.title(), i.location(),
                       std::string(GripLabel(i.grip()))});
  }
  tables.push_back(std::move(incidents));
  if (!d.pools().empty()) {
    auto pools = report::NewSectionTable(
        "Piketpools",
        {{"Functie"}, {"Niveau"}, {"Vereist", true}, {"Bezet", true}, {"Inzetten", true}});
    for (const auto& p : d.pools()) {
      int deployments = 0;
      for (const auto& dep : p.deployments()) deployments += dep.count();
      AddRow(pools,
             {p.function(), std::string(PoolScopeLabel(p.scope())), FormatCount(p.required()),
              FormatCount(p.filled()) + (p.understaffed() ? " (onderbezet)" : ""),
              FormatCount(deployments)});
    }
    tables.push_back(std::move(pools));
  }
  if (!d.events().empty()) {
    auto events = report::NewSectionTable("Risicoadviezen evenementen",
                                          {{"Evenement"}, {"Datum"}, {"Risicoklasse"}, {"Advies"}},
                                          "Evenementen");
    for (const auto& e : d.events()) {
      AddRow(events, {e.event(), report::DutchDateRange(e.start_date(), e.end_date()),
                      e.risk_class(), e.advice()});
    }
    tables.push_back(std::move(events));
  }
  return tables;
}

}  // namespace veilig::crisisbeheersing
