#include "tools/veiligctl/import_steps.h"

#include <iostream>
#include <map>
#include <memory>
#include <optional>

#include "common/client/channels.h"
#include "common/domain/resource_name.h"
#include "common/domain/strings.h"
#include "common/import/worked_example.h"
#include "common/theme/themes.h"
#include "services/crisisbeheersing/import/crisis_files.h"
#include "services/ondermijning/import/case_files.h"
#include "services/veilige-wijken/import/measure_files.h"
#include "services/zorg-veiligheid/import/register_files.h"
#include "tools/veiligctl/remote_indicators.h"
#include "veilig/crisisbeheersing/v1/crisisbeheersing_service.grpc.pb.h"
#include "veilig/ondermijning/v1/ondermijning_service.grpc.pb.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"
#include "veilig/veiligewijken/v1/veilige_wijken_service.grpc.pb.h"
#include "veilig/zorgveiligheid/v1/zorg_veiligheid_service.grpc.pb.h"

namespace veilig::ctl {
namespace {

std::string Plural(int n, std::string_view what) { return StrCat(n, " ", what); }

std::string JoinNonZero(const std::vector<std::pair<int, std::string_view>>& parts) {
  std::string out;
  for (const auto& [n, what] : parts) {
    if (n == 0) continue;
    out += (out.empty() ? "" : ", ") + Plural(n, what);
  }
  return out.empty() ? "nothing" : out;
}

// One step: a request of type `Request` sent with `method` of `Stub`.
template <typename Stub, typename Request, typename Response>
ImportStep MakeStep(const std::string& service, std::shared_ptr<Stub> stub,
                    grpc::Status (Stub::*method)(grpc::ClientContext*, const Request&, Response*),
                    Request request, import::SourceMap sources,
                    std::function<std::string(const Response&)> summarize,
                    const CallOptions& call) {
  auto shared_request = std::make_shared<Request>(std::move(request));
  auto shared_sources = std::make_shared<import::SourceMap>(std::move(sources));
  ImportStep step;
  step.service = service;
  step.send = [stub, method, shared_request, summarize,
               call](bool validate_only) -> absl::StatusOr<std::string> {
    shared_request->set_validate_only(validate_only);
    Response response;
    auto context = call.NewContext();
    const grpc::Status status = ((*stub).*method)(context.get(), *shared_request, &response);
    if (!status.ok()) {
      return absl::Status(static_cast<absl::StatusCode>(status.error_code()), ErrorText(status));
    }
    return summarize(response);
  };
  step.locate = [shared_sources](std::string_view message) {
    return shared_sources->LocateError(message);
  };
  return step;
}

template <typename Service>
std::shared_ptr<typename Service::Stub> StubFor(const std::string& service,
                                                const CallOptions& call) {
  return std::shared_ptr<typename Service::Stub>(Service::NewStub(call.ServiceChannel(service)));
}

// Asks the services which of them defines an indicator, once, on first need.
class RemoteOwners {
 public:
  explicit RemoteOwners(const CallOptions& call) : call_(call) {}

  std::optional<std::string> Find(const std::string& indicator) {
    if (!loaded_) Load();
    auto it = owners_.find(indicator);
    return it == owners_.end() ? std::nullopt : std::optional(it->second);
  }

 private:
  void Load() {
    loaded_ = true;
    for (const auto& [service, indicator] : ListAllIndicators(call_)) {
      owners_[indicator.id()] = service;
    }
  }

