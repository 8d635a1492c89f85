// PrintHtmlToPdf without a real browser: small shell scripts stand in for
// Chromium, so starting, failing, timing out and cleaning up are tested
// quickly and anywhere. The real browser is tested in
// tests/integration/pdf_report_test.cc.
#include "common/report/pdf/chromium_pdf.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <stdlib.h>

#include <cerrno>
#include <fstream>
#include <sstream>
#include <thread>

namespace veilig::report {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

class ChromiumPdfTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "chromium-pdf-test-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    fs::create_directory(dir_ / "prints");
    options_.temp_root = dir_ / "prints";
    options_.timeout = std::chrono::seconds(20);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // A fake browser: a shell script at `name` in the test's directory.
  std::string Script(const std::string& name, const std::string& body) {
    const fs::path path = dir_ / name;
    std::ofstream(path) << "#!/bin/sh\n" << body;
    fs::permissions(path, fs::perms::owner_all);
    return path.string();
  }

  std::string Read(const std::string& name) const {
    std::ifstream in(dir_ / name);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }

  // Killed and reaped (or a zombie waiting for init), within two seconds.
  static bool Gone(pid_t pid) {
    for (int i = 0; i < 200; ++i) {
      if (kill(pid, 0) != 0 && errno == ESRCH) return true;
      std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
      std::string pid_field, command, state;
      if (stat >> pid_field >> command >> state && state == "Z") return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
  }

  fs::path dir_;
  ChromiumPdfOptions options_;
};

TEST_F(ChromiumPdfTest, AMissingBrowserIsAClearError) {
  options_.chromium = (dir_ / "no-such-chromium").string();
  auto pdf = PrintHtmlToPdf("<p>x</p>", options_);
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(pdf.status().message(), HasSubstr("cannot start the browser"));
  EXPECT_THAT(pdf.status().message(), HasSubstr("no-such-chromium"));
  EXPECT_TRUE(fs::is_empty(options_.temp_root));
}

TEST_F(ChromiumPdfTest, TheBrowserGetsTheHtmlInAPrivateDirectoryThatIsRemovedAfterwards) {
  const std::string d = dir_.string();
  options_.chromium = Script("fake-chromium", R"sh(
for a in "$@"; do
  case "$a" in
    --print-to-pdf=*) out="${a#--print-to-pdf=}" ;;
    file://*) html="${a#file://}" ;;
  esac
done
printf '%s\n' "$@" > )sh" + d + R"sh(/args.txt
echo "HOME=$HOME" >> )sh" + d + R"sh(/args.txt
cp "$html" )sh" + d + R"sh(/seen.html
stat -c %a "$(dirname "$html")" > )sh" + d + R"sh(/mode.txt
printf '%%PDF-1.7 fake' > "$out"
)sh");
  const std::string html = "<!DOCTYPE html><html lang=\"nl\"><p>Voortgangsrapportage</p></html>";
  auto pdf = PrintHtmlToPdf(html, options_);
  ASSERT_TRUE(pdf.ok()) << pdf.status();
  EXPECT_EQ(*pdf, "%PDF-1.7 fake");
  EXPECT_EQ(Read("seen.html"), html);
  EXPECT_EQ(Read("mode.txt"), "700\n");
  const std::string args = Read("args.txt");
  for (const char* flag : {"--headless\n", "--disable-gpu\n", "--no-sandbox\n",
                           "--no-pdf-header-footer\n", "--user-data-dir=", "\nHOME="}) {
    EXPECT_THAT(args, HasSubstr(flag));
  }
  // Profile and home both inside the print's own directory.
  const std::string prints = options_.temp_root.string() + "/veilig-pdf-";
  EXPECT_THAT(args, HasSubstr("--user-data-dir=" + prints));
  EXPECT_THAT(args, HasSubstr("HOME=" + prints));
  EXPECT_TRUE(fs::is_empty(options_.temp_root));
}

TEST_F(ChromiumPdfTest, AFailingBrowserIsQuotedInTheError) {
  options_.chromium = Script("fake-chromium", "echo 'Missing X server or $DISPLAY' >&2\nexit 3\n");
  auto pdf = PrintHtmlToPdf("<p>x</p>", options_);
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.status().code(), absl::StatusCode::kInternal);
  EXPECT_THAT(pdf.status().message(), HasSubstr("exited with status 3"));
  EXPECT_THAT(pdf.status().message(), HasSubstr("Missing X server or $DISPLAY"));
  EXPECT_TRUE(fs::is_empty(options_.temp_root));
}

TEST_F(ChromiumPdfTest, ABrowserThatWritesNoPdfFails) {
  options_.chromium = Script("fake-chromium", "exit 0\n");
  auto pdf = PrintHtmlToPdf("<p>x</p>", options_);
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.status().code(), absl::StatusCode::kInternal);
  EXPECT_THAT(pdf.status().message(), HasSubstr("wrote no PDF"));
}

TEST_F(ChromiumPdfTest, ATimeoutKillsTheBrowserAndTheProcessesItStarted) {
  const std::string d = dir_.string();
  options_.chromium =
      Script("fake-chromium", "/bin/sleep 30 &\necho $! > " + d + "/helper.pid\necho $$ > " + d +
                                  "/browser.pid\nexec /bin/sleep 30\n");
  options_.timeout = std::chrono::milliseconds(1500);
  const auto start = std::chrono::steady_clock::now();
  auto pdf = PrintHtmlToPdf("<p>x</p>", options_);
  const auto took = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.status().code(), absl::StatusCode::kDeadlineExceeded);
  EXPECT_THAT(pdf.status().message(), HasSubstr("within 1500 ms"));
  EXPECT_LT(took, std::chrono::seconds(10));
  const std::string browser = Read("browser.pid"), helper = Read("helper.pid");
  ASSERT_FALSE(browser.empty());
  ASSERT_FALSE(helper.empty());
  EXPECT_TRUE(Gone(std::stoi(browser)));
  EXPECT_TRUE(Gone(std::stoi(helper)));
  EXPECT_TRUE(fs::is_empty(options_.temp_root));
}

}  // namespace
}  // namespace veilig::report
