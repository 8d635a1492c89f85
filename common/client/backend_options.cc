#include "common/client/backend_options.h"

namespace veilig::client {

void AddBackendOptions(config::po::options_description& description, BackendAddresses& addresses) {
  for (auto& [service, target] : addresses.by_service) {
    description.add_options()((service + "-address").c_str(),
                              config::po::value(&target)->default_value(target),
                              ("gRPC target of the " + service + " service").c_str());
  }
  AddClientTlsOptions(description, addresses.tls);
}

}  // namespace veilig::client
