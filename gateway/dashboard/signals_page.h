// The signals page: where an indicator rose beyond chance in a wijk or
// buurt, each as a Dutch sentence with its numbers in a table, and how it
// was found behind a "Hoe berekend" disclosure.
#pragma once

#include <string>

#include "veilig/report/v1/dashboard.pb.h"

namespace veilig::gateway {

std::string RenderSignalsPage(const report::v1::SignalsOverview& overview);

// The title of the signal's indicator, from those the overview judged; its
// id when it is not among them.
std::string SignalTitle(const report::v1::SignalsOverview& overview,
                        const common::v1::AreaSignal& signal);

// A chance in Dutch with two significant digits: "0,0039%", "1,6%"; "minder
// dan 0,0001%" below that.
std::string ChanceText(double p);

// "Woninginbraken in Wijk 03 Almere Buiten, maart 2019: 45 geregistreerd,
// waar 20,4 verwacht werd (bovengrens 29)."
std::string SignalSentence(const common::v1::AreaSignal& signal, const std::string& title);

}  // namespace veilig::gateway
