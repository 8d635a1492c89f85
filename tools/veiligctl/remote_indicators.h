// Every indicator of every theme service, with the service that owns it:
// what veiligctl needs to route figures whose indicator is defined elsewhere.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "tools/veiligctl/call_options.h"
#include "veilig/common/v1/indicator.pb.h"

namespace veilig::ctl {

// (service, indicator) pairs; a service that does not answer contributes none.
std::vector<std::pair<std::string, common::v1::Indicator>> ListAllIndicators(
    const CallOptions& call);

}  // namespace veilig::ctl
