// Survey figures (the Veiligheidsmonitor: "voelt zich weleens onveilig in de
// eigen buurt") are estimates with a 95% margin. A difference between two
// editions or two areas is real only when it survives both margins.
#pragma once

namespace veilig::signals {

struct SurveyEstimate {
  // Percentage, e.g. 34.
  double percentage = 0;
  // Half the 95% interval, in percentage points, e.g. 2.1.
  double margin = 0;
};

struct SurveyDifference {
  // a - b, in percentage points.
  double difference = 0;
  // (a - b) / sqrt(SEa^2 + SEb^2), SE = margin / 1.96.
  double z = 0;
  // Two-sided.
  double p_value = 1;
  // |z| >= 1.96: beyond the margins at the 95% level.
  bool real = false;
};

SurveyDifference CompareSurveyEstimates(const SurveyEstimate& a, const SurveyEstimate& b);

}  // namespace veilig::signals
