// A survey indicator (Veiligheidsmonitor) in Dutch, the same in the report
// and on the dashboard: its latest estimate with the margin, and whether each
// difference survives the margins of both estimates, in words.
#pragma once

#include <string>
#include <vector>

#include "veilig/common/v1/section.pb.h"

namespace veilig::report {

// "34,2% (31,9–36,1%)"; without bounds "34,2%".
std::string SurveyEstimateText(const common::v1::SurveyEstimate& estimate);

// "Het aandeel inwoners dat zich weleens onveilig voelt in de eigen buurt
// was in 2019 34,2% (95%-marge 31,9 tot 36,1%)." Then per comparison: "Dat
// is 3,8 procentpunt lager dan in 2017 (38,0%); dat verschil is groter dan
// de marges van beide metingen: een echte daling." Or "...valt binnen de
// marges van beide metingen en kan toeval zijn."
std::vector<std::string> DescribeSurvey(const common::v1::SurveyBlock& block);

}  // namespace veilig::report
