// Signals in Dutch, the same on the dashboard and in the report: one
// sentence per signal, how it was found, and the report summary's paragraph.
// docs/signals.md.
#pragma once

#include <string>
#include <vector>

#include "veilig/common/v1/indicator.pb.h"
#include "veilig/common/v1/signal.pb.h"

namespace veilig::report {

// The signal's indicator among `indicators` (any range of them); one with
// only its id for a title when it is not among them.
template <typename Indicators>
common::v1::Indicator IndicatorOfSignal(const Indicators& indicators,
                                        const common::v1::AreaSignal& signal) {
  for (const common::v1::Indicator& indicator : indicators) {
    if (indicator.id() == signal.indicator()) return indicator;
  }
  common::v1::Indicator unknown;
  unknown.set_id(signal.indicator());
  unknown.set_title(signal.indicator());
  return unknown;
}

// A chance in Dutch with two significant digits: "0,0039%", "1,6%"; "minder
// dan 0,0001%" below that.
std::string ChanceText(double p);

// A month: "Woninginbraken in Wijk 03 Almere Buiten, maart 2019: 45
// geregistreerd, waar 20,4 verwacht werd (bovengrens 29)."
// A hot spot: "Woninginbraken: brandpunt rond Stedenwijk-Midden met 4
// buren, eerste helft van 2019: 12,3 per 1.000 woningen daar en 9,8 met de
// buren samen, tegen 4,0 in alle buurten samen."
// Against an earlier half year: "Woninginbraken in Wijk 03 Almere Buiten,
// eerste helft van 2019 tegenover eerste helft van 2018: 158 geregistreerd
// tegen 62 toen; met de ontwikkeling van de hele gemeente werden er 71,3
// verwacht."
std::string SignalSentence(const common::v1::AreaSignal& signal,
                           const common::v1::Indicator& indicator);

// "Stijging" (a month), "Stijging sinds 1e helft 2018" (a half year against
// an earlier one) or "Brandpunt" (a hot spot).
std::string SignalKindText(const common::v1::AreaSignal& signal);

// The month's upper limit: "29", "8,7"; "–" for the other methods, which
// have none.
std::string UpperLimitText(const common::v1::AreaSignal& signal);

// The method and its parameters, for a "Hoe berekend" disclosure.
std::string HowComputed(const common::v1::AreaSignal& signal);

// The summary's paragraphs on signals: what rose beyond chance where, or
// that nothing did, and how many tests that rests on. None when nothing was
// judged (no figures per wijk or buurt). `indicators` gives the titles.
// `pending`: a service was still working out its signals when the report
// was made up; the summary says so first, as its findings may be incomplete.
std::vector<std::string> SignalsSummary(const std::vector<common::v1::AreaSignal>& signals,
                                        int tests,
                                        const std::vector<common::v1::Indicator>& indicators,
                                        bool pending = false);

}  // namespace veilig::report
