// Where each figure of a police open-data table goes: to every indicator
// whose police code is the row's crime type, in each service that owns such
// an indicator and knows the row's area. What goes nowhere is counted by
// reason, so an import can say exactly what it left out.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "common/import/police_open_data.h"
#include "veilig/common/v1/indicator.pb.h"
#include "veilig/common/v1/observation.pb.h"

namespace veilig::import {

struct OpenDataSummary {
  int64_t rows = 0;
  // Rows that became at least one observation.
  int64_t routed = 0;
  // Rows without a value ("not published"): kept missing, not sent as zero.
  int64_t not_published = 0;
  // Rows whose area no owning service knows, with a few of those codes.
  int64_t unknown_area = 0;
  std::set<std::string> unknown_area_examples;
  // Crime types no indicator maps, with their row counts.
  std::map<std::string, int64_t> unmapped_crime_types;
};

class OpenDataRouter {
 public:
  using Deliver = std::function<void(const std::string& service, common::v1::Observation&&)>;

  // `indicators`: (owning service, indicator) pairs; `areas_by_service`: the
  // area codes each service's registry holds.
  OpenDataRouter(const std::vector<std::pair<std::string, common::v1::Indicator>>& indicators,
                 std::map<std::string, std::set<std::string>> areas_by_service);

  void Route(const PoliceOpenDataRow& row, const Deliver& deliver);
  const OpenDataSummary& summary() const { return summary_; }
  // The services any row can go to, in name order.
  std::vector<std::string> services() const;

 private:
  struct Target {
    std::string service;
    std::string indicator;
  };
  std::map<std::string, std::vector<Target>> targets_by_code_;
  std::map<std::string, std::set<std::string>> areas_by_service_;
  OpenDataSummary summary_;
};

}  // namespace veilig::import
