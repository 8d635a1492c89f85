#include "gateway/report/reports.h"

#include <google/protobuf/util/time_util.h>
#include <spdlog/spdlog.h>

#include <algorithm>

#include "common/auth/call_gate.h"
#include "common/domain/field_checks.h"
#include "common/domain/field_error.h"
#include "common/domain/strings.h"
#include "common/report/narrative.h"
#include "common/report/survey_text.h"
#include "common/storage/request_ids.h"
#include "gateway/report/report_assembler.h"
#include "gateway/report/report_diff.h"
#include "gateway/report/report_names.h"

namespace veilig::gateway {
namespace {

void AddNarrative(common::v1::TopicBlock& topic) {
  for (auto& block : *topic.mutable_indicators()) {
    block.clear_narrative();
    for (auto& sentence : report::DescribeIndicator(block))
      block.add_narrative(std::move(sentence));
  }
  for (auto& survey : *topic.mutable_surveys()) {
    survey.clear_narrative();
    for (auto& sentence : report::DescribeSurvey(survey)) survey.add_narrative(std::move(sentence));
  }
}

// Whether any indicator has a figure for the report period, or anything was
// done in it: a half year without either has no report.
bool HasFigures(const report::v1::ProgressReport& report) {
  const auto topic_has_figures = [&report](const common::v1::TopicBlock& topic) {
    if (!topic.activities().empty()) return true;
    for (const auto& block : topic.indicators()) {
      for (const auto& series : block.series()) {
        for (const auto& point : series.points()) {
          if (point.period() == report.period() && (point.has_count() || point.has_rate())) {
            return true;
          }
        }
      }
    }
    return false;
  };
  if (topic_has_figures(report.general())) return true;
  for (const auto& section : report.sections()) {
    for (const auto& topic : section.topics()) {
      if (topic_has_figures(topic)) return true;
    }
  }
  return false;
}

bool AllUnchanged(const std::vector<BackendResult>& results) {
  return std::all_of(results.begin(), results.end(), [](const BackendResult& result) {
    return result.status.ok() && result.unchanged;
  });
}

// Sections a service left out because the caller holds them.
void RestoreUnchanged(const CachedDraft& held, std::vector<BackendResult>& results) {
  for (auto& result : results) {
    if (result.unchanged) result.section = held.sections.at(result.service).section;
  }
}

// A draft can be kept when every section came with its tag: the next fan-out
// then tells for each whether it is still the same.
bool Cacheable(const std::vector<BackendResult>& results) {
  return std::all_of(results.begin(), results.end(), [](const BackendResult& result) {
    return result.status.ok() && !result.etag.empty();
  });
}

absl::Status CheckVersion(std::string_view field, int version) {
  if (version < 0) return FieldError(field, "must not be negative");
  return absl::OkStatus();
}

}  // namespace

absl::Status CheckReportKey(const std::string& municipality, const std::string& period) {
  if (auto s = CheckMunicipalityField("municipality", municipality); !s.ok()) return s;
  return ParseHalfYearField("period", period).status();
}

absl::StatusOr<report::v1::ProgressReport> Reports::Draft(const std::string& municipality,
                                                          const std::string& period,
                                                          const ReportCaller& caller) {
  // Leave a little of the caller's time for assembling and sending.
  const auto now = std::chrono::system_clock::now();
  auto deadline = now + report_deadline_;
  if (caller.parent != nullptr) deadline = std::min(caller.parent->deadline(), deadline);
  deadline -= std::min<std::chrono::system_clock::duration>((deadline - now) / 20,
                                                            std::chrono::milliseconds(50));
  theme::v1::GetThemeSectionRequest request;
  request.set_municipality(municipality);
  request.set_period(period);
  const std::shared_ptr<const CachedDraft> held = drafts_.Find(municipality, period);
  std::vector<BackendResult> results = fanout_.FetchSections(
      caller.parent, caller.authorization, request,
      held != nullptr ? held->Tags() : std::map<std::string, std::string>{}, deadline);
  if (held != nullptr && AllUnchanged(results)) {
    metrics_.RecordDraft(/*reused=*/true);
    report::v1::ProgressReport report = held->report;
    *report.mutable_create_time() = google::protobuf::util::TimeUtil::GetCurrentTime();
    return report;
  }
  if (held != nullptr) RestoreUnchanged(*held, results);
  if (NoBackendKnowsMunicipality(results)) {
    return absl::NotFoundError(StrCat("no data for municipality '", municipality, "'"));
  }
  report::v1::ProgressReport report = AssembleReport(municipality, period, results);
  if (report.unreachable().empty() && !HasFigures(report)) {
    return absl::NotFoundError(
        StrCat("there are no figures for ", municipality, " in ", period, " yet"));
  }
  AddNarrative(*report.mutable_general());
  for (auto& section : *report.mutable_sections()) {
    for (auto& topic : *section.mutable_topics()) AddNarrative(topic);
  }
  metrics_.RecordDraft(/*reused=*/false);
  if (report.unreachable_size() > 0) metrics_.RecordPartialReport();
  if (Cacheable(results)) {
    auto draft = std::make_shared<CachedDraft>();
    draft->report = report;
    for (auto& result : results) {
      draft->sections[result.service] = {std::move(result.etag), std::move(result.section)};
    }
    drafts_.Keep(municipality, period, std::move(draft));
  }
  *report.mutable_create_time() = google::protobuf::util::TimeUtil::GetCurrentTime();
  return report;
}

absl::StatusOr<report::v1::ProgressReport> Reports::Get(const std::string& municipality,
                                                        const std::string& period, int version,
                                                        const ReportCaller& caller) {
  // Who may not see the draft learns nothing about the request but its form.
  if (auto s = CheckMunicipalityField("municipality", municipality); !s.ok()) return s;
  if (version == 0) {
    if (auto s = auth::RequireDraftAccess(caller.identity, municipality, "the draft report");
        !s.ok()) {
      return s;
    }
  }
  if (auto s = ParseHalfYearField("period", period).status(); !s.ok()) return s;
  if (auto s = CheckVersion("version", version); !s.ok()) return s;
  if (version == 0) return Draft(municipality, period, caller);
  auto published = publications_.Get(municipality, period, version);
  if (!published.ok()) return published.status();
  if (!published->has_value()) {
    return absl::NotFoundError(StrCat("version ", version, " of the report ", municipality, " ",
                                      period, " has not been published"));
  }
  // Versions published before reports had names get theirs here.
  (*published)->set_name(VersionResourceName(municipality, period, version));
  return std::move(**published);
}

absl::StatusOr<report::v1::ProgressReport> Reports::Publish(const std::string& municipality,
                                                            const std::string& period,
                                                            const ReportCaller& caller,
                                                            const std::string& request_id) {
  if (auto s = CheckMunicipalityField("municipality", municipality); !s.ok()) return s;
  // Over HTTP no interceptor has checked the municipality yet.
  if (auto s = auth::AuthorizeMunicipality(caller.identity, municipality); !s.ok()) return s;
  if (auto s = ParseHalfYearField("period", period).status(); !s.ok()) return s;
  if (auto s = storage::CheckRequestId("request_id", request_id); !s.ok()) return s;
  if (signals_ != nullptr) {
    // Once kept, each service builds its section again with them.
    auto signals =
        signals_->Signals(caller, municipality, period, AreaClient::SignalsWait::kUntilReady);
    if (!signals.ok()) {
      spdlog::warn("publishing {} {} without every area signal: {}", municipality, period,
                   View(signals.status().message()));
    }
  }
  auto draft = Draft(municipality, period, caller);
  if (!draft.ok()) return draft.status();
  if (draft->unreachable_size() > 0) {
    return absl::FailedPreconditionError(StrCat("cannot publish while a section is unavailable (",
                                                draft->unreachable(0),
                                                "); a published report must be complete"));
  }
  return publications_.Publish(std::move(*draft), request_id);
}

absl::StatusOr<std::vector<report::v1::ReportVersion>> Reports::Versions(
    const std::string& municipality, const std::string& period) {
  if (auto s = CheckReportKey(municipality, period); !s.ok()) return s;
  return publications_.Versions(municipality, period);
}

absl::StatusOr<std::vector<report::v1::PublishedReport>> Reports::Published() {
  return publications_.Published();
}

absl::StatusOr<std::vector<report::v1::ReportDifference>> Reports::Diff(
    const std::string& municipality, const std::string& period, int from_version, int to_version,
    const ReportCaller& caller) {
  if (auto s = CheckVersion("from_version", from_version); !s.ok()) return s;
  if (auto s = CheckVersion("to_version", to_version); !s.ok()) return s;
  auto from = Get(municipality, period, from_version, caller);
  if (!from.ok()) return from.status();
  auto to = Get(municipality, period, to_version, caller);
  if (!to.ok()) return to.status();
  return DiffReports(*from, *to);
}

}  // namespace veilig::gateway