  const CallOptions& call_;
  bool loaded_ = false;
  std::map<std::string, std::string> owners_;
};

}  // namespace

ImportStep ThemeDataStep(const std::string& service, theme::v1::UpsertThemeDataRequest request,
                         import::SourceMap sources, const CallOptions& call) {
  return MakeStep<theme::v1::ThemeService::Stub>(
      service, StubFor<theme::v1::ThemeService>(service, call),
      &theme::v1::ThemeService::Stub::UpsertThemeData, std::move(request), std::move(sources),
      std::function<std::string(const theme::v1::UpsertThemeDataResponse&)>(
          [](const theme::v1::UpsertThemeDataResponse& r) {
            return JoinNonZero({{r.areas(), "areas"},
                                {r.boundaries(), "outlines"},
                                {r.plans(), "plans"},
                                {r.indicators(), "indicators"},
                                {r.denominators(), "denominators"},
                                {r.observations(), "observations"},
                                {r.series_notes(), "series notes"},
                                {r.activities(), "activities"},
                                {r.texts(), "texts"}});
          }),
      call);
}

absl::Status RunImportSteps(std::vector<ImportStep>& steps) {
  for (auto& step : steps) {
    auto checked = step.send(true);
    if (!checked.ok()) {
      return absl::InvalidArgumentError(StrCat(
          step.service, " rejected the data: ", step.locate(View(checked.status().message())),
          "\nNothing was imported."));
    }
  }
  bool written = false;
  for (auto& step : steps) {
    auto summary = step.send(false);
    if (!summary.ok()) {
      return absl::UnavailableError(StrCat(
          step.service, " failed: ", step.locate(View(summary.status().message())), "\n",
          written ? "Part of the data was written; run the same import again to complete it (it "
                    "is safe to repeat)."
                  : "Nothing was imported."));
    }
    written = true;
    std::cout << step.service << ": " << *summary << "\n";
  }
  return absl::OkStatus();
}

absl::StatusOr<std::vector<ImportStep>> PlanImportSteps(const std::string& directory,
                                                        const std::string& municipality,
                                                        const CallOptions& call) {
  std::vector<ImportStep> steps;
  RemoteOwners remote(call);
  const std::string parent = municipality.empty() ? "" : MunicipalityName(municipality);
  auto plan = import::PlanImport(directory, municipality,
                                 [&remote](const std::string& id) { return remote.Find(id); });
  if (!plan.ok()) return plan.status();
  // Records a municipality keeps need one; shared figures alone do not.
  bool owned = false;
  for (auto& [service, part] : plan->by_service) {
    if (part.empty()) continue;
    owned = owned || part.HoldsOwnedRecords();
    steps.push_back(ThemeDataStep(service, std::move(part.request), std::move(part.sources), call));
  }

  auto measures = veiligewijken::ReadMeasureFiles(directory);
  if (!measures.ok()) return measures.status();
  if (*measures) {
    (*measures)->request.set_parent(parent);
    using S = veiligewijken::v1::VeiligeWijkenService;
    steps.push_back(MakeStep<S::Stub>(
        "veilige-wijken", StubFor<S>("veilige-wijken", call), &S::Stub::ImportMeasures,
        std::move((*measures)->request), std::move((*measures)->sources),
        std::function<std::string(const veiligewijken::v1::ImportMeasuresResponse&)>(
            [](const auto& r) { return Plural(r.measures(), "administrative measures"); }),
        call));
  }

  auto cases = ondermijning::ReadCaseFiles(directory);
  if (!cases.ok()) return cases.status();
  if (*cases) {
    (*cases)->request.set_parent(parent);
    using S = ondermijning::v1::OndermijningService;
    steps.push_back(MakeStep<S::Stub>(
        "ondermijning", StubFor<S>("ondermijning", call), &S::Stub::UpsertCaseCounts,
        std::move((*cases)->request), std::move((*cases)->sources),
        std::function<std::string(const ondermijning::v1::UpsertCaseCountsResponse&)>(
            [](const auto& r) { return Plural(r.counts(), "enforcement case counts"); }),
        call));
  }

  auto register_of_cases = ondermijning::ReadCaseRegister(directory);
  if (!register_of_cases.ok()) return register_of_cases.status();
  if (*register_of_cases) {
    (*register_of_cases)->request.set_parent(parent);
    using S = ondermijning::v1::OndermijningService;
    steps.push_back(MakeStep<S::Stub>(
        "ondermijning", StubFor<S>("ondermijning", call), &S::Stub::ImportCases,
        std::move((*register_of_cases)->request), std::move((*register_of_cases)->sources),
        std::function<std::string(const ondermijning::v1::ImportCasesResponse&)>(
            [](const auto& r) { return Plural(r.cases(), "enforcement cases"); }),
        call));
  }

  auto registers = zorgveiligheid::ReadRegisterFiles(directory);
  if (!registers.ok()) return registers.status();
  if (*registers) {
    (*registers)->request.set_parent(parent);
    using S = zorgveiligheid::v1::ZorgVeiligheidService;
    steps.push_back(MakeStep<S::Stub>(
        "zorg-veiligheid", StubFor<S>("zorg-veiligheid", call), &S::Stub::UpsertRegisterCounts,
        std::move((*registers)->request), std::move((*registers)->sources),
        std::function<std::string(const zorgveiligheid::v1::UpsertRegisterCountsResponse&)>(
            [](const auto& r) {
              return JoinNonZero({{r.counts(), "register counts"}, {r.targets(), "targets"}});
            }),
        call));
  }

  auto crisis = crisisbeheersing::ReadCrisisFiles(directory);
  if (!crisis.ok()) return crisis.status();
  owned = owned || *measures || *cases || *register_of_cases || *registers || crisis->incidents ||
          crisis->pools || crisis->events;
  if (owned && municipality.empty()) {
    return absl::InvalidArgumentError(
        "these files hold records a municipality keeps (a plan, goals, activities or a theme's "
        "registers), and no file says which municipality: name it with --municipality=GMxxxx");
  }
  using C = crisisbeheersing::v1::CrisisbeheersingService;
  auto crisis_stub = StubFor<C>("crisisbeheersing", call);
  if (crisis->incidents) {
    crisis->incidents->request.set_parent(parent);
    steps.push_back(MakeStep<C::Stub>(
        "crisisbeheersing", crisis_stub, &C::Stub::ImportIncidents,
        std::move(crisis->incidents->request), std::move(crisis->incidents->sources),
        std::function<std::string(const crisisbeheersing::v1::ImportIncidentsResponse&)>(
            [](const auto& r) { return Plural(r.incidents(), "incidents"); }),
        call));
  }
  if (crisis->pools) {
    crisis->pools->request.set_parent(parent);
    steps.push_back(MakeStep<C::Stub>(
        "crisisbeheersing", crisis_stub, &C::Stub::UpsertOnCallPools,
        std::move(crisis->pools->request), std::move(crisis->pools->sources),
        std::function<std::string(const crisisbeheersing::v1::UpsertOnCallPoolsResponse&)>(
            [](const auto& r) { return Plural(r.pools(), "on-call pools"); }),
        call));
  }
  if (crisis->events) {
    crisis->events->request.set_parent(parent);
    steps.push_back(MakeStep<C::Stub>(
        "crisisbeheersing", crisis_stub, &C::Stub::UpsertEventAdvice,
        std::move(crisis->events->request), std::move(crisis->events->sources),
        std::function<std::string(const crisisbeheersing::v1::UpsertEventAdviceResponse&)>(
            [](const auto& r) { return Plural(r.events(), "event risk advices"); }),
        call));
  }
  return steps;
}

}  // namespace veilig::ctl
