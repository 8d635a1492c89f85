// The HTML report as PDF, printed by headless Chromium the way a reader would
// print it from the browser, so the PDF follows the report's print stylesheet.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace veilig::report {

struct ChromiumPdfOptions {
  // The browser executable (Debian's is a wrapper script; either works).
  std::string chromium = "/usr/bin/chromium";
  // Longest a print may take; the browser and everything it started are
  // killed after that.
  std::chrono::milliseconds timeout{60000};
  // Where the print's private directory is made; empty: the system's
  // temporary directory ($TMPDIR or /tmp).
  std::filesystem::path temp_root;
};

// Prints `html` (a complete document that loads nothing from elsewhere) to
// PDF and returns its bytes. Fails with FAILED_PRECONDITION when the browser
// cannot be started, DEADLINE_EXCEEDED on the timeout, and INTERNAL when it
// writes no PDF; the message ends with the last of the browser's output.
absl::StatusOr<std::string> PrintHtmlToPdf(std::string_view html,
                                           const ChromiumPdfOptions& options = {});

}  // namespace veilig::report
