#include "gateway/dashboard/area_client.h"

#include <future>

#include "common/domain/strings.h"
#include "common/theme/boundaries.h"
#include "common/theme/themes.h"

namespace veilig::gateway {
namespace {

// Pages as large as the services allow: a municipality has at most a few
// dozen wijken, a wijk a few dozen buurten.
constexpr int kPageSize = 1000;

absl::Status ToStatus(const grpc::Status& status, std::string_view what) {
  return absl::Status(static_cast<absl::StatusCode>(status.error_code()),
                      StrCat(what, ": ", status.error_message()));
}

}  // namespace

AreaClient::AreaClient(const std::map<std::string, std::shared_ptr<grpc::Channel>>& backends,
                       std::chrono::milliseconds deadline)
    : deadline_(deadline) {
  for (const auto& [service, channel] : backends) {
    stubs_.emplace(service, theme::v1::ThemeService::NewStub(channel));
  }
}

std::unique_ptr<grpc::ClientContext> AreaClient::Context(const ReportCaller& caller) const {
  auto context = std::make_unique<grpc::ClientContext>();
  context->set_deadline(std::chrono::system_clock::now() + deadline_);
  if (!caller.authorization.empty()) context->AddMetadata("authorization", caller.authorization);
  return context;
}

std::vector<theme::v1::ThemeService::Stub*> AreaClient::StubsFor(
    const common::v1::Indicator& indicator) {
  std::vector<theme::v1::ThemeService::Stub*> stubs;
  const theme::ThemeInfo* info = theme::FindTheme(indicator.theme());
  if (info != nullptr) {
    if (auto it = stubs_.find(std::string(info->service)); it != stubs_.end()) {
      stubs.push_back(it->second.get());
    }
  }
  for (const auto& [service, stub] : stubs_) {
    if (stubs.empty() || stubs.front() != stub.get()) stubs.push_back(stub.get());
  }
  return stubs;
}

std::vector<theme::v1::ThemeService::Stub*> AreaClient::HoldersOf(
    const common::v1::Indicator& indicator) {
  std::vector<theme::v1::ThemeService::Stub*> stubs = StubsFor(indicator);
  const theme::ThemeInfo* info = theme::FindTheme(indicator.theme());
  if (info != nullptr && !stubs.empty() && stubs_.contains(std::string(info->service))) {
    stubs.resize(1);
  }
  return stubs;
}

absl::StatusOr<std::vector<std::optional<theme::v1::ListAreaFiguresResponse>>>
AreaClient::WholeFigures(const ReportCaller& caller,
                         const std::vector<common::v1::Indicator>& indicators,
                         const std::string& area, const std::string& from_period,
                         const std::string& to_period) {
  using Stub = theme::v1::ThemeService::Stub;
  std::vector<std::vector<Stub*>> holders;
  std::map<Stub*, theme::v1::BatchGetAreaFiguresRequest> requests;
  for (const auto& indicator : indicators) {
    holders.push_back(HoldersOf(indicator));
    for (Stub* stub : holders.back()) {
      theme::v1::BatchGetAreaFiguresRequest& request = requests[stub];
      request.set_area(area);
      request.set_from_period(from_period);
      request.set_to_period(to_period);
      request.add_indicators(indicator.id());
    }
  }
  using Answer = absl::StatusOr<theme::v1::BatchGetAreaFiguresResponse>;
  std::map<Stub*, std::future<Answer>> pending;
  // Not a structured binding: clang 14 cannot capture one.
  for (const auto& asked : requests) {
    Stub* stub = asked.first;
    const theme::v1::BatchGetAreaFiguresRequest& request = asked.second;
    pending.emplace(
        stub, std::async(std::launch::async, [this, &caller, &area, stub, &request]() -> Answer {
          theme::v1::BatchGetAreaFiguresResponse answer;
          grpc::Status status = stub->BatchGetAreaFigures(Context(caller).get(), request, &answer);
          if (!status.ok()) return ToStatus(status, StrCat("figures for ", area));
          return answer;
        }));
  }
  // Every call is waited for: each holds `caller` and its request.
  std::map<Stub*, std::map<std::string, theme::v1::ListAreaFiguresResponse>> answered;
  absl::Status failed;
  for (auto& [stub, one] : pending) {
    Answer answer = one.get();
    if (!answer.ok()) {
      if (failed.ok()) failed = answer.status();
      continue;
    }
    for (auto& figures : *answer->mutable_figures()) {
      const std::string id = figures.indicator().id();
      answered[stub].emplace(id, std::move(figures));
    }
  }
  if (!failed.ok()) return failed;
  std::vector<std::optional<theme::v1::ListAreaFiguresResponse>> figures(indicators.size());
  for (size_t i = 0; i < indicators.size(); ++i) {
    for (Stub* stub : holders[i]) {
      auto& of_stub = answered[stub];
      if (auto it = of_stub.find(indicators[i].id()); it != of_stub.end()) {
        figures[i] = it->second;
        break;
      }
    }
  }
  return figures;
}

absl::StatusOr<theme::v1::ListAreaFiguresResponse> AreaClient::Figures(
    const ReportCaller& caller, const common::v1::Indicator& indicator, const std::string& area,
    const std::string& from_period, const std::string& to_period, bool whole_only) {
  grpc::Status last = grpc::Status(grpc::StatusCode::UNAVAILABLE, "no theme service is configured");
  for (auto* stub : StubsFor(indicator)) {
    theme::v1::ListAreaFiguresRequest request;
    request.set_area(area);
    request.set_indicator(indicator.id());
    request.set_from_period(from_period);
    request.set_to_period(to_period);
    request.set_page_size(whole_only ? 1 : kPageSize);
    theme::v1::ListAreaFiguresResponse all;
    grpc::Status status;
    do {
      theme::v1::ListAreaFiguresResponse page;
      status = stub->ListAreaFigures(Context(caller).get(), request, &page);
      if (!status.ok()) break;
      if (request.page_token().empty()) {
        *all.mutable_indicator() = page.indicator();
        *all.mutable_whole() = page.whole();
        *all.mutable_notes() = page.notes();
      }
      for (auto& part : *page.mutable_parts()) *all.add_parts() = std::move(part);
      request.set_page_token(whole_only ? "" : page.next_page_token());
    } while (!request.page_token().empty());
    if (whole_only) all.clear_parts();
    if (status.ok()) return all;
    last = status;
    // Another service may hold the indicator; any other failure is final.
    if (status.error_code() != grpc::StatusCode::NOT_FOUND ||
        status.error_message().find("indicator") == std::string::npos) {
      break;
    }
  }
  return ToStatus(last, StrCat("figures of ", indicator.id(), " for ", area));
}

absl::StatusOr<std::vector<common::v1::Indicator>> AreaClient::PrescribedIndicators(
    const ReportCaller& caller, common::v1::PrescribedSet set) {
  std::vector<common::v1::Indicator> found;
  for (std::string_view service : theme::ThemeServiceNames()) {
    auto it = stubs_.find(std::string(service));
    if (it == stubs_.end()) continue;
    theme::v1::ListIndicatorsRequest request;
    request.set_page_size(kPageSize);
    do {
      theme::v1::ListIndicatorsResponse page;
      grpc::Status status = it->second->ListIndicators(Context(caller).get(), request, &page);
      if (!status.ok()) return ToStatus(status, StrCat("indicators of ", service));
      for (auto& indicator : *page.mutable_indicators()) {
        if (indicator.prescribed_set() == set) found.push_back(std::move(indicator));
      }
      request.set_page_token(page.next_page_token());
    } while (!request.page_token().empty());
  }
  return found;
}

absl::StatusOr<std::vector<theme::v1::ListAreaSignalsResponse>> AreaClient::Signals(
    const ReportCaller& caller, const std::string& municipality, const std::string& half_year,
    SignalsWait wait) {
  using Answer = absl::StatusOr<theme::v1::ListAreaSignalsResponse>;
  std::vector<std::future<Answer>> pending;
  for (std::string_view service : theme::ThemeServiceNames()) {
    auto it = stubs_.find(std::string(service));
    if (it == stubs_.end()) continue;
    theme::v1::ListAreaSignalsRequest request;
    request.set_area(municipality);
    request.set_period(half_year);
    request.set_ready_only(wait == SignalsWait::kReadyOnly);
    pending.push_back(std::async(
        std::launch::async, [this, &caller, service, stub = it->second.get(), request]() -> Answer {
          theme::v1::ListAreaSignalsResponse answer;
          grpc::Status status = stub->ListAreaSignals(Context(caller).get(), request, &answer);
          if (!status.ok()) return ToStatus(status, StrCat("signals of ", service));
          return answer;
        }));
  }
  std::vector<theme::v1::ListAreaSignalsResponse> answers;
  absl::Status failed;
  // Every call is waited for: each holds `caller`.
  for (auto& one : pending) {
    Answer answer = one.get();
    if (!answer.ok()) {
      if (failed.ok()) failed = answer.status();
    } else {
      answers.push_back(std::move(*answer));
    }
  }
  if (!failed.ok()) return failed;
  return answers;
}

absl::StatusOr<Outlines> AreaClient::PartOutlines(const ReportCaller& caller,
                                                  const std::string& area, int year) {
  if (stubs_.empty()) return absl::UnavailableError("no theme service is configured");
  // Every service keeps the outlines; the first answers for all.
  auto* stub = stubs_.begin()->second.get();
  for (int candidate : theme::OutlineYearsNearest(year)) {
    theme::v1::ListAreaBoundariesRequest request;
    request.set_area(area);
    request.set_year(candidate);
    request.set_page_size(kPageSize);
    Outlines outlines{candidate, {}};
    do {
      theme::v1::ListAreaBoundariesResponse page;
      grpc::Status status = stub->ListAreaBoundaries(Context(caller).get(), request, &page);
      if (!status.ok()) return ToStatus(status, StrCat("outlines below ", area));
      for (auto& b : *page.mutable_boundaries()) outlines.boundaries.push_back(std::move(b));
      request.set_page_token(page.next_page_token());
    } while (!request.page_token().empty());
    if (!outlines.boundaries.empty()) return outlines;
  }
  return Outlines{};
}

}  // namespace veilig::gateway
