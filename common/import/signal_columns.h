// The optional columns of indicators.csv that set how signals are looked for
// on an indicator (Indicator.signal_settings; docs/signals.md): an empty cell
// keeps the default, and the services check the ranges.
#pragma once

#include "absl/status/statusor.h"
#include "common/csv/csv_reader.h"
#include "veilig/common/v1/signal.pb.h"

namespace veilig::import {

// signal_years_back, signal_window, signal_alpha, signal_false_discovery_rate,
// signal_min_count, signal_threshold, signal_neighbours (queen or
// distance_band), signal_distance_band, signal_min_population.
absl::StatusOr<common::v1::SignalSettings> ParseSignalColumns(const csv::CsvTable& row);

// Whether `row` sets any of them.
bool HasSignalColumns(const csv::CsvTable& row);

}  // namespace veilig::import
