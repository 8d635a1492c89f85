#include "common/server/server_runtime.h"

#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/health_check_service_interface.h>
#include <grpcpp/resource_quota.h>
#include <prometheus/gauge.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdlib>
#include <thread>

#include "absl/synchronization/mutex.h"
#include "common/domain/strings.h"
#include "common/log/logging.h"
#include "common/server/failure_log.h"
#include "common/server/load_shedding.h"
#include "common/server/request_decoding.h"
#include "common/server/server_credentials.h"
#include "common/server/termination_signals.h"
#include "common/server/test_faults.h"

namespace veilig::server {

ServerRuntime::ServerRuntime(std::string service_name, ServerOptions options)
    : service_name_(std::move(service_name)), options_(std::move(options)) {
  BlockTerminationSignals();
  // Debian builds Abseil without NDEBUG, so every absl::Mutex lock (gRPC
  // takes many per call) also fed a lock-order graph for deadlock reports:
  // a few percent of a server's CPU, for a check that belongs in debug builds.
  absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore);
  log::InitLogging(service_name_, options_.log_level);
  auto metrics = metrics::MetricsServer::Start(options_.metrics_host, options_.metrics_port);
  if (!metrics.ok()) {
    spdlog::critical("{}", veilig::View(metrics.status().message()));
    std::exit(1);
  }
  metrics_server_ = std::move(*metrics);
  grpc_metrics_ = std::make_unique<metrics::GrpcServerMetrics>(*metrics_server_->registry());

  std::unique_ptr<auth::TokenVerifier> verifier;
  if (options_.insecure_no_auth) {
    spdlog::warn(
        "--insecure-no-auth: every call is accepted without a token, as an admin; "
        "never run like this outside a test");
  } else {
    auto created = auth::TokenVerifier::Create(options_.tokens);
    if (!created.ok()) {
      spdlog::critical("bearer tokens: {} (or, in a test, --insecure-no-auth)",
                       veilig::View(created.status().message()));
      std::exit(1);
    }
    verifier = std::move(*created);
  }
  gate_ = std::make_unique<auth::CallGate>(service_name_, std::move(verifier));
  auth::CallGate::Install(gate_.get());
}

ServerRuntime::~ServerRuntime() = default;

int ServerRuntime::Run(const std::function<absl::Status()>& ready) {
  grpc::EnableDefaultHealthCheckService(true);
  if (options_.reflection) grpc::reflection::InitProtoReflectionServerBuilderPlugin();

  const std::string address = StrCat(options_.host, ":", options_.port);
  grpc::ServerBuilder builder;
  int bound_port = 0;
  auto credentials = ServerCredentials(options_);
  if (!credentials.ok()) {
    spdlog::critical("TLS: {}", View(credentials.status().message()));
    return 1;
  }
  builder.AddListeningPort(address, *credentials, &bound_port);
  // gRPC shares a port with any process that asks by default (SO_REUSEPORT);
  // a second server on a taken port would then answer half of its calls.
  // Refusing to start is the only safe answer.
  builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
  builder.SetMaxReceiveMessageSize(options_.max_message_bytes);
  builder.SetMaxSendMessageSize(options_.max_message_bytes);
  // Beyond these the server sheds load instead of queueing calls and memory
  // without bound: RESOURCE_EXHAUSTED at the admission limit (server::Admit), and
  // from gRPC itself when no thread is left, the backstop.
  grpc::ResourceQuota quota(service_name_);
  quota.SetMaxThreads(options_.max_threads);
  quota.Resize(static_cast<size_t>(options_.memory_quota_mb) * 1024 * 1024);
  builder.SetResourceQuota(quota);
  builder.AddChannelArgument(GRPC_ARG_MAX_CONCURRENT_STREAMS, options_.max_concurrent_streams);
  SetMaxConcurrentCalls(options_.max_concurrent_calls);
  if (options_.test_delay_ms > 0) {
    spdlog::warn("--test-delay-ms: every call waits {} ms; never run like this outside a test",
                 options_.test_delay_ms);
  }
  for (AdmittedService* service : services_) builder.RegisterService(&service->service());

  std::vector<std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>> interceptors;
  // The decoding fix-up comes first so that metrics and the failure log see
  // the status the caller gets.
  interceptors.push_back(RequestDecodingInterceptorFactory());
  interceptors.push_back(AdmissionInterceptorFactory());
  interceptors.push_back(grpc_metrics_->InterceptorFactory());
  interceptors.push_back(gate_->InterceptorFactory());
  interceptors.push_back(FailureLogInterceptorFactory());
  if (options_.test_delay_ms > 0) {
    interceptors.push_back(
        TestCallDelayInterceptorFactory(std::chrono::milliseconds(options_.test_delay_ms)));
  }
  builder.experimental().SetInterceptorCreators(std::move(interceptors));

  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (!server || bound_port == 0) {
    spdlog::critical("cannot serve gRPC on {}", address);
    return 1;
  }
  grpc::HealthCheckServiceInterface* health = server->GetHealthCheckService();
  health->SetServingStatus(false);

  if (absl::Status status = ready(); !status.ok()) {
    spdlog::critical("not ready: {}", status.ToString());
    server->Shutdown();
    return 1;
  }
  health->SetServingStatus(true);
  spdlog::info("serving gRPC on {}:{}, metrics on {}:{}", options_.host, bound_port,
               options_.metrics_host, options_.metrics_port);
  std::unique_ptr<HealthWatch> storage_watch;
  if (storage_probe_) {
    auto& up = prometheus::BuildGauge()
                   .Name("veilig_storage_up")
                   .Help("1 while the service's storage passes its probe, 0 while it fails")
                   .Register(metrics_registry())
                   .Add({});
    storage_watch = std::make_unique<HealthWatch>(
        health, storage_probe_, std::chrono::milliseconds(options_.health_check_interval_ms), &up);
  }

  const int signal_number = WaitForTerminationSignal();
  storage_watch.reset();
  spdlog::info("signal {} received: draining for up to {}s", signal_number,
               options_.grace_period_seconds);
  // Probes see NOT_SERVING at once, so no new traffic is routed here while
  // in-flight calls finish.
  health->Shutdown();
  std::this_thread::sleep_for(std::chrono::milliseconds(options_.drain_delay_ms));
  for (const auto& hook : shutdown_hooks_) hook();
  server->Shutdown(std::chrono::system_clock::now() +
                   std::chrono::seconds(options_.grace_period_seconds));
  server->Wait();
  spdlog::info("stopped");
  return 0;
}

}  // namespace veilig::server
