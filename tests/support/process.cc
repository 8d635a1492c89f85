#include "tests/support/process.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace veilig::testing {

Process::Process(std::vector<std::string> argv, std::string log_path)
    : log_path_(std::move(log_path)) {
  // Everything the child needs is made before fork: after it, only
  // async-signal-safe calls.
  std::vector<char*> args;
  args.reserve(argv.size() + 1);
  for (auto& a : argv) args.push_back(a.data());
  args.push_back(nullptr);
  const pid_t parent = getpid();
  pid_ = fork();
  if (pid_ < 0) throw std::runtime_error("cannot start " + argv[0]);
  if (pid_ == 0) {
    // A test that crashes (or a sanitizer that stops it) takes its servers
    // with it instead of leaving them running on the machine.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(127);
    const int log = open(log_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (log < 0 || dup2(log, STDOUT_FILENO) < 0 || dup2(log, STDERR_FILENO) < 0) _exit(127);
    // The test binary may have blocked signals; children start with none blocked.
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    execve(args[0], args.data(), environ);
    _exit(127);
  }
}

Process::~Process() {
  if (running()) {
    Signal(SIGKILL);
    Wait(std::chrono::seconds(5));
  }
}

bool Process::running() {
  if (exit_code_.has_value()) return false;
  int status = 0;
  const pid_t r = waitpid(pid_, &status, WNOHANG);
  if (r == 0) return true;
  exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
  return false;
}

void Process::Signal(int signal_number) {
  if (running()) kill(pid_, signal_number);
}

std::optional<int> Process::Wait(std::chrono::milliseconds timeout) {
  const auto until = std::chrono::steady_clock::now() + timeout;
  while (running()) {
    if (std::chrono::steady_clock::now() >= until) return std::nullopt;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return exit_code_;
}

std::string Process::Output() const {
  std::ifstream in(log_path_);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

namespace {

// A port the kernel calls free now.
int KernelFreePort() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  socklen_t length = sizeof(address);
  const bool bound = bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0 &&
                     getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0;
  close(fd);
  if (!bound) throw std::runtime_error("cannot find a free loopback port");
  return ntohs(address.sin_port);
}

// Takes `port` for this process with a lock file every test process looks
// at; the lock goes when the process does, however it ends.
bool TakePort(int port) {
  static std::mutex mutex;
  static std::set<int> taken;
  std::lock_guard lock(mutex);
  if (taken.contains(port)) return false;
  const std::filesystem::path directory =
      std::filesystem::temp_directory_path() / "veilig-test-ports";
  std::error_code ignored;
  // Shared by every user's tests, as /tmp is: anyone may add a lock file,
  // nobody may remove another's.
  if (std::filesystem::create_directories(directory, ignored)) {
    std::filesystem::permissions(
        directory, std::filesystem::perms::all | std::filesystem::perms::sticky_bit, ignored);
  }
  const std::string path = (directory / std::to_string(port)).string();
  // Reading is enough to lock.
  const int fd = open(path.c_str(), O_CREAT | O_RDONLY | O_CLOEXEC, 0644);
  if (fd >= 0 && flock(fd, LOCK_EX | LOCK_NB) != 0) {
    close(fd);
    return false;
  }
  // Without a lock file to be had, the kernel's word alone; either way this
  // process never hands the port out twice. The descriptor stays open, and
  // so the lock held.
  taken.insert(port);
  return true;
}

}  // namespace

int FreePort() {
  for (int attempt = 0; attempt < 100; ++attempt) {
    const int port = KernelFreePort();
    if (TakePort(port)) return port;
  }
  throw std::runtime_error("cannot find a loopback port no other test holds");
}

CommandResult RunCommand(const std::vector<std::string>& argv, const std::string& log_path,
                         std::chrono::milliseconds timeout) {
  Process process(argv, log_path);
  auto code = process.Wait(timeout);
  return {code.value_or(-1), process.Output()};
}

}  // namespace veilig::testing
