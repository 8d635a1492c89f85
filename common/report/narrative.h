// The standard Dutch sentences a policy adviser writes under each figure,
// generated from the structured indicator block (never from stored text):
// development against the baseline and a year earlier, position against the
// comparison groups, where the goal stands, a caveat when a change is within
// chance, and the projection. Notes and series breaks are footnotes, printed
// once per section by the report (see footnotes.h), not repeated here.
#pragma once

#include <string>
#include <vector>

#include "veilig/common/v1/section.pb.h"

namespace veilig::report {

std::vector<std::string> DescribeIndicator(const common::v1::IndicatorBlock& block);

// The building blocks, one sentence form each (tested one by one).
namespace narrative {

// "Het aantal woninginbraken per 1.000 woningen", "De omvang van fraude met
// online handel": the indicator's noun with the article its kind needs.
std::string Subject(const common::v1::Indicator& indicator);
// A value in the indicator's change measure, Dutch format.
std::string Value(const common::v1::Indicator& indicator, double value);
// "Het aantal … daalde van 6,3 in de eerste helft van 2017 naar 4,3 in de
// eerste helft van 2019 (−31%)."
std::string Development(const common::v1::Indicator& indicator,
                        const common::v1::Comparison& comparison);
// "Ten opzichte van de eerste helft van 2018 (5,3) is het huidige cijfer (4,3)
// 18% lager."
std::string AgainstYearEarlier(const common::v1::Indicator& indicator,
                               const common::v1::Comparison& comparison);
// "Per 1.000 woningen ligt het cijfer van Almere (4,3) boven het gemiddelde
// van de politie-eenheid Midden-Nederland (3,9) en onder dat van …"
std::string AgainstGroups(const common::v1::IndicatorBlock& block);
// "De doelstelling (een daling ten opzichte van 2017) is op koers."
std::string Goal(const common::v1::GoalAssessment& assessment);
// What the goal is: "een daling ten opzichte van 2017", "ten hoogste 380".
std::string GoalAim(const common::v1::Goal& goal);
// Why a goal stands where it does, short, for the summary's goal table:
// "6,3 in 2017, nu 4,3", "geen cijfers over de eerste helft van 2017".
std::string GoalReason(const common::v1::IndicatorBlock& block);
// "Als de trend doorzet, ..."
std::string Projection(const common::v1::IndicatorBlock& block);

}  // namespace narrative
}  // namespace veilig::report
