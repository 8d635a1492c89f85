#include "common/client/backend_options.h"

#include "common/domain/theme_services.h"

namespace veilig::client {

std::map<std::string, std::string> BackendAddresses::LoopbackTargets() {
  std::map<std::string, std::string> targets;
  for (const auto& service : ThemeServices()) {
    targets.emplace(std::string(service.name), "127.0.0.1:" + std::to_string(service.default_port));
  }
  return targets;
}

void AddBackendOptions(config::po::options_description& description, BackendAddresses& addresses) {
  for (auto& [service, target] : addresses.by_service) {
    description.add_options()((service + "-address").c_str(),
                              config::po::value(&target)->default_value(target),
                              ("gRPC target of the " + service + " service").c_str());
  }
  AddClientTlsOptions(description, addresses.tls);
}

}  // namespace veilig::client
