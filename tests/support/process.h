// Test support: a child process (killed when the test process dies), its output in a
// file, and helpers to signal it, wait for it and find free loopback ports.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace veilig::testing {

class Process {
 public:
  // Starts `argv[0]` with `argv`; stdout and stderr go to `log_path`.
  Process(std::vector<std::string> argv, std::string log_path);
  ~Process();  // SIGKILL if still running
  Process(const Process&) = delete;
  Process& operator=(const Process&) = delete;

  pid_t pid() const { return pid_; }
  bool running();
  void Signal(int signal_number);
  // The exit code, or nothing if it did not exit in time (or died of a signal: -signal).
  std::optional<int> Wait(std::chrono::milliseconds timeout);
  std::string Output() const;

 private:
  pid_t pid_ = -1;
  std::string log_path_;
  std::optional<int> exit_code_;
};

// A TCP port on 127.0.0.1 that nothing listens on right now and that no
// other test process has taken: the tests run in parallel, each picks its
// ports before its servers bind them, and two picking the same port would
// reach each other's servers. This process holds the port until it exits.
int FreePort();

// Runs a command to completion; returns its exit code and combined output.
struct CommandResult {
  int exit_code;
  std::string output;
};
CommandResult RunCommand(const std::vector<std::string>& argv, const std::string& log_path,
                         std::chrono::milliseconds timeout = std::chrono::seconds(60));

}  // namespace veilig::testing
