#include "common/report/report_tables.h"

#include <cmath>
#include <map>

#include "absl/strings/str_join.h"
#include "common/domain/topic_label.h"
#include "common/report/dutch_date.h"
#include "common/report/dutch_number.h"
#include "common/report/dutch_period.h"
#include "common/report/dutch_text.h"
#include "common/report/labels.h"

namespace veilig::report {
namespace {

namespace cv1 = common::v1;
namespace vw = veiligewijken::v1;
namespace om = ondermijning::v1;
namespace zv = zorgveiligheid::v1;
namespace cb = crisisbeheersing::v1;

constexpr char kMissing[] = "–";

std::string Quantity(double q) { return FormatDecimal(q, q == std::floor(q) ? 0 : 1); }

std::string Persons(const vw::Measure& m) {
  return m.has_persons() ? FormatCount(m.persons()) : "";
}

DataTable MeasureTable(const google::protobuf::RepeatedPtrField<vw::Measure>& measures,
                       const std::string& caption) {
  DataTable table;
  table.caption = caption;
  table.columns = {"Maatregel", "Gebied", "Geldig", "Personen", "Omschrijving"};
  table.numeric = {false, false, false, true, false};
  for (const auto& m : measures) {
    table.rows.push_back({std::string(MeasureKindLabel(m.kind())), m.area(),
                          DutchDateRange(m.valid_from(), m.valid_until()), Persons(m),
                          m.description()});
  }
  return table;
}

void VeiligeWijken(const vw::SectionData& d, std::vector<DataTable>& tables) {
  if (!d.measures_active().empty()) {
    tables.push_back(
        MeasureTable(d.measures_active(), "Bestuurlijke maatregelen van kracht in deze periode"));
  }
  if (!d.acts().empty()) {
    DataTable acts;
    acts.caption = "Eenmalige bestuurlijke handelingen in deze periode";
    int persons = 0;
    for (const auto& m : d.acts()) persons += m.persons();
    acts.lead =
        "De burgemeester deed in deze periode " +
        FormatCounted(d.acts_size(), "eenmalige handeling", "eenmalige handelingen") +
        (persons > 0 ? ", gericht op " + FormatCounted(persons, "persoon", "personen") : "") + ".";
    acts.columns = {"Handeling", "Datum", "Personen", "Omschrijving"};
    acts.numeric = {false, false, true, false};
    for (const auto& m : d.acts()) {
      acts.rows.push_back({std::string(MeasureKindLabel(m.kind())), DutchShortDate(m.valid_from()),
                           Persons(m), m.description()});
    }
    tables.push_back(std::move(acts));
  }
  if (!d.measures_expiring().empty()) {
    tables.push_back(
        MeasureTable(d.measures_expiring(), "Let op: verloopt binnen 90 dagen na de periode"));
  }
  if (!d.watch_teams().empty()) {
    DataTable teams;
    teams.caption = "Buurtpreventieteams";
    teams.topic = "Burgerparticipatie";
    teams.columns = {"Team", "Wijk", "Vrijwilligers", "Status"};
    teams.numeric = {false, false, true, false};
    for (const auto& t : d.watch_teams()) {
      teams.rows.push_back(
          {t.name(), t.district(), FormatCount(t.volunteers()),
           t.status() == vw::WATCH_TEAM_STATUS_BEING_SET_UP ? "in oprichting" : "actief"});
    }
    tables.push_back(std::move(teams));
  }
  if (!d.certificates().empty()) {
    DataTable kvo;
    kvo.caption = "Keurmerk Veilig Ondernemen";
    kvo.columns = {"Bedrijventerrein", "Niveau", "Geldig tot en met"};
    kvo.numeric = {false, false, false};
    for (const auto& c : d.certificates()) {
      kvo.rows.push_back({c.park(), c.level(), DutchShortDate(c.certified_until())});
    }
    tables.push_back(std::move(kvo));
  }
}

void Ondermijning(const om::SectionData& d, std::vector<DataTable>& tables) {
  if (d.counts().empty()) return;
  DataTable cases;
  cases.caption = "Handhavingszaken interventieteam";
  cases.columns = {"Categorie", "Aantal"};
  cases.numeric = {false, true};
  for (const auto& line : d.counts()) {
    cases.rows.push_back({line.category(), FormatCount(line.total())});
    for (const auto& sub : line.subcategories()) {
      cases.rows.push_back({"waarvan " + InSentence(sub.subcategory()), FormatCount(sub.count())});
    }
  }
  cases.rows.push_back({"Totaal", FormatCount(d.total())});
  tables.push_back(std::move(cases));
}

std::string TitleOf(const std::string& topic) { return SplitTopicLabel(topic).title; }

void ZorgVeiligheid(const cv1::ThemeSection& section, std::vector<DataTable>& tables) {
  const zv::SectionData& d = section.zorg_veiligheid();
  // A register an indicator of the same topic already shows is not repeated.
  const auto shown_as_indicator = [&section](const zv::RegisterLine& line) {
    for (const auto& topic : section.topics()) {
      for (const auto& block : topic.indicators()) {
        if (block.indicator().title() == line.label()) return true;
      }
    }
    return false;
  };
  std::map<std::string, DataTable> by_topic;
  std::vector<std::string> order;
  for (const auto& line : d.registers()) {
    if (shown_as_indicator(line)) continue;
    const std::string topic = TitleOf(line.topic());
    auto [it, added] = by_topic.try_emplace(topic);
    DataTable& table = it->second;
    if (added) {
      order.push_back(topic);
      table.caption = "Registraties " + InSentence(topic);
      table.topic = topic;
      table.columns = {"Registratie", "Periode", "Aantal"};
      table.numeric = {false, false, true};
    }
    for (const auto& c : line.counts()) {
      table.rows.push_back({line.label(), DutchPeriod(c.period()), FormatCount(c.count())});
    }
  }
  for (const auto& target : d.targets()) {
    std::vector<std::string> names;
    std::string topic;
    int done = 0;
    for (int r : target.registers()) {
      for (const auto& line : d.registers()) {
        if (line.register_() != r) continue;
        names.push_back(InSentence(line.label()));
        if (topic.empty()) topic = TitleOf(line.topic());
        for (const auto& c : line.counts()) {
          if (c.period().starts_with(std::to_string(target.year()))) done += c.count();
        }
      }
    }
    if (names.empty()) continue;
    const std::string sentence = "Jaardoel " + std::to_string(target.year()) + " voor " +
                                 DutchList(names) + (names.size() > 1 ? " samen: " : ": ") +
                                 FormatCount(target.target()) + " (tot en met de " +
                                 DutchPeriod(section.period()) + ": " + FormatCount(done) + ").";
    auto it = by_topic.find(topic);
    if (it == by_topic.end()) {
      DataTable note;
      note.topic = topic;
      note.lead = sentence;
      tables.push_back(std::move(note));
    } else {
      it->second.notes.push_back(sentence);
    }
  }
  for (const auto& topic : order) tables.push_back(std::move(by_topic[topic]));
}

void Crisisbeheersing(const cb::SectionData& d, std::vector<DataTable>& tables) {
  DataTable incidents;
  incidents.caption = "Incidenten met GRIP-opschaling";
  std::vector<std::string> levels;
  for (const auto& c : d.counts_by_grip()) {
    if (c.grip() == cb::GRIP_LEVEL_NONE || c.count() == 0) continue;
    levels.push_back(FormatCount(c.count()) + " met " + std::string(GripLabel(c.grip())));
  }
  incidents.lead =
      "Meldingen bij de Officier van Dienst Bevolkingszorg: " + FormatCount(d.incidents_size()) +
      (levels.empty() ? "" : ", waarvan " + DutchList(levels)) + ".";
  incidents.columns = {"Datum", "Incident", "Locatie", "GRIP"};
  incidents.numeric = {false, false, false, false};
  for (const auto& i : d.incidents()) {
    if (i.grip() == cb::GRIP_LEVEL_NONE) continue;
    incidents.rows.push_back(
        {DutchShortDate(i.date()), i.title(), i.location(), std::string(GripLabel(i.grip()))});
  }
  tables.push_back(std::move(incidents));
  if (!d.pools().empty()) {
    DataTable pools;
    pools.caption = "Piketpools";
    pools.columns = {"Functie", "Niveau", "Vereist", "Bezet", "Inzetten"};
    pools.numeric = {false, false, true, true, true};
    for (const auto& p : d.pools()) {
      int deployments = 0;
      for (const auto& dep : p.deployments()) deployments += dep.count();
      pools.rows.push_back({p.function(), std::string(PoolScopeLabel(p.scope())),
                            FormatCount(p.required()),
                            FormatCount(p.filled()) + (p.understaffed() ? " (onderbezet)" : ""),
                            FormatCount(deployments)});
    }
    tables.push_back(std::move(pools));
  }
  if (!d.events().empty()) {
    DataTable events;
    events.caption = "Risicoadviezen evenementen";
    events.topic = "Evenementen";
    events.columns = {"Evenement", "Datum", "Risicoklasse", "Advies"};
    events.numeric = {false, false, false, false};
    for (const auto& e : d.events()) {
      events.rows.push_back(
          {e.event(), DutchDateRange(e.start_date(), e.end_date()), e.risk_class(), e.advice()});
    }
    tables.push_back(std::move(events));
  }
}

}  // namespace

DataTable FigureTable(const cv1::IndicatorBlock& block) {
  DataTable table;
  table.caption = block.indicator().title() + ": cijfers";
  table.columns = {"Gebied"};
  table.numeric = {false};
  if (block.series().empty()) return table;
  for (const auto& p : block.series(0).points()) {
    table.columns.push_back(DutchPeriodShort(p.period()));
    table.numeric.push_back(true);
  }
  const bool rates = block.indicator().unit() != cv1::UNIT_COUNT;
  bool incomplete = false;
  for (const auto& series : block.series()) {
    if (series.area_kind() == cv1::AREA_KIND_MUNICIPALITY) {
      std::vector<std::string> row = {series.area_name() + " (aantal)"};
      for (const auto& p : series.points()) {
        row.push_back(p.has_count() ? FormatCount(p.count()) + (p.complete() ? "" : "*")
                                    : kMissing);
        incomplete |= p.has_count() && !p.complete();
      }
      table.rows.push_back(std::move(row));
    }
    if (rates) {
      const bool group = series.area_kind() != cv1::AREA_KIND_MUNICIPALITY;
      std::vector<std::string> row = {(group ? "Gemiddelde " : "") + series.area_name() +
                                      " (per 1.000)"};
      for (const auto& p : series.points()) {
        row.push_back(p.has_rate() ? FormatRate(p.rate()) : kMissing);
      }
      table.rows.push_back(std::move(row));
    }
  }
  if (incomplete) table.notes.push_back("* Nog niet alle cijfers over deze periode zijn binnen.");
  return table;
}

DataTable ActivityTable(const cv1::TopicBlock& topic) {
  DataTable table;
  table.caption = "Wat is er gedaan";
  table.columns = {"Wat", "Aantal", "Eenheid", "Partners"};
  table.numeric = {false, true, false, false};
  for (const auto& a : topic.activities()) {
    std::vector<std::string> partners(a.partners().begin(), a.partners().end());
    table.rows.push_back(
        {a.description(), Quantity(a.quantity()), a.unit(), absl::StrJoin(partners, ", ")});
  }
  return table;
}

DataTable GoalTable(const std::vector<GoalRow>& rows) {
  DataTable table;
  table.caption = "Doelstellingen van het actieplan";
  table.columns = {"Thema", "Indicator", "Doelstelling", "Peiljaar", "Nu", "Stand", "Toelichting"};
  table.numeric = {false, false, false, true, true, false, false};
  for (const auto& row : rows) {
    table.rows.push_back({row.theme, row.indicator, row.aim, row.baseline, row.current,
                          std::string(GoalProgressLabel(row.progress)), row.reason});
  }
  return table;
}

std::vector<DataTable> ThemeTables(const cv1::ThemeSection& section) {
  std::vector<DataTable> tables;
  switch (section.theme_data_case()) {
    case cv1::ThemeSection::kVeiligeWijken:
      VeiligeWijken(section.veilige_wijken(), tables);
      break;
    case cv1::ThemeSection::kOndermijning:
      Ondermijning(section.ondermijning(), tables);
      break;
    case cv1::ThemeSection::kZorgVeiligheid:
      ZorgVeiligheid(section, tables);
      break;
    case cv1::ThemeSection::kCrisisbeheersing:
      Crisisbeheersing(section.crisisbeheersing(), tables);
      break;
    default:
      break;
  }
  return tables;
}

bool BelongsUnder(const DataTable& table, const cv1::TopicBlock& topic) {
  return !table.topic.empty() && SameTopic(table.topic, topic.topic());
}

}  // namespace veilig::report
