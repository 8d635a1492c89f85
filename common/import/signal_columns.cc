#include "common/import/signal_columns.h"

#include <algorithm>
#include <array>

#include "common/domain/strings.h"
#include "common/import/csv_fields.h"

namespace veilig::import {
namespace {

namespace cv1 = common::v1;

constexpr std::array<std::string_view, 10> kColumns = {
    "signal_years_back",           "signal_window",        "signal_alpha",
    "signal_false_discovery_rate", "signal_min_count",     "signal_threshold",
    "signal_neighbours",           "signal_distance_band", "signal_min_population",
    "signal_cusum_shift"};

absl::StatusOr<cv1::NeighbourWeights> ParseNeighbours(std::string_view text) {
  if (text.empty()) return cv1::NEIGHBOUR_WEIGHTS_UNSPECIFIED;
  if (text == "queen") return cv1::NEIGHBOUR_WEIGHTS_QUEEN_CONTIGUITY;
  if (text == "distance_band") return cv1::NEIGHBOUR_WEIGHTS_DISTANCE_BAND;
  return absl::InvalidArgumentError(
      StrCat("signal_neighbours: '", text, "' is not one of queen, distance_band"));
}

}  // namespace

bool HasSignalColumns(const csv::CsvTable& row) {
  for (std::string_view column : kColumns) {
    if (!row.Get(column).empty()) return true;
  }
  return false;
}

absl::StatusOr<cv1::SignalSettings> ParseSignalColumns(const csv::CsvTable& row) {
  cv1::SignalSettings settings;
  const auto whole = [&row](std::string_view column) -> absl::StatusOr<int64_t> {
    auto value = OptionalInt(column, row.Get(column));
    if (!value.ok()) return value.status();
    return value->value_or(0);
  };
  const auto number = [&row](std::string_view column) -> absl::StatusOr<double> {
    auto value = OptionalDouble(column, row.Get(column));
    if (!value.ok()) return value.status();
    return value->value_or(0);
  };
  auto years_back = whole("signal_years_back");
  if (!years_back.ok()) return years_back.status();
  // Out-of-range values are the services' to refuse; only the int32 must hold.
  settings.set_years_back(static_cast<int32_t>(std::clamp<int64_t>(*years_back, -1, 1000)));
  auto window = whole("signal_window");
  if (!window.ok()) return window.status();
  settings.set_window(static_cast<int32_t>(std::clamp<int64_t>(*window, -1, 1000)));
  auto alpha = number("signal_alpha");
  if (!alpha.ok()) return alpha.status();
  settings.set_alpha(*alpha);
  auto fdr = number("signal_false_discovery_rate");
  if (!fdr.ok()) return fdr.status();
  settings.set_false_discovery_rate(*fdr);
  auto min_count = whole("signal_min_count");
  if (!min_count.ok()) return min_count.status();
  settings.set_min_count(*min_count);
  settings.set_threshold(std::string(row.Get("signal_threshold")));
  auto weights = ParseNeighbours(row.Get("signal_neighbours"));
  if (!weights.ok()) return weights.status();
  settings.set_weights(*weights);
  auto band = number("signal_distance_band");
  if (!band.ok()) return band.status();
  settings.set_distance_band(*band);
  auto min_population = number("signal_min_population");
  if (!min_population.ok()) return min_population.status();
  settings.set_min_population(*min_population);
  auto shift = number("signal_cusum_shift");
  if (!shift.ok()) return shift.status();
  settings.set_cusum_shift(*shift);
  return settings;
}

}  // namespace veilig::import
