// What an operator watches of a theme service's signals (docs/signals.md):
// how many municipality-half years wait to be worked out after an import or
// a round of publications, how many were, and how long each took. Until the
// backlog is empty, the dashboard's maps say their signals are pending.
#pragma once

#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

#include <cstddef>

namespace veilig::theme {

class SignalMetrics {
 public:
  explicit SignalMetrics(prometheus::Registry& registry);

  void SetPending(size_t count) { pending_.Set(static_cast<double>(count)); }
  void Computed(double seconds) {
    computed_.Increment();
    seconds_.Observe(seconds);
  }
  void Failed() { failed_.Increment(); }

 private:
  prometheus::Gauge& pending_;
  prometheus::Counter& computed_;
  prometheus::Counter& failed_;
  prometheus::Histogram& seconds_;
};

}  // namespace veilig::theme
