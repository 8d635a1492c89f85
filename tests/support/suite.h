// Test support: the whole Veilig suite (four theme services and the gateway)
// as real processes on free loopback ports, each with its own SQLite file in
// a fresh temporary directory.
#pragma once

#include <grpcpp/grpcpp.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "tests/support/process.h"
#include "tests/support/test_pki.h"

namespace veilig::testing {

struct Endpoint {
  int port = 0;
  int metrics_port = 0;
  // The gateway's HTTP API and HTML report.
  int http_port = 0;
  std::string target() const { return "127.0.0.1:" + std::to_string(port); }
};

class Suite {
 public:
  // `extra_args` are added to every server's command line. Every server
  // checks tokens signed with a secret of the suite's own.
  explicit Suite(std::vector<std::string> extra_args = {});

  // Puts every server's tables in PostgreSQL at `url`, each in a schema of
  // its own named after this suite, instead of SQLite files. Call before Start.
  void UsePostgres(const std::string& url);
  // Serves every gRPC port (and the gateway's HTTP) over TLS with `pki`'s
  // server certificate; the theme services require client certificates
  // (mutual TLS), which the gateway, veiligctl and this suite's channels
  // present. Call before Start.
  void UseTls(const TestPki& pki);
  // Runs this gateway binary instead of veilig-gateway (one linked with more
  // themes). Call before Start.
  void UseGatewayBinary(std::string path) { gateway_binary_ = std::move(path); }
  // Gives veiligctl the addresses of these theme services only (those it
  // knows; a suite with a test-only theme has one it does not).
  void LimitCtlToServices(std::vector<std::string> services) {
    ctl_services_ = std::move(services);
  }
  // Adds options to one server's command line ("gateway" or a theme
  // service), from its next Start on: a restart with other options.
  void AddServerArgs(const std::string& name, const std::vector<std::string>& args) {
    auto& own = server_args_[name];
    own.insert(own.end(), args.begin(), args.end());
  }
  void ClearServerArgs(const std::string& name) { server_args_.erase(name); }
  ~Suite();

  // Starts (or restarts) one server: "gateway" or a theme service name.
  void Start(const std::string& name);
  void StartAll();
  // True when every started server reports SERVING within `timeout`.
  bool WaitUntilServing(std::chrono::milliseconds timeout = std::chrono::seconds(20));
  bool IsServing(const std::string& name);
  // True when `name` reports SERVING within `timeout`; unlike
  // WaitUntilServing, leaves the other servers alone, also dead ones.
  bool WaitUntilServing(const std::string& name,
                        std::chrono::milliseconds timeout = std::chrono::seconds(20));

  Process& process(const std::string& name) { return *processes_.at(name); }
  const Endpoint& endpoint(const std::string& name) const { return endpoints_.at(name); }
  // A channel whose calls carry an admin token.
  std::shared_ptr<grpc::Channel> Channel(const std::string& name) const;
  // A channel whose calls carry `token` (none when empty).
  std::shared_ptr<grpc::Channel> ChannelAs(const std::string& name, const std::string& token) const;
  // A token signed with this suite's secret, for `roles` in `municipalities`
  // (CBS codes, or "*" for every one). The admin token acts for every one.
  std::string Token(const std::vector<std::string>& roles, const std::string& subject = "test-user",
                    const std::vector<std::string>& municipalities = {"GM0034"}) const;
  const std::string& admin_token() const { return admin_token_; }
  const std::filesystem::path& secret_file() const { return secret_file_; }
  const std::filesystem::path& directory() const { return directory_; }

  // Runs veiligctl against this suite, as an admin unless `args` has a --token.
  CommandResult Ctl(std::vector<std::string> args);

  static const std::vector<std::string>& ThemeServices();
  // The server binary of `name`: "gateway" or a theme service.
  static std::string Binary(const std::string& name);

 private:
  // Writes the end of the log of every server that is not serving to
  // stderr.
  void ReportNotServing();

  std::filesystem::path directory_;
  std::vector<std::string> extra_args_;
  std::string postgres_url_;
  std::string gateway_binary_;
  std::vector<std::string> ctl_services_;
  const TestPki* pki_ = nullptr;
  std::map<std::string, std::vector<std::string>> server_args_;
  std::map<std::string, Endpoint> endpoints_;
  std::map<std::string, std::unique_ptr<Process>> processes_;
  int ctl_runs_ = 0;
  std::filesystem::path secret_file_;
  std::string admin_token_;
};

}  // namespace veilig::testing
