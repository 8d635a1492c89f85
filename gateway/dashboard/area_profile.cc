#include "gateway/dashboard/area_profile.h"

#include <set>

#include "common/domain/codes.h"
#include "common/report/report_outline.h"

namespace veilig::gateway {
namespace {

namespace cv1 = common::v1;

// The report's series of `indicator`: the municipality and its groups.
const cv1::IndicatorBlock* BlockOf(const report::v1::ProgressReport* report,
                                   const std::string& indicator) {
  const cv1::IndicatorBlock* found = nullptr;
  if (report == nullptr) return found;
  report::ForEachIndicatorBlock(*report,
                                [&](const cv1::ThemeSection*, const cv1::IndicatorBlock& block) {
                                  if (found == nullptr && block.indicator().id() == indicator)
                                    found = &block;
                                });
  return found;
}

}  // namespace

report::v1::AreaProfile BuildAreaProfile(const std::string& municipality,
                                         const std::vector<IndicatorFiguresOfArea>& figures,
                                         const report::v1::ProgressReport* report) {
  report::v1::AreaProfile profile;
  profile.set_municipality(municipality);
  std::set<std::string> notes_seen;
  for (const auto& one : figures) {
    const cv1::AreaSeries& whole = one.months.whole();
    if (!profile.has_area()) {
      profile.mutable_area()->set_code(whole.area());
      profile.mutable_area()->set_name(whole.area_name());
      profile.mutable_area()->set_kind(whole.area_kind());
      profile.mutable_area()->set_parent(ParentAreaCode(whole.area()));
    }
    auto& series = *profile.add_indicators();
    *series.mutable_indicator() = one.months.indicator();
    *series.mutable_months() = whole;
    *series.add_half_years() = one.half_years.whole();
    if (const auto* block = BlockOf(report, one.months.indicator().id())) {
      for (const auto& other : block->series()) *series.add_half_years() = other;
    }
    for (const auto* response : {&one.months, &one.half_years}) {
      for (const auto& note : response->notes()) {
        if (notes_seen.insert(note.scope() + "\n" + note.text()).second)
          *profile.add_notes() = note;
      }
    }
  }
  return profile;
}

}  // namespace veilig::gateway
