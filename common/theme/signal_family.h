// One indicator's signals are judged as one family: the p-values of every
// test of every method (months, hot spots, comparisons of half years, at
// every level) are adjusted together (Benjamini-Hochberg) before anything is
// called a signal. Adjusting each method, level or comparison on its own
// would make dozens of families per municipality, and chance alone would
// then pass in some of them. docs/signals.md.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "veilig/common/v1/signal.pb.h"

namespace veilig::theme {

struct SignalTests {
  // Every test's p-value.
  std::vector<double> p_values;
  // The signals that meet their method's other conditions (a count above
  // the limit, enough cases, neighbours...), each with the index of its
  // test in `p_values`; their p-value is set, their adjusted p-value not.
  std::vector<std::pair<size_t, common::v1::AreaSignal>> candidates;
};

// The candidates whose p-value, adjusted over every test of `parts`
// together, is at most `false_discovery_rate`: by adjusted p-value, each
// with `tests` the number of tests of the family.
std::vector<common::v1::AreaSignal> AdjustTogether(const std::vector<SignalTests>& parts,
                                                   double false_discovery_rate);

}  // namespace veilig::theme
