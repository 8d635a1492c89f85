// Test support: a veilige-wijken measure decided in 2019H1 (an alcohol ban),
// created and deleted over gRPC as an admin; the section of GM0034 2019H1
// lists it among the measures decided.
#pragma once

#include <grpcpp/grpcpp.h>

#include <string>

#include "tests/support/suite.h"

namespace veilig::testing {

// `name` receives the new measure's resource name.
grpc::Status CreateDecidedMeasure(Suite& suite, const std::string& area,
                                  const std::string& description, std::string* name);
grpc::Status DeleteMeasure(Suite& suite, const std::string& name);

}  // namespace veilig::testing
