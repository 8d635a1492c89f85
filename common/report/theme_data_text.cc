#include "common/report/theme_data_text.h"

#include "common/domain/calendar_date.h"
#include "common/report/dutch_number.h"
#include "common/report/labels.h"

namespace veilig::report {
namespace {

namespace vw = veiligewijken::v1;
namespace om = ondermijning::v1;
namespace zv = zorgveiligheid::v1;
namespace cb = crisisbeheersing::v1;

std::string Validity(const vw::Measure& m) {
  if (!IsSet(m.valid_until())) return "vanaf " + IsoDate(m.valid_from());
  return IsoDate(m.valid_from()) + " t/m " + IsoDate(m.valid_until());
}

void Measures(const google::protobuf::RepeatedPtrField<vw::Measure>& measures, const char* heading,
              std::ostream& out) {
  if (measures.empty()) return;
  out << "  " << heading << ":\n";
  for (const auto& m : measures) {
    out << "   - " << MeasureKindLabel(m.kind()) << ": " << m.description();
    if (m.has_persons()) {
      out << " (" << FormatCount(m.persons()) << (m.persons() == 1 ? " persoon)" : " personen)");
    }
    out << "; " << m.area() << "; " << Validity(m) << "\n";
  }
}

void VeiligeWijken(const vw::SectionData& data, std::ostream& out) {
  Measures(data.measures_decided(), "Bestuurlijke maatregelen in deze periode", out);
  Measures(data.measures_in_force(), "Van kracht aan het einde van de periode", out);
  Measures(data.measures_expiring(), "Let op, verloopt binnen 90 dagen na de periode", out);
  for (const auto& t : data.watch_teams()) {
    out << "   - Buurtpreventieteam " << t.name() << ": " << FormatCount(t.volunteers())
        << " vrijwilligers"
        << (t.status() == vw::WATCH_TEAM_STATUS_BEING_SET_UP ? " (in oprichting)" : "") << "\n";
  }
  for (const auto& c : data.certificates()) {
    out << "   - KVO " << c.park() << ": " << c.level() << ", geldig t/m "
        << IsoDate(c.certified_until()) << "\n";
  }
}

void Ondermijning(const om::SectionData& data, std::ostream& out) {
  if (data.counts().empty()) return;
  out << "  Handhavingszaken interventieteam (totaal " << FormatCount(data.total()) << "):\n";
  for (const auto& line : data.counts()) {
    out << "   - " << line.category() << ": " << FormatCount(line.total()) << "\n";
    for (const auto& sub : line.subcategories()) {
      out << "       waarvan " << FormatCount(sub.count()) << " " << sub.subcategory() << "\n";
    }
  }
}

void ZorgVeiligheid(const zv::SectionData& data, std::ostream& out) {
  if (data.registers().empty()) return;
  out << "  Registraties:\n";
  for (const auto& line : data.registers()) {
    out << "   - " << line.label() << ":";
    for (const auto& c : line.counts()) out << " " << c.period() << " " << FormatCount(c.count());
    out << "\n";
  }
  for (const auto& t : data.targets()) {
    out << "   - Jaardoel " << t.year() << ": " << FormatCount(t.target()) << "\n";
  }
}

void Crisisbeheersing(const cb::SectionData& data, std::ostream& out) {
  out << "  Meldingen OvD-Bevolkingszorg: " << FormatCount(data.incidents_size());
  std::string levels;
  for (const auto& c : data.counts_by_grip()) {
    if (c.grip() == cb::GRIP_LEVEL_NONE) continue;
    levels += (levels.empty() ? "" : ", ") + FormatCount(c.count()) + "× " +
              std::string(GripLabel(c.grip()));
  }
  out << (levels.empty() ? "" : ", waarvan " + levels) << "\n";
  for (const auto& i : data.incidents()) {
    if (i.grip() == cb::GRIP_LEVEL_NONE) continue;
    out << "   - " << IsoDate(i.date()) << " " << i.title() << " (" << i.location() << "), "
        << GripLabel(i.grip()) << "\n";
  }
  if (!data.pools().empty()) out << "  Piketpools:\n";
  for (const auto& p : data.pools()) {
    int deployments = 0;
    for (const auto& d : p.deployments()) deployments += d.count();
    out << "   - " << p.function() << " (" << PoolScopeLabel(p.scope())
        << "): " << FormatCount(p.filled()) << " van " << FormatCount(p.required())
        << " plaatsen bezet" << (p.understaffed() ? " (onderbezet)" : "") << ", "
        << FormatCount(deployments) << " inzetten\n";
  }
  if (!data.events().empty()) out << "  Risicoadviezen evenementen:\n";
  for (const auto& e : data.events()) {
    out << "   - " << e.event() << " (" << IsoDate(e.start_date()) << "): risicoklasse "
        << e.risk_class() << "; " << e.advice() << "\n";
  }
}

}  // namespace

void RenderThemeDataText(const common::v1::ThemeSection& section, std::ostream& out) {
  switch (section.theme_data_case()) {
    case common::v1::ThemeSection::kVeiligeWijken:
      VeiligeWijken(section.veilige_wijken(), out);
      break;
    case common::v1::ThemeSection::kOndermijning:
      Ondermijning(section.ondermijning(), out);
      break;
    case common::v1::ThemeSection::kZorgVeiligheid:
      ZorgVeiligheid(section.zorg_veiligheid(), out);
      break;
    case common::v1::ThemeSection::kCrisisbeheersing:
      Crisisbeheersing(section.crisisbeheersing(), out);
      break;
    default:
      return;
  }
  out << "\n";
}

}  // namespace veilig::report
