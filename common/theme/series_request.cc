#include "common/theme/series_request.h"

#include "common/domain/field_checks.h"
#include "common/domain/field_error.h"
#include "common/domain/strings.h"

namespace veilig::theme {
namespace {

// Twenty years of months: more is a mistake, not a question.
constexpr int kMaxSeriesPeriods = 240;

}  // namespace

absl::StatusOr<PeriodRange> ParsePeriodRange(const std::string& from_period,
                                             const std::string& to_period) {
  auto from = ParsePeriodField("from_period", from_period);
  if (!from.ok()) return from.status();
  auto to = ParsePeriodField("to_period", to_period);
  if (!to.ok()) return to.status();
  if (from->grain() != to->grain()) {
    return FieldError("to_period", "must have the same grain as from_period");
  }
  if (*to < *from) return FieldError("to_period", "must not precede from_period");
  if (to->Shifted(-kMaxSeriesPeriods) >= *from) {
    return FieldError("to_period",
                      StrCat("the range may span at most ", kMaxSeriesPeriods, " periods"));
  }
  return PeriodRange{*from, *to};
}

common::v1::AreaSeries SeriesOf(const Figures& figures, const common::v1::Indicator& indicator,
                                const common::v1::Area& area, const PeriodRange& range) {
  common::v1::AreaSeries series;
  series.set_area(area.code());
  series.set_area_name(area.name());
  series.set_area_kind(area.kind());
  for (Period p = range.from; p <= range.to; p = p.Next()) {
    *series.add_points() = ToSeriesPoint(p, figures.At(indicator, area.code(), p));
  }
  return series;
}

}  // namespace veilig::theme
