// The department's own texts end to end: written through the owning theme
// service with an editor's rights, printed beside the figures in every format,
// frozen in a published version and shown in the diff between versions.
#include <gtest/gtest.h>

#include "common/domain/resource_name.h"
#include "tests/support/call_context.h"
#include "tests/support/imported_suite.h"
#include "veilig/report/v1/report_service.grpc.pb.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"

namespace veilig::testing {
namespace {

namespace cv1 = common::v1;
using report::v1::ProgressReport;

class ReportTextsTest : public ImportedSuiteFixture {
 protected:
  static grpc::Status WriteTopicText(const std::string& service, const std::string& token,
                                     const std::string& body) {
    auto stub = theme::v1::ThemeService::NewStub(suite_->ChannelAs(service, token));
    theme::v1::UpsertThemeDataRequest request;
    request.set_parent("municipalities/GM0034");
    cv1::ReportText* text = request.add_texts();
    text->set_theme(cv1::THEME_VEILIGE_WIJKEN);
    text->set_topic("1.2 Veelvoorkomende criminaliteit");
    text->set_period("2019H1");
    text->set_place(cv1::TEXT_PLACE_TOPIC);
    text->set_body(body);
    theme::v1::UpsertThemeDataResponse response;
    return stub->UpsertThemeData(CallContext().get(), request, &response);
  }

  static grpc::Status Get(int version, ProgressReport* report) {
    auto stub = report::v1::ReportService::NewStub(suite_->Channel("gateway"));
    report::v1::GetProgressReportRequest request;
    request.set_name(version > 0 ? VersionResourceName("GM0034", "2019H1", version)
                                 : ReportResourceName("GM0034", "2019H1"));
    return stub->GetProgressReport(CallContext().get(), request, report);
  }

  static std::string TopicText(const ProgressReport& report) {
    for (const auto& topic : report.sections(0).topics()) {
      if (topic.topic() == "1.2 Veelvoorkomende criminaliteit") return topic.staff_text();
    }
    return "<no topic>";
  }
};

TEST_F(ReportTextsTest, ImportedTextsStandInTheDraftInEveryFormat) {
  ProgressReport draft;
  ASSERT_TRUE(Get(0, &draft).ok());
  EXPECT_TRUE(draft.introduction().starts_with("In het Actieplan")) << draft.introduction();
  EXPECT_TRUE(draft.conclusion().starts_with("De eerste helft van 2019")) << draft.conclusion();
  for (const std::string format : {"text", "md", "html"}) {
    auto result =
        suite_->Ctl({"report", "--municipality=GM0034", "--period=2019H1", "--format=" + format});
    ASSERT_EQ(result.exit_code, 0) << result.output;
    EXPECT_NE(result.output.find("Wat hebben wij gedaan?"), std::string::npos) << format;
    EXPECT_NE(result.output.find("Voorbeeldtekst, geschreven voor de demonstratie van Veilig."),
              std::string::npos)
        << format;
  }
}

TEST_F(ReportTextsTest, AnEditorOfTheThemeWritesAndTheVersionsKeepWhatWasPublished) {
  auto result =
      suite_->Ctl({"publish", "--municipality=GM0034", "--period=2019H1", "--request-id=texts-v1"});
  ASSERT_EQ(result.exit_code, 0) << result.output;

  // Only an editor of this theme, for this municipality, may write its texts.
  const std::string other_theme = suite_->Token({"editor:ondermijning"});
  EXPECT_EQ(WriteTopicText("veilige-wijken", other_theme, "Niet van mij.").error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  const std::string other_town = suite_->Token({"editor:veilige-wijken"}, "lelystad", {"GM0995"});
  EXPECT_EQ(WriteTopicText("veilige-wijken", other_town, "Niet van ons.").error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  const std::string editor = suite_->Token({"editor:veilige-wijken"});
  const grpc::Status bad = WriteTopicText("veilige-wijken", editor, std::string(20001, 'x'));
  EXPECT_EQ(bad.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_TRUE(bad.error_message().starts_with("texts[0].body")) << bad.error_message();
  ASSERT_TRUE(WriteTopicText("veilige-wijken", editor,
                             "Fietsdiefstal daalde; <script>alert(1)</script>wij blijven "
                             "[graveren](https://example.org/graveren).")
                  .ok());

  ProgressReport draft, published;
  ASSERT_TRUE(Get(0, &draft).ok());
  ASSERT_TRUE(Get(1, &published).ok());
  EXPECT_TRUE(TopicText(draft).starts_with("Fietsdiefstal daalde")) << TopicText(draft);
  EXPECT_EQ(TopicText(published), "") << "a published version keeps the texts it had";

  // The HTML never carries the raw markup; the link survives.
  result = suite_->Ctl({"report", "--municipality=GM0034", "--period=2019H1", "--format=html"});
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_EQ(result.output.find("<script>alert(1)"), std::string::npos);
  EXPECT_NE(result.output.find("<a href=\"https://example.org/graveren\">graveren</a>"),
            std::string::npos);

  result =
      suite_->Ctl({"publish", "--municipality=GM0034", "--period=2019H1", "--request-id=texts-v2"});
  ASSERT_EQ(result.exit_code, 0) << result.output;
  result = suite_->Ctl({"diff", "--municipality=GM0034", "--period=2019H1", "--from=1", "--to=2"});
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find("Veilige wijken / 1.2 Veelvoorkomende criminaliteit / tekst"),
            std::string::npos)
      << result.output;
}

}  // namespace
}  // namespace veilig::testing
