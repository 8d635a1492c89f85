// veiligctl audit: the audit trail of the gateway and every theme service,
// newest first per server. Needs an admin token.
#include <google/protobuf/util/time_util.h>

#include <iostream>

#include "common/client/channels.h"
#include "common/domain/resource_name.h"
#include "tools/veiligctl/commands.h"
#include "veilig/audit/v1/audit_service.grpc.pb.h"

namespace veilig::ctl {

int RunAudit(int argc, char** argv) {
  CallOptions call;
  std::string subject;
  std::string municipality;
  int limit = 50;
  config::po::options_description description;
  description.add_options()("subject", config::po::value(&subject), "only this token subject")(
      "municipality", config::po::value(&municipality)->required(),
      "CBS code of the municipality whose events to list, or '-' for every municipality's and "
      "the shared figures' (needs a token for every municipality)")(
      "limit", config::po::value(&limit)->default_value(limit), "events per server (1..1000)");
  call.AddTo(description);
  if (auto exit_code = config::ExitCodeIfNotRunning(config::ParseOptions(
          argc, argv, description, "veiligctl audit",
          "Usage: veiligctl audit [OPTIONS]\n"
          "Lists who wrote what, when, and how it ended, on every server (admin token)."))) {
    return *exit_code;
  }
  if (limit < 1 || limit > 1000) {
    std::cerr << "veiligctl audit: --limit must be between 1 and 1000\n";
    return 2;
  }
  std::vector<std::pair<std::string, std::string>> servers = {{"gateway", call.gateway_address}};
  for (const auto& [service, target] : call.backends.by_service)
    servers.emplace_back(service, target);
  int failures = 0;
  for (const auto& [name, target] : servers) {
    auto stub = audit::v1::AuditService::NewStub(call.Channel(target));
    audit::v1::ListAuditEventsRequest request;
    request.set_parent(MunicipalityName(municipality));
    request.set_page_size(limit);
    request.set_subject(subject);
    audit::v1::ListAuditEventsResponse response;
    const grpc::Status status = stub->ListAuditEvents(call.NewContext().get(), request, &response);
    if (!status.ok()) {
      std::cerr << "veiligctl audit: " << name << ": " << ErrorText(status) << "\n";
      ++failures;
      continue;
    }
    for (const auto& event : response.events()) {
      std::cout << google::protobuf::util::TimeUtil::ToString(event.time()) << "  " << name << "  "
                << event.subject() << "  "
                << (event.municipality().empty() ? "-" : event.municipality()) << "  "
                << event.method() << "  " << (event.resource().empty() ? "-" : event.resource())
                << "  " << event.outcome()
                << (event.message().empty() ? "" : "  " + event.message()) << "\n";
    }
  }
  return failures == 0 ? 0 : 1;
}

}  // namespace veilig::ctl
