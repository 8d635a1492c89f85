// Conditional section calls (common/theme/conditional_section.h) on real
// processes: a service leaves out a section the caller holds, and the
// gateway's reused draft follows every change of any one section.
#include <google/protobuf/util/time_util.h>
#include <gtest/gtest.h>
#include <httplib.h>

#include <regex>

#include "tests/support/call_context.h"
#include "tests/support/imported_suite.h"
#include "tests/support/measure_calls.h"
#include "tests/support/report_call.h"
#include "tests/support/signals_call.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"

// These tests read the typed v1 section fields, deprecated but still filled
// for v1 clients, to show that they are.
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

namespace veilig::testing {
namespace {

struct TaggedSection {
  grpc::Status status;
  common::v1::ThemeSection section;
  std::string etag;
};

class ConditionalSectionTest : public ImportedSuiteFixture {
 protected:
  static TaggedSection Section(const std::string& if_none_match = "") {
    auto themes = theme::v1::ThemeService::NewStub(suite_->Channel("veilige-wijken"));
    theme::v1::GetThemeSectionRequest request;
    request.set_municipality("GM0034");
    request.set_period("2019H1");
    auto context = CallContext();
    if (!if_none_match.empty()) context->AddMetadata("if-none-match", if_none_match);
    TaggedSection answer;
    answer.status = themes->GetThemeSection(context.get(), request, &answer.section);
    const auto& metadata = context->GetServerInitialMetadata();
    if (auto etag = metadata.find("etag"); etag != metadata.end()) {
      answer.etag.assign(etag->second.data(), etag->second.size());
    }
    return answer;
  }

  // A measure decided in the report period, which the veilige-wijken section lists.
  static std::string AddMeasure() {
    std::string name;
    const grpc::Status status =
        CreateDecidedMeasure(*suite_, "Stationsgebied", "Alcoholverbod rond het station", &name);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return name;
  }
  static void RemoveMeasure(const std::string& name) {
    const grpc::Status status = DeleteMeasure(*suite_, name);
    EXPECT_TRUE(status.ok()) << status.error_message();
  }

  static report::v1::ProgressReport Report() {
    report::v1::ProgressReport report;
    const grpc::Status status = GetReport(*suite_, "GM0034", "2019H1", &report);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return report;
  }

  // veilig_gateway_draft_reports_total{source="reused"} on the gateway's metrics page.
  static int ReusedDrafts() {
    httplib::Client client("127.0.0.1", suite_->endpoint("gateway").metrics_port);
    auto page = client.Get("/metrics");
    EXPECT_TRUE(page && page->status == 200);
    if (!page) return -1;
    std::smatch match;
    const std::regex line(R"(veilig_gateway_draft_reports_total\{source="reused"\} (\d+))");
    return std::regex_search(page->body, match, line) ? std::stoi(match[1]) : -1;
  }
};

TEST_F(ConditionalSectionTest, AServiceLeavesOutTheSectionTheCallerHolds) {
  const TaggedSection first = Section();
  ASSERT_TRUE(first.status.ok()) << first.status.error_message();
  ASSERT_FALSE(first.etag.empty());
  EXPECT_EQ(first.section.municipality(), "GM0034");

  const TaggedSection held = Section(first.etag);
  ASSERT_TRUE(held.status.ok()) << held.status.error_message();
  EXPECT_EQ(held.etag, first.etag);
  EXPECT_EQ(held.section.ByteSizeLong(), 0u);

  // Another tag is not this section: the whole section, byte for byte.
  const TaggedSection other = Section("12-00000000deadbeef");
  EXPECT_EQ(other.etag, first.etag);
  EXPECT_EQ(other.section.SerializeAsString(), first.section.SerializeAsString());

  // After a write the held tag is stale: the new section with a new tag.
  const std::string measure = AddMeasure();
  const TaggedSection changed = Section(first.etag);
  ASSERT_TRUE(changed.status.ok());
  EXPECT_NE(changed.etag, first.etag);
  EXPECT_EQ(changed.section.veilige_wijken().measures_decided_size(),
            first.section.veilige_wijken().measures_decided_size() + 1);

  // The same content has the same tag again: tags name bytes, not moments.
  RemoveMeasure(measure);
  EXPECT_EQ(Section().etag, first.etag);
}

TEST_F(ConditionalSectionTest, TheReusedDraftFollowsAChangeInOneSectionAndKeepsTheOthers) {
  // Each section says whether its service was still working out the area
  // signals: the draft settles once every service has them.
  const grpc::Status settled = WaitForAreaSignals(*suite_, "GM0034", "2019H1");
  ASSERT_TRUE(settled.ok()) << settled.error_message();
  const report::v1::ProgressReport before = Report();
  ASSERT_EQ(before.sections_size(), 4);
  const int reused = ReusedDrafts();
  const report::v1::ProgressReport again = Report();
  EXPECT_EQ(ReusedDrafts(), reused + 1);  // nothing changed: not assembled again
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(again.sections(i).SerializeAsString(), before.sections(i).SerializeAsString()) << i;
  }
  EXPECT_EQ(again.general().SerializeAsString(), before.general().SerializeAsString());

  const std::string measure = AddMeasure();
  const report::v1::ProgressReport after = Report();
  EXPECT_EQ(ReusedDrafts(), reused + 1);  // assembled again
  EXPECT_EQ(after.sections(0).veilige_wijken().measures_decided_size(),
            before.sections(0).veilige_wijken().measures_decided_size() + 1);
  // The three sections that did not change come from the gateway's copy.
  for (int i = 1; i < 4; ++i) {
    EXPECT_EQ(after.sections(i).SerializeAsString(), before.sections(i).SerializeAsString()) << i;
  }
  EXPECT_FALSE(after.sections(0).topics(0).indicators(0).narrative().empty());

  RemoveMeasure(measure);
  const report::v1::ProgressReport restored = Report();
  EXPECT_EQ(restored.sections(0).SerializeAsString(), before.sections(0).SerializeAsString());
  // Each draft says when it was made, also when it was reused.
  EXPECT_GE(google::protobuf::util::TimeUtil::TimestampToNanoseconds(Report().create_time()),
            google::protobuf::util::TimeUtil::TimestampToNanoseconds(restored.create_time()));
}

}  // namespace
}  // namespace veilig::testing
