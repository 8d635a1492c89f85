// The signals page: where an indicator rose beyond chance in a wijk or
// buurt, each as a Dutch sentence with its numbers in a table, and how it
// was found behind a "Hoe berekend" disclosure.
#pragma once

#include <string>

#include "veilig/report/v1/dashboard.pb.h"

namespace veilig::gateway {

std::string RenderSignalsPage(const report::v1::SignalsOverview& overview);

// The signal's indicator, from those the overview judged; one with only
// its id for a title when it is not among them.
common::v1::Indicator SignalIndicator(const report::v1::SignalsOverview& overview,
                                      const common::v1::AreaSignal& signal);

}  // namespace veilig::gateway
