#include "common/theme/figures.h"

#include "common/domain/rates.h"
#include "common/domain/rounding.h"
#include "common/theme/group_figures.h"

namespace veilig::theme {
namespace {

namespace cv1 = common::v1;

// Composites of composites are allowed, cycles are not: stop well before.
constexpr int kMaxCompositeDepth = 8;

std::optional<int64_t> DenominatorField(const cv1::Denominator& d, cv1::Unit unit) {
  switch (unit) {
    case cv1::UNIT_PER_1000_INHABITANTS:
      return d.has_inhabitants() ? std::optional<int64_t>(d.inhabitants()) : std::nullopt;
    case cv1::UNIT_PER_1000_DWELLINGS:
      return d.has_dwellings() ? std::optional<int64_t>(d.dwellings()) : std::nullopt;
    case cv1::UNIT_PER_1000_RESIDENTS_12_24:
      return d.has_residents_12_24() ? std::optional<int64_t>(d.residents_12_24()) : std::nullopt;
    case cv1::UNIT_PER_1000_RESIDENTS_12_17:
      return d.has_residents_12_17() ? std::optional<int64_t>(d.residents_12_17()) : std::nullopt;
    default:
      return std::nullopt;
  }
}

}  // namespace

void SetDenominatorOfUnit(cv1::Denominator& d, cv1::Unit unit, int64_t value) {
  switch (unit) {
    case cv1::UNIT_PER_1000_INHABITANTS:
      d.set_inhabitants(value);
      break;
    case cv1::UNIT_PER_1000_DWELLINGS:
      d.set_dwellings(value);
      break;
    case cv1::UNIT_PER_1000_RESIDENTS_12_24:
      d.set_residents_12_24(value);
      break;
    case cv1::UNIT_PER_1000_RESIDENTS_12_17:
      d.set_residents_12_17(value);
      break;
    default:
      break;
  }
}

cv1::SeriesPoint ToSeriesPoint(const Period& period, const Figure& figure) {
  cv1::SeriesPoint point;
  point.set_period(period.ToString());
  if (figure.count) point.set_count(*figure.count);
  if (figure.rate) {
    point.set_rate(*figure.rate);
    point.set_rate_rounded(RoundRate(*figure.rate));
  }
  if (figure.denominator) point.set_denominator(*figure.denominator);
  point.set_complete(figure.complete);
  point.set_rate_imported(figure.rate_imported);
  return point;
}

Figures::Figures(const SectionInput& input) : input_(input) {
  for (const auto& indicator : input.indicators) indicators_[indicator.id()] = &indicator;
  for (const auto& o : input.observations) {
    auto period = Period::Parse(o.period());
    if (period.ok()) observations_[{o.indicator(), o.area()}][*period] = &o;
  }
  for (const auto& d : input.denominators) {
    auto period = Period::Parse(d.period());
    if (period.ok()) denominators_[d.area()][*period] = &d;
  }
}

const cv1::Indicator* Figures::FindIndicator(const std::string& id) const {
  auto it = indicators_.find(id);
  return it == indicators_.end() ? nullptr : it->second;
}

const cv1::Area* Figures::FindArea(const std::string& code) const {
  auto it = input_.areas.find(code);
  return it == input_.areas.end() ? nullptr : &it->second;
}

std::optional<int64_t> Figures::DenominatorOf(const std::string& area, const Period& period,
                                              cv1::Unit unit) const {
  auto it = denominators_.find(area);
  if (it == denominators_.end()) return std::nullopt;
  // The period's own figure, else that of the half year or year containing it.
  for (Grain grain : {period.grain(), Grain::kHalfYear, Grain::kYear}) {
    if (static_cast<int>(grain) > static_cast<int>(period.grain())) continue;
    auto d = it->second.find(period.RollUp(grain));
    if (d != it->second.end()) {
      if (auto value = DenominatorField(*d->second, unit)) return value;
    }
  }
  return std::nullopt;
}

Figures::Raw Figures::RolledUp(const std::string& indicator, const std::string& area,
                               const Period& period) const {
  Raw raw;
  auto series = observations_.find({indicator, area});
  if (series == observations_.end()) return raw;
  const auto& by_period = series->second;
  if (auto exact = by_period.find(period); exact != by_period.end()) {
    const cv1::Observation& o = *exact->second;
    if (o.has_count()) raw.count = o.count();
    if (o.has_rate()) raw.rate = o.rate();
    return raw;
  }
  // Sum the finest grain that covers the period best; a period with parts
  // missing is returned as incomplete, never as if whole.
  size_t best_present = 0;
  for (Grain grain : {Grain::kHalfYear, Grain::kQuarter, Grain::kMonth}) {
    if (static_cast<int>(grain) <= static_cast<int>(period.grain())) continue;
    const std::vector<Period> parts = period.Split(grain);
    int64_t sum = 0;
    size_t present = 0;
    for (const Period& part : parts) {
      auto it = by_period.find(part);
      if (it != by_period.end() && it->second->has_count()) {
        sum += it->second->count();
        ++present;
      }
    }
    if (present > best_present) {
      best_present = present;
      raw.count = sum;
      raw.complete = present == parts.size();
      if (raw.complete) break;
    }
  }
  return raw;
}

Figure Figures::Counted(const cv1::Indicator& indicator, const std::string& area,
                        const Period& period, int depth) const {
  Figure figure;
  if (!indicator.components().empty()) {
    // Counts add up; imported rates add up too when every component is a rate
    // per 1,000 of the same population as the composite.
    int64_t count_sum = 0;
    double rate_sum = 0;
    bool all_counts = true, all_rates = true;
    for (const auto& id : indicator.components()) {
      const cv1::Indicator* component = FindIndicator(id);
      if (component == nullptr || depth >= kMaxCompositeDepth) return Figure{};
      Figure part = Counted(*component, area, period, depth + 1);
      all_counts = all_counts && part.count.has_value();
      if (part.count.has_value()) count_sum += *part.count;
      all_rates = all_rates && part.rate.has_value() && component->unit() == indicator.unit();
      if (part.rate.has_value()) rate_sum += *part.rate;
      figure.complete = figure.complete && part.complete;
    }
    if (all_counts) {
      figure.count = count_sum;
    } else if (all_rates && indicator.unit() != cv1::UNIT_COUNT) {
      figure.rate = rate_sum;
      figure.rate_imported = true;
    } else {
      figure.complete = true;
    }
    return figure;
  }
  Raw raw = RolledUp(indicator.id(), area, period);
  figure.count = raw.count;
  figure.complete = raw.complete;
  if (raw.rate.has_value()) {
    figure.rate = raw.rate;
    figure.rate_imported = true;
  }
  return figure;
}

Figure Figures::At(const cv1::Indicator& indicator, const std::string& area,
                   const Period& period) const {
  if (auto group = input_.group_figures.find(area); group != input_.group_figures.end()) {
    return group->second->At(indicator, period);
  }
  Figure figure = Counted(indicator, area, period, 0);
  figure.denominator = DenominatorOf(area, period, indicator.unit());

  // A group with members but no figures of its own sums its members.
  const cv1::Area* group = FindArea(area);
  if (!figure.count.has_value() && group != nullptr && !group->members().empty()) {
    int64_t count = 0, denominator = 0;
    bool all_counts = true, all_denominators = true, complete = true;
    for (const auto& member : group->members()) {
      Figure m = Counted(indicator, member, period, 0);
      if (!m.count.has_value()) {
        all_counts = false;
        break;
      }
      count += *m.count;
      complete = complete && m.complete;
      auto d = DenominatorOf(member, period, indicator.unit());
      if (d.has_value()) {
        denominator += *d;
      } else {
        all_denominators = false;
      }
    }
    if (all_counts) {
      figure.count = count;
      figure.complete = complete;
      if (all_denominators) figure.denominator = denominator;
    }
  }

  if (figure.count.has_value() && indicator.unit() != cv1::UNIT_COUNT) {
    if (auto computed = RatePerThousand(*figure.count, figure.denominator)) {
      figure.rate = computed;
      figure.rate_imported = false;
    }
  }
  if (indicator.unit() == cv1::UNIT_COUNT) figure.denominator.reset();
  return figure;
}

}  // namespace veilig::theme
