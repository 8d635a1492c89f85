// The report as PDF over HTTP: the gateway, started with --chromium, prints
// the HTML report with Debian's headless Chromium for `Accept:
// application/pdf`, under the same access rules as the HTML; pdftotext reads
// the first page back. The gateway without --chromium (406) is tested in
// http_api_test.cc, the print library without a browser in
// common/report/pdf/chromium_pdf_test.cc.
#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <future>
#include <thread>

#include "tests/support/imported_suite.h"

namespace veilig::testing {
namespace {

constexpr char kChromium[] = "/usr/bin/chromium";
constexpr char kPdfToText[] = "/usr/bin/pdftotext";
const httplib::Headers kAcceptPdf = {{"Accept", "application/pdf"}};

// What this machine lacks for printing and reading back a PDF; empty when
// nothing. scripts/install-deps installs both (chromium, poppler-utils).
std::string MissingTools() {
  std::string missing;
  for (const char* tool : {kChromium, kPdfToText}) {
    if (access(tool, X_OK) != 0) missing += (missing.empty() ? "" : " and ") + std::string(tool);
  }
  return missing;
}

class PdfReportTest : public ImportedSuiteFixture {
 protected:
  static void SetUpTestSuite() {
    if (!MissingTools().empty()) return;  // SetUp skips or fails each test
    suite_ = std::make_unique<Suite>();
    suite_->AddServerArgs("gateway", {std::string("--chromium=") + kChromium, "--public-reports"});
    suite_->StartAll();
    ASSERT_TRUE(suite_->WaitUntilServing());
    auto result = suite_->Ctl({"import", VEILIG_DATA_DIR});
    ASSERT_EQ(result.exit_code, 0) << result.output;
  }

  // A machine without the browser may skip these tests, unless the run says
  // it has one (VEILIG_TEST_REQUIRE_BROWSER, which scripts/test sets): then a
  // missing browser fails instead of passing unnoticed.
  void SetUp() override {
    const std::string missing = MissingTools();
    if (missing.empty()) return;
    if (std::getenv("VEILIG_TEST_REQUIRE_BROWSER") != nullptr) {
      FAIL() << missing << " missing, and VEILIG_TEST_REQUIRE_BROWSER is set";
    }
    GTEST_SKIP() << missing << " missing (scripts/install-deps installs them); set "
                 << "VEILIG_TEST_REQUIRE_BROWSER to fail instead";
  }

  // Without a token when `token` is empty.
  static httplib::Client Client(const std::string& token) {
    httplib::Client client("127.0.0.1", suite_->endpoint("gateway").http_port);
    // A cold browser on a loaded two-core machine takes its time.
    client.set_read_timeout(90);
    if (!token.empty()) client.set_bearer_token_auth(token);
    return client;
  }

  // The text of `pdf`'s first page, as pdftotext reads it.
  static std::string FirstPageText(const std::string& pdf, const std::string& name) {
    const auto file = suite_->directory() / (name + ".pdf");
    std::ofstream(file, std::ios::binary) << pdf;
    const auto text = RunCommand({kPdfToText, "-f", "1", "-l", "1", file.string(), "-"},
                                 (suite_->directory() / (name + ".txt")).string());
    EXPECT_EQ(text.exit_code, 0) << text.output;
    return text.output;
  }

