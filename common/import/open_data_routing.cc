#include "common/import/open_data_routing.h"

namespace veilig::import {
namespace {

constexpr size_t kUnknownAreaExamples = 10;

}  // namespace

OpenDataRouter::OpenDataRouter(
    const std::vector<std::pair<std::string, common::v1::Indicator>>& indicators,
    std::map<std::string, std::set<std::string>> areas_by_service)
    : areas_by_service_(std::move(areas_by_service)) {
  for (const auto& [service, indicator] : indicators) {
    for (const auto& code : indicator.police_codes()) {
      targets_by_code_[code].push_back({service, indicator.id()});
    }
  }
}

std::vector<std::string> OpenDataRouter::services() const {
  std::set<std::string> services;
  for (const auto& [code, targets] : targets_by_code_) {
    for (const auto& target : targets) services.insert(target.service);
  }
  return {services.begin(), services.end()};
}

void OpenDataRouter::Route(const PoliceOpenDataRow& row, const Deliver& deliver) {
  ++summary_.rows;
  const auto targets = targets_by_code_.find(row.crime_type);
  if (targets == targets_by_code_.end()) {
    ++summary_.unmapped_crime_types[row.crime_type];
    return;
  }
  if (!row.count.has_value()) {
    ++summary_.not_published;
    return;
  }
  bool delivered = false;
  for (const auto& target : targets->second) {
    const auto areas = areas_by_service_.find(target.service);
    if (areas == areas_by_service_.end() || !areas->second.contains(row.region)) continue;
    common::v1::Observation observation;
    observation.set_indicator(target.indicator);
    observation.set_area(row.region);
    observation.set_period(row.period);
    observation.set_count(*row.count);
    deliver(target.service, std::move(observation));
    delivered = true;
  }
  if (delivered) {
    ++summary_.routed;
  } else {
    ++summary_.unknown_area;
    if (summary_.unknown_area_examples.size() < kUnknownAreaExamples) {
      summary_.unknown_area_examples.insert(row.region);
    }
  }
}

}  // namespace veilig::import
