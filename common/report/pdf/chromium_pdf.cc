#include "common/report/pdf/chromium_pdf.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <system_error>
#include <thread>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

extern char** environ;

namespace veilig::report {
namespace {

namespace fs = std::filesystem;

// How much of the browser's output an error message quotes: its last lines
// say why it failed; the rest is start-up noise.
constexpr size_t kOutputTail = 1500;

std::string ErrnoText(int error) {
  return std::error_code(error, std::generic_category()).message();
}

// A directory only this process can read (mkdtemp makes it 0700), removed
// with everything in it when the print is done, also when it failed.
class PrivateDirectory {
 public:
  explicit PrivateDirectory(const fs::path& root) {
    std::string pattern = (root / "veilig-pdf-XXXXXX").string();
    if (mkdtemp(pattern.data()) != nullptr) {
      path_ = pattern;
    } else {
      error_ = errno;
    }
  }
  ~PrivateDirectory() {
    std::error_code ignored;
    if (!path_.empty()) fs::remove_all(path_, ignored);
  }
  PrivateDirectory(const PrivateDirectory&) = delete;
  PrivateDirectory& operator=(const PrivateDirectory&) = delete;

  const fs::path& path() const { return path_; }
  int error() const { return error_; }

 private:
  fs::path path_;
  int error_ = 0;
};

bool WriteFile(const fs::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(out.flush());
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The end of the browser's output, from a line start, for an error message.
std::string OutputTail(const fs::path& log) {
  std::string output = ReadFile(log);
  if (output.size() > kOutputTail) {
    output.erase(0, output.size() - kOutputTail);
    if (const size_t line = output.find('\n'); line != std::string::npos) output.erase(0, line + 1);
  }
  const std::string trimmed(absl::StripAsciiWhitespace(output));
  return trimmed.empty() ? "" : absl::StrCat("; browser output: ", trimmed);
}

// A file:// URL for an absolute path; only what a URL path cannot hold as
// it is gets percent-encoded, so the usual temporary paths read plainly.
std::string FileUrl(const fs::path& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string url = "file://";
  for (const unsigned char c : path.string()) {
    if (absl::ascii_isalnum(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
      url += static_cast<char>(c);
    } else {
      url += '%';
      url += kHex[c >> 4];
      url += kHex[c & 0xF];
    }
  }
  return url;
}

// The browser's environment: its profile, caches and temporary files all in
// the private directory, so a print neither reads nor leaves anything in the
// service account's home; only what finding programs and locales needs is
// passed on.
std::vector<std::string> BrowserEnvironment(const fs::path& directory) {
  std::vector<std::string> env = {
      "HOME=" + directory.string(),
      "TMPDIR=" + directory.string(),
      "XDG_CONFIG_HOME=" + (directory / "config").string(),
      "XDG_CACHE_HOME=" + (directory / "cache").string(),
  };
  const char* path = std::getenv("PATH");
  env.push_back(absl::StrCat("PATH=", path != nullptr ? path : "/usr/local/bin:/usr/bin:/bin"));
  for (const char* name : {"LANG", "LC_ALL", "TZ"}) {
    if (const char* value = std::getenv(name); value != nullptr) {
      env.push_back(absl::StrCat(name, "=", value));
    }
  }
  return env;
}

// Starts `argv` without a shell, in a process group of its own (so a timeout
// can kill the helpers the browser starts too), with stdin from /dev/null and
// stdout and stderr in `log`. The caller's blocked signals (servers block
// SIGTERM for their shutdown thread) are not inherited.
absl::StatusOr<pid_t> Spawn(const std::vector<std::string>& argv,
                            const std::vector<std::string>& env, const fs::path& log) {
  std::vector<char*> args, envp;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  for (const auto& e : env) envp.push_back(const_cast<char*>(e.c_str()));
  envp.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  const std::string log_path = log.string();
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
  // The server's sockets and database files are none of the browser's business.
  posix_spawn_file_actions_addclosefrom_np(&actions, STDERR_FILENO + 1);
#endif
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  sigset_t none, defaults;
  sigemptyset(&none);
  sigemptyset(&defaults);
  for (int signal_number : {SIGPIPE, SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGCHLD}) {
    sigaddset(&defaults, signal_number);
  }
  posix_spawnattr_setsigmask(&attributes, &none);
  posix_spawnattr_setsigdefault(&attributes, &defaults);
  posix_spawnattr_setpgroup(&attributes, 0);
  posix_spawnattr_setflags(&attributes,
                           POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP);
  pid_t pid = -1;
  const int result = posix_spawn(&pid, args[0], &actions, &attributes, args.data(), envp.data());
  posix_spawnattr_destroy(&attributes);
  posix_spawn_file_actions_destroy(&actions);
  if (result != 0) {
    return absl::FailedPreconditionError(
        absl::StrCat("cannot start the browser ", argv[0], ": ", ErrnoText(result)));
  }
  return pid;
}

struct Outcome {
  bool timed_out = false;
  int wait_status = 0;
};

// Waits for `pid` until `timeout`, then kills its whole process group: on a
// timeout the browser itself, otherwise any helper it left behind. The child
// is reaped only after the kill, so its id (and group id) cannot have been
// given to another process in between.
absl::StatusOr<Outcome> WaitAndKillGroup(pid_t pid, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  auto pause = std::chrono::milliseconds(5);
  Outcome outcome;
  for (;;) {
    siginfo_t info{};
    if (waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) != 0) {
      if (errno == EINTR) continue;
      const int error = errno;
      kill(-pid, SIGKILL);
      return absl::InternalError(absl::StrCat("cannot wait for the browser: ", ErrnoText(error)));
    }
    if (info.si_pid == pid) break;
    const auto now = std::chrono::steady_clock::now();
    if (now >= deadline) {
      outcome.timed_out = true;
      break;
    }
    std::this_thread::sleep_for(
        std::min<std::chrono::steady_clock::duration>(pause, deadline - now));
    pause = std::min(pause * 2, std::chrono::milliseconds(50));
  }
  kill(-pid, SIGKILL);
  while (waitpid(pid, &outcome.wait_status, 0) < 0 && errno == EINTR) {
  }
  return outcome;
}

}  // namespace

absl::StatusOr<std::string> PrintHtmlToPdf(std::string_view html,
                                           const ChromiumPdfOptions& options) {
  std::error_code error;
  const fs::path root =
      options.temp_root.empty() ? fs::temp_directory_path(error) : options.temp_root;
  if (error) {
    return absl::FailedPreconditionError(
        absl::StrCat("no temporary directory to print in: ", error.message()));
  }
  PrivateDirectory directory(root);
  if (directory.path().empty()) {
    return absl::FailedPreconditionError(absl::StrCat(
        "cannot make a private directory in ", root.string(), ": ", ErrnoText(directory.error())));
  }
  const fs::path input = directory.path() / "report.html";
  const fs::path output = directory.path() / "report.pdf";
  const fs::path log = directory.path() / "browser.log";
  if (!WriteFile(input, html)) {
    return absl::InternalError(absl::StrCat("cannot write ", input.string()));
  }
  const std::vector<std::string> argv = {
      options.chromium,
      "--headless",
      "--disable-gpu",
      "--no-sandbox",
      "--no-pdf-header-footer",
      // Containers give /dev/shm 64 MB, too little for a long report.
      "--disable-dev-shm-usage",
      // A print makes no network calls of its own.
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--user-data-dir=" + (directory.path() / "profile").string(),
      "--print-to-pdf=" + output.string(),
      FileUrl(input),
  };
  auto pid = Spawn(argv, BrowserEnvironment(directory.path()), log);
  if (!pid.ok()) return pid.status();
  auto outcome = WaitAndKillGroup(*pid, options.timeout);
  if (!outcome.ok()) return outcome.status();
  if (outcome->timed_out) {
    return absl::DeadlineExceededError(absl::StrCat("the browser did not finish printing within ",
                                                    options.timeout.count(), " ms and was stopped",
                                                    OutputTail(log)));
  }
  const int status = outcome->wait_status;
  if (WIFSIGNALED(status)) {
    return absl::InternalError(absl::StrCat("the browser was ended by signal ", WTERMSIG(status),
                                            " while printing", OutputTail(log)));
  }
  if (WEXITSTATUS(status) != 0) {
    return absl::InternalError(absl::StrCat("the browser exited with status ", WEXITSTATUS(status),
                                            " while printing", OutputTail(log)));
  }
  std::string pdf = ReadFile(output);
  if (!pdf.starts_with("%PDF-")) {
    return absl::InternalError(
        absl::StrCat("the browser exited normally but wrote no PDF (is ", options.chromium,
                     " a Chromium that knows --print-to-pdf?)", OutputTail(log)));
  }
  return pdf;
}

}  // namespace veilig::report
