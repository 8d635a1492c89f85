// The addresses of the theme services the binary knows
// (common/domain/theme_services.h), as options shared by the gateway and
// veiligctl: --veilige-wijken-address=127.0.0.1:50051 (or
// VEILIG_VEILIGE_WIJKEN_ADDRESS), and so on.
#pragma once

#include <map>
#include <string>

#include "common/client/tls.h"
#include "common/config/options.h"

namespace veilig::client {

struct BackendAddresses {
  // Service name ("veilige-wijken") -> gRPC target ("127.0.0.1:50051" or
  // "dns:///veilige-wijken:50051"); by default every registered theme
  // service on loopback at its default port.
  std::map<std::string, std::string> by_service = LoopbackTargets();

  static std::map<std::string, std::string> LoopbackTargets();
  TlsFiles tls;
};

// One address option per theme service, and the --backend-tls-* options.
void AddBackendOptions(config::po::options_description& description, BackendAddresses& addresses);

}  // namespace veilig::client
