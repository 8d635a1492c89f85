#include "common/theme/signal_metrics.h"

namespace veilig::theme {

SignalMetrics::SignalMetrics(prometheus::Registry& registry)
    : pending_(prometheus::BuildGauge()
                   .Name("veilig_signals_pending")
                   .Help("Municipality-half years whose signals wait to be worked out.")
                   .Register(registry)
                   .Add({})),
      computed_(prometheus::BuildCounter()
                    .Name("veilig_signals_computed_total")
                    .Help("Municipality-half years whose signals were worked out.")
                    .Register(registry)
                    .Add({})),
      failed_(prometheus::BuildCounter()
                  .Name("veilig_signals_failed_total")
                  .Help("Computations of signals that failed or were cancelled.")
                  .Register(registry)
                  .Add({})),
      // From a few milliseconds (a small municipality in memory) to
      // seconds (a large one on a busy database).
      seconds_(prometheus::BuildHistogram()
                   .Name("veilig_signals_seconds")
                   .Help("Time to work out one municipality-half year's signals, in seconds.")
                   .Register(registry)
                   .Add({}, prometheus::Histogram::BucketBoundaries{0.005, 0.01, 0.025, 0.05, 0.1,
                                                                    0.25, 0.5, 1, 2.5, 5, 10})) {}

}  // namespace veilig::theme
