#include "tests/support/suite.h"

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <random>
#include <thread>

#include "common/auth/tokens.h"
#include "common/domain/theme_services.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "tests/support/token_channel.h"

namespace veilig::testing {

const std::vector<std::string>& Suite::ThemeServices() {
  static const std::vector<std::string> kServices = [] {
    std::vector<std::string> names;
    for (const auto& service : veilig::ThemeServices()) names.emplace_back(service.name);
    return names;
  }();
  return kServices;
}

Suite::Suite(std::vector<std::string> extra_args) : extra_args_(std::move(extra_args)) {
  static int counter = 0;
  directory_ = std::filesystem::temp_directory_path() /
               ("veilig-suite-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::filesystem::remove_all(directory_);
  std::filesystem::create_directories(directory_);
  for (const auto& name : ThemeServices()) endpoints_[name] = {FreePort(), FreePort()};
  endpoints_["gateway"] = {FreePort(), FreePort(), FreePort()};
  secret_file_ = directory_ / "auth-secret";
  std::random_device random;
  std::string secret;
  for (int i = 0; i < 48; ++i) secret += "0123456789abcdef"[random() % 16];
  std::ofstream(secret_file_) << secret << "\n";
  admin_token_ = Token({"admin"}, "test-admin", {"*"});
}

std::string Suite::Token(const std::vector<std::string>& roles, const std::string& subject,
                         const std::vector<std::string>& municipalities) const {
  auth::TokenClaims claims;
  claims.subject = subject;
  claims.roles = roles;
  claims.municipalities = municipalities;
  auto secret = auth::ReadKeyFile(secret_file_.string());
  auto token = secret.ok() ? auth::IssueToken(claims, *secret) : secret.status();
  return token.ok() ? *token : "";
}

std::shared_ptr<grpc::Channel> Suite::ChannelAs(const std::string& name,
                                                const std::string& token) const {
  if (pki_ == nullptr) return ChannelWithToken(endpoint(name).target(), token);
  auto read = [](const std::string& path) {
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  grpc::SslCredentialsOptions tls;
  tls.pem_root_certs = read(pki_->ca_cert());
  tls.pem_cert_chain = read(pki_->client_cert());
  tls.pem_private_key = read(pki_->client_key());
  return ChannelWithToken(endpoint(name).target(), token, grpc::SslCredentials(tls));
}

Suite::~Suite() {
  for (auto& [name, process] : processes_) process->Signal(SIGKILL);
  processes_.clear();
  std::filesystem::remove_all(directory_);
}

void Suite::UsePostgres(const std::string& url) { postgres_url_ = url; }

void Suite::UseTls(const TestPki& pki) { pki_ = &pki; }

void Suite::Start(const std::string& name) {
  const Endpoint& e = endpoints_.at(name);
  static const std::vector<std::string> kNone;
  const auto found = server_args_.find(name);
  const std::vector<std::string>& own_args = found != server_args_.end() ? found->second : kNone;
  std::vector<std::string> argv;
  if (name == "gateway") {
    argv = {gateway_binary_.empty() ? Binary(name) : gateway_binary_};
    for (const auto& service : ThemeServices()) {
      argv.push_back("--" + service + "-address=" + endpoints_.at(service).target());
    }
    argv.push_back("--database=sqlite:" + (directory_ / "veilig-gateway.db").string());
    argv.push_back("--http-port=" + std::to_string(e.http_port));
    argv.push_back("--cors-origins=https://frontend.example");
  } else {
    argv = {Binary(name)};
    auto names_database = [](const std::string& arg) { return arg.starts_with("--database="); };
    const bool own_database = std::any_of(extra_args_.begin(), extra_args_.end(), names_database) ||
                              std::any_of(own_args.begin(), own_args.end(), names_database);
    if (!own_database) {
      argv.push_back("--database=sqlite:" + (directory_ / (name + ".db")).string());
    }
  }
  if (!postgres_url_.empty()) {
    // The last --database wins over the SQLite default given above.
    std::string schema = directory_.filename().string() + "_" + name;
    std::replace(schema.begin(), schema.end(), '-', '_');
    argv.erase(std::remove_if(argv.begin(), argv.end(),
                              [](const std::string& a) { return a.starts_with("--database="); }),
               argv.end());
    argv.push_back("--database=" + postgres_url_);
    argv.push_back("--database-schema=" + schema);
  }
  argv.push_back("--port=" + std::to_string(e.port));
  argv.push_back("--metrics-port=" + std::to_string(e.metrics_port));
  const bool own_auth = std::any_of(extra_args_.begin(), extra_args_.end(), [](const auto& arg) {
    return arg.starts_with("--auth-") || arg == "--insecure-no-auth";
  });
  if (!own_auth) argv.push_back("--auth-secret-file=" + secret_file_.string());
  if (pki_ != nullptr) {
    argv.push_back("--tls-cert-file=" + pki_->server_cert());
    argv.push_back("--tls-key-file=" + pki_->server_key());
    if (name == "gateway") {
      argv.push_back("--backend-tls-ca-file=" + pki_->ca_cert());
      argv.push_back("--backend-tls-cert-file=" + pki_->client_cert());
      argv.push_back("--backend-tls-key-file=" + pki_->client_key());
    } else {
      argv.push_back("--tls-client-ca-file=" + pki_->ca_cert());
    }
  }
  for (const auto& extra : extra_args_) argv.push_back(extra);
  argv.insert(argv.end(), own_args.begin(), own_args.end());
  processes_.erase(name);  // a restarted server replaces the old process
  processes_[name] = std::make_unique<Process>(argv, (directory_ / (name + ".log")).string());
}

void Suite::StartAll() {
  for (const auto& name : ThemeServices()) Start(name);
  Start("gateway");
}

std::shared_ptr<grpc::Channel> Suite::Channel(const std::string& name) const {
  return ChannelAs(name, admin_token_);
}

bool Suite::IsServing(const std::string& name) {
  auto stub = grpc::health::v1::Health::NewStub(Channel(name));
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds(500));
  grpc::health::v1::HealthCheckRequest request;
  grpc::health::v1::HealthCheckResponse response;
  return stub->Check(&context, request, &response).ok() &&
         response.status() == grpc::health::v1::HealthCheckResponse::SERVING;
}

bool Suite::WaitUntilServing(const std::string& name, std::chrono::milliseconds timeout) {
  const auto until = std::chrono::steady_clock::now() + timeout;
  while (!IsServing(name)) {
    if (std::chrono::steady_clock::now() > until || !process(name).running()) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return true;
}

bool Suite::WaitUntilServing(std::chrono::milliseconds timeout) {
  // Free ports are picked before the servers bind them, so a test running in
  // parallel can take one first. A server that exits at start-up is therefore
  // given fresh ports, with everything else started so far, a few times.
  constexpr int kAttempts = 3;
  for (int attempt = 1;; ++attempt) {
    const auto until = std::chrono::steady_clock::now() + timeout;
    bool exited = false;
    for (auto& [name, process] : processes_) {
      while (!exited && !IsServing(name)) {
        if (!process->running()) {
          exited = true;
        } else if (std::chrono::steady_clock::now() > until) {
          ReportNotServing();
          return false;
        } else {
          std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
      }
    }
    if (!exited) return true;
    if (attempt == kAttempts) {
      ReportNotServing();
      return false;
    }
    std::vector<std::string> started;
    for (auto& [name, process] : processes_) {
      process->Signal(SIGKILL);
      process->Wait(std::chrono::seconds(5));
      started.push_back(name);
    }
    for (auto& [name, endpoint] : endpoints_) endpoint = {FreePort(), FreePort(), FreePort()};
    for (const auto& name : started) Start(name);
  }
}

std::string Suite::Binary(const std::string& name) {
  return name == "gateway" ? std::string(VEILIG_GATEWAY_BINARY)
                           : std::string(VEILIG_BIN_DIR) + "/" + name;
}

void Suite::ReportNotServing() {
  // The logs go with the suite's directory: say why here, for the test's
  // output.
  constexpr size_t kTail = 2000;
  for (auto& [name, process] : processes_) {
    if (IsServing(name)) continue;
    const std::string log = process->Output();
    std::cerr << name << " is not serving" << (process->running() ? "" : " (exited)")
              << "; the end of its log:\n"
              << (log.size() > kTail ? log.substr(log.size() - kTail) : log) << "\n";
  }
}

CommandResult Suite::Ctl(std::vector<std::string> args) {
  std::vector<std::string> argv = {VEILIGCTL_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  const bool own_token = std::any_of(args.begin(), args.end(), [](const std::string& arg) {
    return arg.starts_with("--token") || arg == "token";
  });
  if (!own_token) argv.push_back("--token=" + admin_token_);
  if (pki_ != nullptr) {
    argv.push_back("--backend-tls-ca-file=" + pki_->ca_cert());
    argv.push_back("--backend-tls-cert-file=" + pki_->client_cert());
    argv.push_back("--backend-tls-key-file=" + pki_->client_key());
  }
  argv.push_back("--gateway-address=" + endpoint("gateway").target());
  for (const auto& service : ctl_services_.empty() ? ThemeServices() : ctl_services_) {
    argv.push_back("--" + service + "-address=" + endpoint(service).target());
  }
  return RunCommand(argv,
                    (directory_ / ("veiligctl-" + std::to_string(ctl_runs_++) + ".log")).string());
}

}  // namespace veilig::testing
