#include "services/zorg-veiligheid/register_section.h"

#include "services/zorg-veiligheid/domain/register_rules.h"

namespace veilig::zorgveiligheid {

absl::StatusOr<v1::SectionData> RegisterSection(RegisterStore& store,
                                                const std::string& municipality,
                                                const Period& period) {
  const std::vector<Period> periods = TrailingHalfYears(period, kRegisterHalfYears);
  auto counts = store.CountsOfYears(municipality, periods.front().year(), period.year());
  if (!counts.ok()) return counts.status();
  v1::SectionData data;
  for (int r = v1::Register_MIN + 1; r <= v1::Register_MAX; ++r) {
    const auto reg = static_cast<Register>(r);
    v1::RegisterLine line;
    line.set_register_(reg);
    line.set_label(std::string(RegisterLabel(reg)));
    bool any = false;
    for (const Period& p : periods) {
      // A period without a count is left out: a gap, never a zero.
      if (auto count = CountIn(*counts, reg, p)) {
        *line.add_counts() = std::move(*count);
        any = true;
      }
    }
    if (any) *data.add_registers() = std::move(line);
  }
  auto targets = store.TargetsOfYear(municipality, period.year());
  if (!targets.ok()) return targets.status();
  for (auto& t : *targets) *data.add_targets() = std::move(t);
  return data;
}

}  // namespace veilig::zorgveiligheid
