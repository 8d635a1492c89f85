// The standard Dutch sentences a policy adviser writes under each figure,
// generated from the structured indicator block (never from stored text):
// development against the baseline and a year earlier, position against the
// comparison groups, goal status, a caveat when a change is within chance,
// the projection and the series-break notes that a comparison crosses.
#pragma once

#include <string>
#include <vector>

#include "veilig/common/v1/section.pb.h"

namespace veilig::report {

std::vector<std::string> DescribeIndicator(const common::v1::IndicatorBlock& block);

// The building blocks, one sentence form each (tested one by one).
namespace narrative {

// "Het aantal woninginbraken per 1.000 woningen".
std::string Subject(const common::v1::Indicator& indicator);
// A value in the indicator's change measure, Dutch format.
std::string Value(const common::v1::Indicator& indicator, double value);
// "daalde van 6,3 in de eerste helft van 2017 naar 4,3 in de eerste helft van 2019 (−31%)."
std::string Development(const common::v1::Indicator& indicator,
                        const common::v1::Comparison& comparison);
// "Ten opzichte van de eerste helft van 2018 (5,3) is dat een daling van 18%."
std::string AgainstYearEarlier(const common::v1::Indicator& indicator,
                               const common::v1::Comparison& comparison);
// "Daarmee ligt Almere boven het gemiddelde van ... (3,9) en onder dat van ... (5,6)."
std::string AgainstGroups(const common::v1::IndicatorBlock& block);
// "De doelstelling (een daling ten opzichte van 2017) is behaald."
std::string Goal(const common::v1::GoalAssessment& assessment);
// "Als de trend doorzet, ..."
std::string Projection(const common::v1::IndicatorBlock& block);

}  // namespace narrative
}  // namespace veilig::report
