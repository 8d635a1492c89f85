// Which report a veiligctl command means: --municipality and --period, named
// as the gateway names reports ("municipalities/GM0034/reports/2019H1").
#pragma once

#include <string>

#include "common/config/options.h"

namespace veilig::ctl {

struct ReportKey {
  std::string municipality;
  std::string period;

  void AddTo(config::po::options_description& description);
  // Empty when both are well formed; else what is wrong, naming the option.
  std::string Problem() const;
  // The report's resource name, or its published `version`'s (1, 2, ...).
  std::string Name(int version = 0) const;
};

}  // namespace veilig::ctl
