// A fifth theme plugs in from its own folder: its service serves its own API
// behind the same admission and its own access entries, its chapter appears
// in the report in every format, and an RPC its access entries lack is
// refused. The suite runs the plan's four services, this one and a gateway
// linked with its registration.
#include <gtest/gtest.h>
#include <httplib.h>

#include "common/domain/resource_name.h"
#include "common/report/markdown_report.h"
#include "common/report/text_report.h"
#include "tests/plugin_theme/theme_id.h"
#include "tests/support/call_context.h"
#include "tests/support/suite.h"
#include "veilig/digitaleveiligheid/v1/campaigns.grpc.pb.h"
#include "veilig/report/v1/report_service.grpc.pb.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"

namespace veilig::testing {
namespace {

namespace cv1 = common::v1;
namespace dv = digitaleveiligheid::v1;
constexpr char kService[] = "digitale-veiligheid";

class PluginThemeTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    suite_ = new Suite();
    suite_->UseGatewayBinary(VEILIG_TEST_THEME_GATEWAY);
    suite_->LimitCtlToServices(
        {"veilige-wijken", "ondermijning", "zorg-veiligheid", "crisisbeheersing"});
    suite_->StartAll();
    ASSERT_TRUE(suite_->WaitUntilServing());
    ASSERT_EQ(suite_->Ctl({"import", VEILIG_DATA_DIR}).exit_code, 0);

    // The theme's service learns the municipality and the department's
    // opening of its chapter through the common ThemeService.
    auto theme_stub = theme::v1::ThemeService::NewStub(suite_->Channel(kService));
    theme::v1::UpsertThemeDataRequest data;
    data.set_parent("municipalities/GM0034");
    cv1::Area* almere = data.add_areas();
    almere->set_code("GM0034");
    almere->set_name("Almere");
    almere->set_kind(cv1::AREA_KIND_MUNICIPALITY);
    cv1::ReportText* opening = data.add_texts();
    opening->set_theme(digitaleveiligheid::kDigitaleVeiligheid);
    opening->set_period("2019H1");
    opening->set_place(cv1::TEXT_PLACE_THEME);
    opening->set_body("Online fraude raakt steeds meer inwoners.");
    theme::v1::UpsertThemeDataResponse written;
    const grpc::Status upserted = theme_stub->UpsertThemeData(CallContext().get(), data, &written);
    ASSERT_TRUE(upserted.ok()) << upserted.error_message();

    const grpc::Status campaigns =
        UpsertCampaigns(suite_->Token({"editor:digitale-veiligheid"}),
                        {{"Nep-bankmedewerker", 1204}, {"Phishing via sms", 830}});
    ASSERT_TRUE(campaigns.ok()) << campaigns.error_message();
  }
  static void TearDownTestSuite() {
    delete suite_;
    suite_ = nullptr;
  }

  static grpc::Status UpsertCampaigns(const std::string& token,
                                      const std::vector<std::pair<std::string, int>>& campaigns) {
    auto stub = dv::CampaignService::NewStub(suite_->ChannelAs(kService, token));
    dv::UpsertCampaignsRequest request;
    request.set_parent("municipalities/GM0034");
    for (const auto& [name, reached] : campaigns) {
      dv::Campaign* campaign = request.add_campaigns();
      campaign->set_name(name);
      campaign->set_period("2019H1");
      campaign->set_reached(reached);
    }
    dv::UpsertCampaignsResponse response;
    return stub->UpsertCampaigns(CallContext().get(), request, &response);
  }

  static report::v1::ProgressReport Draft() {
    auto stub = report::v1::ReportService::NewStub(suite_->Channel("gateway"));
    report::v1::GetProgressReportRequest request;
    request.set_name(ReportResourceName("GM0034", "2019H1"));
    report::v1::ProgressReport report;
    const grpc::Status status = stub->GetProgressReport(CallContext().get(), request, &report);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return report;
  }

  static Suite* suite_;
};

Suite* PluginThemeTest::suite_ = nullptr;