  static void ExpectPdf(const httplib::Result& res, const std::string& what) {
    ASSERT_TRUE(res) << what;
    ASSERT_EQ(res->status, 200) << what << ": " << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/pdf") << what;
    EXPECT_TRUE(res->body.starts_with("%PDF-")) << what;
  }
};

TEST_F(PdfReportTest, TheDraftPrintsWithItsTitleAndSummaryOnPageOne) {
  auto client = Client(suite_->admin_token());
  auto res = client.Get("/rapportages/GM0034/2019H1", kAcceptPdf);
  ExpectPdf(res, "draft");
  EXPECT_EQ(res->get_header_value("Content-Disposition"),
            "inline; filename=\"voortgangsrapportage-GM0034-2019H1.pdf\"");
  const std::string page = FirstPageText(res->body, "draft");
  EXPECT_NE(page.find("Voortgangsrapportage"), std::string::npos) << page;
  EXPECT_NE(page.find("Almere"), std::string::npos) << page;
  // The page number from the print stylesheet's @page margin box.
  EXPECT_NE(page.find("Pagina 1 van"), std::string::npos) << page;

  // The summary opens the report: its goal table is on page 1, with the
  // first goals in it.
  EXPECT_NE(page.find("Doelstellingen van het actieplan"), std::string::npos) << page;
  EXPECT_NE(page.find("Woninginbraken"), std::string::npos) << page;
  EXPECT_NE(page.find("op koers"), std::string::npos) << page;

  // The JSON route prints the same draft.
  ExpectPdf(client.Get("/api/v1/reports/GM0034/2019H1", kAcceptPdf), "draft over /api/v1");
}

TEST_F(PdfReportTest, TheDraftsPdfNeedsTheSameTokenAsItsHtml) {
  // The API route never falls back to a published version, so these hold
  // whether or not one exists yet.
  auto anonymous = Client("").Get("/api/v1/reports/GM0034/2019H1", kAcceptPdf);
  ASSERT_TRUE(anonymous);
  EXPECT_EQ(anonymous->status, 401);
  EXPECT_EQ(anonymous->get_header_value("Content-Type"), "application/problem+json");
  auto viewer = Client(suite_->Token({"viewer"})).Get("/api/v1/reports/GM0034/2019H1", kAcceptPdf);
  ASSERT_TRUE(viewer);
  EXPECT_EQ(viewer->status, 403);
  EXPECT_EQ(viewer->get_header_value("Content-Type"), "application/problem+json");
}

TEST_F(PdfReportTest, APublishedVersionsPdfIsPublicLikeItsHtml) {
  auto published = suite_->Ctl({"publish", "--municipality=GM0034", "--period=2019H1"});
  ASSERT_EQ(published.exit_code, 0) << published.output;
  auto res = Client("").Get("/rapportages/GM0034/2019H1?versie=1", kAcceptPdf);
  ExpectPdf(res, "version 1");
  EXPECT_EQ(res->get_header_value("Content-Disposition"),
            "inline; filename=\"voortgangsrapportage-GM0034-2019H1-v1.pdf\"");
  const std::string page = FirstPageText(res->body, "version-1");
  EXPECT_NE(page.find("Voortgangsrapportage"), std::string::npos) << page;
  EXPECT_NE(page.find("Gepubliceerd, versie 1"), std::string::npos) << page;
  ExpectPdf(Client("").Get("/api/v1/reports/GM0034/2019H1/versions/1", kAcceptPdf),
            "version 1 over /api/v1");
}

TEST_F(PdfReportTest, VeiligctlPrintsThePdfToAFile) {
  const auto file = suite_->directory() / "veiligctl.pdf";
  auto run = suite_->Ctl({"report", "--municipality=GM0034", "--period=2019H1", "--format=pdf",
                          "--output=" + file.string(), std::string("--chromium=") + kChromium});
  ASSERT_EQ(run.exit_code, 0) << run.output;
  std::ifstream in(file, std::ios::binary);
  const std::string pdf((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_TRUE(pdf.starts_with("%PDF-"));
  EXPECT_NE(FirstPageText(pdf, "veiligctl-first").find("Voortgangsrapportage"), std::string::npos);
}

// A print holds one of --pdf-concurrency slots until it ends; a request
// beyond them is told to come back (503, Retry-After) instead of waiting, and
// a browser that hangs is stopped at --pdf-timeout-ms (504). A script that
// sleeps stands in for the browser, so this needs no Chromium.
TEST(PdfPrintingLimitsTest, BusyPrintersAnswer503AndAHangingBrowserIsStoppedWith504) {
  Suite suite;
  const auto fake = suite.directory() / "hanging-chromium";
  std::ofstream(fake) << "#!/bin/sh\nexec /bin/sleep 60\n";
  std::filesystem::permissions(fake, std::filesystem::perms::owner_all);
  suite.AddServerArgs(
      "gateway", {"--chromium=" + fake.string(), "--pdf-concurrency=1", "--pdf-timeout-ms=3000"});
  suite.StartAll();
  ASSERT_TRUE(suite.WaitUntilServing());
  auto imported = suite.Ctl({"import", VEILIG_DATA_DIR});
  ASSERT_EQ(imported.exit_code, 0) << imported.output;

  auto get = [&suite] {
    httplib::Client client("127.0.0.1", suite.endpoint("gateway").http_port);
    client.set_read_timeout(30);
    client.set_bearer_token_auth(suite.admin_token());
    return client.Get("/rapportages/GM0034/2019H1", kAcceptPdf);
  };
  // One answer read on this thread first: cpp-httplib builds its parsing
  // state (function-local statics) on first use, and builds it before the
  // second thread exists instead of racing it (ThreadSanitizer cannot see
  // the guard inside the uninstrumented library).
  {
    httplib::Client warm_up("127.0.0.1", suite.endpoint("gateway").http_port);
    ASSERT_TRUE(warm_up.Get("/rapportages"));
  }
  auto first = std::async(std::launch::async, get);
  std::this_thread::sleep_for(std::chrono::milliseconds(1000));
  auto second = get();
  ASSERT_TRUE(second);
  EXPECT_EQ(second->status, 503) << second->body;
  EXPECT_EQ(second->get_header_value("Retry-After"), "5");
  EXPECT_EQ(second->get_header_value("Content-Type"), "application/problem+json");
  EXPECT_NE(second->body.find("busy"), std::string::npos) << second->body;

  auto hung = first.get();
  ASSERT_TRUE(hung);
  EXPECT_EQ(hung->status, 504) << hung->body;
  EXPECT_EQ(hung->get_header_value("Content-Type"), "application/problem+json");
  // The browser's output and paths stay in the gateway's log.
  EXPECT_EQ(hung->body.find(fake.string()), std::string::npos) << hung->body;
  EXPECT_NE(suite.process("gateway").Output().find("did not finish printing"), std::string::npos);

  // The slot is free again once the print has ended.
  auto third = get();
  ASSERT_TRUE(third);
  EXPECT_EQ(third->status, 504) << third->body;
}

}  // namespace
}  // namespace veilig::testing
