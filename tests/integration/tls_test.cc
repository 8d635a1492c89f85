// TLS on every gRPC port and on the gateway's HTTP API, mutual TLS between
// the gateway and the theme services: with certificates from a throwaway CA,
// everything works; without a client certificate, with one from another CA,
// or in plaintext, a theme service lets nobody in.
#include <gtest/gtest.h>
#include <httplib.h>

#include <fstream>

#include "common/domain/resource_name.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "tests/support/call_context.h"
#include "tests/support/suite.h"
#include "veilig/report/v1/report_service.grpc.pb.h"

namespace veilig::testing {
namespace {

std::string Read(const std::string& path) {
  std::ifstream in(path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

grpc::StatusCode HealthCheck(const std::string& target,
                             std::shared_ptr<grpc::ChannelCredentials> credentials) {
  auto stub = grpc::health::v1::Health::NewStub(grpc::CreateChannel(target, credentials));
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(3));
  grpc::health::v1::HealthCheckRequest request;
  grpc::health::v1::HealthCheckResponse response;
  return stub->Check(&context, request, &response).error_code();
}

class TlsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(pki_.ok()) << pki_.output();
    suite_.UseTls(pki_);
    suite_.StartAll();
    ASSERT_TRUE(suite_.WaitUntilServing());
  }

  grpc::SslCredentialsOptions ClientTls(const std::string& cert, const std::string& key) {
    grpc::SslCredentialsOptions tls;
    tls.pem_root_certs = Read(pki_.ca_cert());
    if (!cert.empty()) {
      tls.pem_cert_chain = Read(cert);
      tls.pem_private_key = Read(key);
    }
    return tls;
  }

  Suite suite_;
  TestPki pki_{suite_.directory() / "pki"};
};

TEST_F(TlsTest, TheWholeSuiteWorksOverMutualTls) {
  auto imported = suite_.Ctl({"import", VEILIG_DATA_DIR});
  ASSERT_EQ(imported.exit_code, 0) << imported.output;
  auto stub = report::v1::ReportService::NewStub(suite_.Channel("gateway"));
  grpc::ClientContext context;
  SetTestDeadline(context);
  report::v1::GetProgressReportRequest request;
  request.set_name(ReportResourceName("GM0034", "2019H1"));
  report::v1::ProgressReport report;
  ASSERT_TRUE(stub->GetProgressReport(&context, request, &report).ok());
  EXPECT_TRUE(report.unreachable().empty());  // the gateway got through to all four
  EXPECT_EQ(report.sections_size(), 4);
}

TEST_F(TlsTest, AThemeServiceRefusesClientsWithoutAValidCertificate) {
  const std::string target = suite_.endpoint("ondermijning").target();
  EXPECT_EQ(
      HealthCheck(target, grpc::SslCredentials(ClientTls(pki_.client_cert(), pki_.client_key()))),
      grpc::StatusCode::OK);
  EXPECT_EQ(HealthCheck(target, grpc::SslCredentials(ClientTls("", ""))),
            grpc::StatusCode::UNAVAILABLE);
  EXPECT_EQ(
      HealthCheck(target, grpc::SslCredentials(ClientTls(pki_.rogue_cert(), pki_.rogue_key()))),
      grpc::StatusCode::UNAVAILABLE);
  EXPECT_EQ(HealthCheck(target, grpc::InsecureChannelCredentials()), grpc::StatusCode::UNAVAILABLE);
}

TEST_F(TlsTest, TheGatewaysHttpApiIsServedOverHttpsOnly) {
  const int port = suite_.endpoint("gateway").http_port;
  httplib::SSLClient https("127.0.0.1", port);
  https.set_ca_cert_path(pki_.ca_cert().c_str());
  https.enable_server_certificate_verification(true);
  https.set_bearer_token_auth(suite_.admin_token());
  auto res = https.Get("/api/v1/reports");
  ASSERT_TRUE(res) << httplib::to_string(res.error());
  EXPECT_EQ(res->status, 200);

  httplib::Client plain("127.0.0.1", port);
  plain.set_read_timeout(3);
  auto refused = plain.Get("/api/v1/reports");
  EXPECT_TRUE(!refused || refused->status != 200);
}

}  // namespace
}  // namespace veilig::testing
