#include "services/veilige-wijken/domain/section_tables.h"

#include "common/report/dutch_date.h"
#include "common/report/dutch_number.h"
#include "common/report/section_table.h"
#include "services/veilige-wijken/domain/measure_labels.h"

namespace veilig::veiligewijken {
namespace {

using report::AddRow;
using report::FormatCount;
using report::NewSectionTable;

std::string Persons(const v1::Measure& m) {
  return m.has_persons() ? FormatCount(m.persons()) : "";
}

common::v1::SectionTable MeasureTable(
    const google::protobuf::RepeatedPtrField<v1::Measure>& measures, std::string caption) {
  auto table = NewSectionTable(
      std::move(caption),
      {{"Maatregel"}, {"Gebied"}, {"Geldig"}, {"Personen", true}, {"Omschrijving"}});
  for (const auto& m : measures) {
    AddRow(table,
           {std::string(MeasureKindLabel(m.kind())), m.area(),
            report::DutchDateRange(m.valid_from(), m.valid_until()), Persons(m), m.description()});
  }
  return table;
}

}  // namespace

std::vector<common::v1::SectionTable> SectionTables(const v1::SectionData& d) {
  std::vector<common::v1::SectionTable> tables;
  if (!d.measures_active().empty()) {
    tables.push_back(
        MeasureTable(d.measures_active(), "Bestuurlijke maatregelen van kracht in deze periode"));
  }
  if (!d.acts().empty()) {
    auto acts = NewSectionTable("Eenmalige bestuurlijke handelingen in deze periode",
                                {{"Handeling"}, {"Datum"}, {"Personen", true}, {"Omschrijving"}});
    int persons = 0;
    for (const auto& m : d.acts()) persons += m.persons();
    acts.set_lead(
        "De burgemeester deed in deze periode " +
        report::FormatCounted(d.acts_size(), "eenmalige handeling", "eenmalige handelingen") +
        (persons > 0 ? ", gericht op " + report::FormatCounted(persons, "persoon", "personen")
                     : "") +
        ".");
    for (const auto& m : d.acts()) {
      AddRow(acts, {std::string(MeasureKindLabel(m.kind())), report::DutchShortDate(m.valid_from()),
                    Persons(m), m.description()});
    }
    tables.push_back(std::move(acts));
  }
  if (!d.measures_expiring().empty()) {
    tables.push_back(
        MeasureTable(d.measures_expiring(), "Let op: verloopt binnen 90 dagen na de periode"));
  }
  if (!d.watch_teams().empty()) {
    auto teams = NewSectionTable("Buurtpreventieteams",
                                 {{"Team"}, {"Wijk"}, {"Vrijwilligers", true}, {"Status"}},
                                 "Burgerparticipatie");
    for (const auto& t : d.watch_teams()) {
      AddRow(teams,
             {t.name(), t.district(), FormatCount(t.volunteers()),
              t.status() == v1::WATCH_TEAM_STATUS_BEING_SET_UP ? "in oprichting" : "actief"});
    }
    tables.push_back(std::move(teams));
  }
  if (!d.certificates().empty()) {
    auto kvo = NewSectionTable("Keurmerk Veilig Ondernemen",
                               {{"Bedrijventerrein"}, {"Niveau"}, {"Geldig tot en met"}});
    for (const auto& c : d.certificates()) {
      AddRow(kvo, {c.park(), c.level(), report::DutchShortDate(c.certified_until())});
    }
    tables.push_back(std::move(kvo));
  }
  return tables;
}

}  // namespace veilig::veiligewijken
