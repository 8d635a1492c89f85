// veiligctl import DIR: sends each file's rows to the theme service that owns
// them. Everything is validated by every service first (validate_only), so a
// bad row anywhere writes nothing anywhere; importing again is harmless
// because every write is an upsert by natural key.
#include <iostream>
#include <set>

#include "common/client/channels.h"
#include "common/domain/strings.h"
#include "common/import/worked_example.h"
#include "common/theme/themes.h"
#include "tools/veiligctl/call_options.h"
#include "tools/veiligctl/commands.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"

namespace veilig::ctl {
namespace {

using Stubs = std::map<std::string, std::unique_ptr<theme::v1::ThemeService::Stub>>;

// Asks the services which of them defines an indicator, once, on first need.
class RemoteOwners {
 public:
  RemoteOwners(Stubs& stubs, const CallOptions& call) : stubs_(stubs), call_(call) {}

  std::optional<std::string> Find(const std::string& indicator) {
    if (!loaded_) Load();
    auto it = owners_.find(indicator);
    return it == owners_.end() ? std::nullopt : std::optional(it->second);
  }

 private:
  void Load() {
    loaded_ = true;
    for (auto& [service, stub] : stubs_) {
      std::string token;
      do {
        theme::v1::ListIndicatorsRequest request;
        request.set_page_size(1000);
        request.set_page_token(token);
        theme::v1::ListIndicatorsResponse response;
        auto context = call_.NewContext();
        if (!stub->ListIndicators(context.get(), request, &response).ok()) break;
        for (const auto& indicator : response.indicators()) owners_[indicator.id()] = service;
        token = response.next_page_token();
      } while (!token.empty());
    }
  }

  Stubs& stubs_;
  const CallOptions& call_;
  bool loaded_ = false;
  std::map<std::string, std::string> owners_;
};

std::string Summary(const theme::v1::UpsertThemeDataResponse& r) {
  std::vector<std::string> parts;
  const std::pair<const char*, int> counts[] = {{"areas", r.areas()},
                                                {"indicators", r.indicators()},
                                                {"denominators", r.denominators()},
                                                {"observations", r.observations()},
                                                {"series notes", r.series_notes()},
                                                {"activities", r.activities()},
                                                {"plans", r.plans()}};
  for (const auto& [name, n] : counts) {
    if (n > 0) parts.push_back(StrCat(n, " ", name));
  }
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? ", " : "") + parts[i];
  return out.empty() ? "nothing" : out;
}

}  // namespace

int RunImport(int argc, char** argv) {
  CallOptions call;
  std::string directory;
  config::po::options_description description;
  description.add_options()("dir", config::po::value(&directory)->required(),
                            "directory with the CSV files");
  call.AddTo(description);
  config::po::positional_options_description positional;
  positional.add("dir", 1);
  switch (config::ParseOptions(argc, argv, description, "veiligctl import",
                               "Usage: veiligctl import DIR [OPTIONS]\n"
                               "Loads a directory in the worked-example format into the services.",
                               &positional)) {
    case config::ParseOutcome::kExitOk:
      return 0;
    case config::ParseOutcome::kExitUsage:
      return 2;
    case config::ParseOutcome::kRun:
      break;
  }

  Stubs stubs;
  for (auto service : theme::ThemeServiceNames()) {
    const std::string name(service);
    stubs[name] =
        theme::v1::ThemeService::NewStub(client::CreateChannel(call.backends.by_service.at(name)));
  }
  RemoteOwners remote(stubs, call);
  auto plan =
      import::PlanImport(directory, [&remote](const std::string& id) { return remote.Find(id); });
  if (!plan.ok()) {
    std::cerr << "veiligctl import: " << plan.status().message() << "\n";
    return 1;
  }
  for (const auto& file : plan->skipped_files) {
    std::cerr << "veiligctl import: skipped " << file << " (not a file this import handles)\n";
  }

  // First pass: every service checks its part without writing anything.
  for (auto& [service, part] : plan->by_service) {
    if (part.empty()) continue;
    part.request.set_validate_only(true);
    theme::v1::UpsertThemeDataResponse response;
    auto context = call.NewContext();
    const grpc::Status status =
        stubs[service]->UpsertThemeData(context.get(), part.request, &response);
    if (!status.ok()) {
      std::cerr << "veiligctl import: " << service
                << " rejected the data: " << part.LocateError(status.error_message())
                << "\nNothing was imported.\n";
      return 1;
    }
  }
  // Second pass: write.
  std::vector<std::string> written;
  for (auto& [service, part] : plan->by_service) {
    if (part.empty()) continue;
    part.request.set_validate_only(false);
    theme::v1::UpsertThemeDataResponse response;
    auto context = call.NewContext();
    const grpc::Status status =
        stubs[service]->UpsertThemeData(context.get(), part.request, &response);
    if (!status.ok()) {
      std::cerr << "veiligctl import: " << service
                << " failed: " << part.LocateError(status.error_message()) << "\n"
                << (written.empty() ? "Nothing was imported."
                                    : "Already written to the other services; run the same "
                                      "import again to complete it (it is safe to repeat).")
                << "\n";
      return 1;
    }
    written.push_back(service);
    std::cout << service << ": " << Summary(response) << "\n";
  }
  std::cout << "import complete\n";
  return 0;
}

}  // namespace veilig::ctl
