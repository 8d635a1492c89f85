// The addresses of the four theme services, as options shared by the gateway
// and veiligctl: --veilige-wijken-address=127.0.0.1:50051 (or
// VEILIG_VEILIGE_WIJKEN_ADDRESS), and so on.
#pragma once

#include <map>
#include <string>

#include "common/client/tls.h"
#include "common/config/options.h"

namespace veilig::client {

struct BackendAddresses {
  // Service name ("veilige-wijken") -> gRPC target ("127.0.0.1:50051" or
  // "dns:///veilige-wijken:50051").
  std::map<std::string, std::string> by_service = {
      {"veilige-wijken", "127.0.0.1:50051"},
      {"ondermijning", "127.0.0.1:50052"},
      {"zorg-veiligheid", "127.0.0.1:50053"},
      {"crisisbeheersing", "127.0.0.1:50054"},
  };
  TlsFiles tls;
};

// The four addresses and the --backend-tls-* options.
void AddBackendOptions(config::po::options_description& description, BackendAddresses& addresses);

}  // namespace veilig::client
