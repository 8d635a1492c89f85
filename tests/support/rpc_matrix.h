// Test support for the authorisation matrix: every RPC of every Veilig
// server called by name with any request, and what each role may do.
#pragma once

#include <grpcpp/grpcpp.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace veilig::testing {

// Calls `method` ("/pkg.Service/Method") with the serialized request `bytes`
// through a generic stub, for any kind of method; returns the status code.
grpc::StatusCode CallWith(const std::shared_ptr<grpc::Channel>& channel, const std::string& method,
                          const std::string& bytes);
// With an empty request (the default message).
grpc::StatusCode CallWithEmptyRequest(const std::shared_ptr<grpc::Channel>& channel,
                                      const std::string& method);

// A request for `method` that names `municipality` wherever its message can
// (`parent`, `name`, `municipality`, a carried resource's `name`); nothing
// when the request has no such field.
std::optional<std::string> RequestNaming(const std::string& method,
                                         const std::string& municipality);

// Every method a server serves ("gateway" or a theme service name): its own
// services and the audit trail.
std::vector<std::string> MethodsOfServer(const std::string& server);

// Whether `role` may call `method` of `server`, from the methods' names and
// the roles' meaning (not from the access table under test).
bool Expected(const std::string& role, const std::string& server, const std::string& method);

}  // namespace veilig::testing