TEST_F(PluginThemeTest, ItsChapterFollowsThePlansFourWithItsOwnTable) {
  const report::v1::ProgressReport report = Draft();
  ASSERT_EQ(report.sections_size(), 5);
  EXPECT_TRUE(report.unreachable().empty());
  const cv1::ThemeSection& section = report.sections(4);
  EXPECT_EQ(section.theme(), digitaleveiligheid::kDigitaleVeiligheid);
  EXPECT_EQ(section.title(), "Digitale veiligheid");
  EXPECT_EQ(section.staff_text(), "Online fraude raakt steeds meer inwoners.");
  ASSERT_EQ(section.tables_size(), 1);
  const cv1::SectionTable& table = section.tables(0);
  EXPECT_EQ(table.caption(), "Bewustwordingscampagnes");
  EXPECT_EQ(table.lead(), "De campagnes bereikten samen 2.034 inwoners.");
  ASSERT_EQ(table.rows_size(), 2);
  EXPECT_EQ(table.rows(0).cells(0), "Nep-bankmedewerker");
  EXPECT_EQ(table.rows(0).cells(1), "1.204");
  // The plan's own chapters keep their order and their tables.
  EXPECT_EQ(report.sections(3).title(), "Rampenbestrijding en crisisbeheersing");
  EXPECT_FALSE(report.sections(3).tables().empty());
}

TEST_F(PluginThemeTest, EveryFormatPrintsItsChapter) {
  const report::v1::ProgressReport report = Draft();
  const std::string text = report::RenderText(report);
  EXPECT_NE(text.find("Digitale veiligheid"), std::string::npos);
  EXPECT_NE(text.find("Nep-bankmedewerker"), std::string::npos);
  const std::string markdown = report::RenderMarkdown(report);
  EXPECT_NE(markdown.find("| Phishing via sms | 830 |"), std::string::npos) << markdown;

  httplib::Client client("127.0.0.1", suite_->endpoint("gateway").http_port);
  client.set_read_timeout(10);
  client.set_bearer_token_auth(suite_->admin_token());
  auto html = client.Get("/rapportages/GM0034/2019H1?versie=0");
  ASSERT_TRUE(html);
  ASSERT_EQ(html->status, 200);
  EXPECT_NE(html->body.find("Digitale veiligheid"), std::string::npos);
  EXPECT_NE(html->body.find("Bewustwordingscampagnes"), std::string::npos);
}

TEST_F(PluginThemeTest, ItsOwnAccessEntriesDecideWhoMayWrite) {
  const grpc::Status other_editor =
      UpsertCampaigns(suite_->Token({"editor:ondermijning"}), {{"Datingfraude", 12}});
  EXPECT_EQ(other_editor.error_code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_NE(other_editor.error_message().find("editor:digitale-veiligheid"), std::string::npos)
      << other_editor.error_message();
  const grpc::Status viewer = UpsertCampaigns(suite_->Token({"viewer"}), {{"Datingfraude", 12}});
  EXPECT_EQ(viewer.error_code(), grpc::StatusCode::PERMISSION_DENIED);
}

// ExportCampaigns is in the theme's contract and implemented, but has no
// access entry: the generated admission refuses it before its handler runs,
// also for an admin.
TEST_F(PluginThemeTest, AnRpcWithoutAnAccessEntryIsRefused) {
  auto stub = dv::CampaignService::NewStub(suite_->Channel(kService));
  dv::ListCampaignsRequest request;
  request.set_parent("municipalities/GM0034");
  dv::ListCampaignsResponse response;
  const grpc::Status exported = stub->ExportCampaigns(CallContext().get(), request, &response);
  EXPECT_EQ(exported.error_code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_NE(exported.error_message().find("has no entry in the authorisation table"),
            std::string::npos)
      << exported.error_message();
  EXPECT_EQ(response.campaigns_size(), 0);

  const grpc::Status listed = stub->ListCampaigns(CallContext().get(), request, &response);
  ASSERT_TRUE(listed.ok()) << listed.error_message();
  EXPECT_EQ(response.campaigns_size(), 2);
}

}  // namespace
}  // namespace veilig::testing
