// Hostile requests over gRPC and HTTP: bytes that are not the message they
// claim to be, nesting beyond any limit, invalid UTF-8, unknown enum values,
// absurd page sizes and parameters. Each gets a clear error and the servers
// keep serving.
#include <grpcpp/generic/generic_stub.h>
#include <gtest/gtest.h>
#include <httplib.h>

#include <future>
#include <limits>
#include <string>

#include "tests/support/call_context.h"
#include "tests/support/imported_suite.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"

namespace veilig::testing {
namespace {

namespace tv1 = theme::v1;

constexpr char kSectionMethod[] = "/veilig.theme.v1.ThemeService/GetThemeSection";

class HostileRequestTest : public ImportedSuiteFixture {
 protected:
  // Sends `bytes` as the request of `method` to a theme service.
  static grpc::Status CallWithBytes(const std::string& method, const std::string& bytes) {
    grpc::GenericStub stub(suite_->Channel("veilige-wijken"));
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
    grpc::Slice slice(bytes);
    grpc::ByteBuffer request(&slice, 1);
    grpc::ByteBuffer response;
    std::promise<grpc::Status> done;
    stub.UnaryCall(&context, method, grpc::StubOptions(), &request, &response,
                   [&done](grpc::Status status) { done.set_value(std::move(status)); });
    return done.get_future().get();
  }

  static void ExpectUndecodable(const std::string& what, const std::string& bytes) {
    const grpc::Status status = CallWithBytes(kSectionMethod, bytes);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << what;
    EXPECT_NE(status.error_message().find("not a valid message for " + std::string(kSectionMethod)),
              std::string::npos)
        << what << ": " << status.error_message();
  }

  static httplib::Client Http() {
    httplib::Client client("127.0.0.1", suite_->endpoint("gateway").http_port);
    client.set_read_timeout(10);
    client.set_bearer_token_auth(suite_->admin_token());
    return client;
  }
};

TEST_F(HostileRequestTest, UndecodableGrpcRequestsGetInvalidArgumentAndHarmNothing) {
  tv1::GetThemeSectionRequest valid;
  valid.set_municipality("GM0034");
  valid.set_period("2019H1");
  const std::string bytes = valid.SerializeAsString();
  ASSERT_TRUE(CallWithBytes(kSectionMethod, bytes).ok());

  ExpectUndecodable("truncated", bytes.substr(0, bytes.size() - 3));
  // Field 1 (municipality, a string) sent as a number: protobuf keeps it
  // aside as an unknown field, so the request arrives without a municipality.
  const grpc::Status wrong_type = CallWithBytes(kSectionMethod, std::string("\x08\x01", 2));
  EXPECT_EQ(wrong_type.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(wrong_type.error_message().find("municipality: is required"), std::string::npos)
      << wrong_type.error_message();
  // Field 1 with bytes that are not UTF-8.
  ExpectUndecodable("invalid UTF-8", std::string("\x0a\x02\xc3\x28", 4));
  // An unknown field of groups nested 5,000 deep, beyond protobuf's limit.
  ExpectUndecodable("deep nesting", std::string(5000, '\x7b') + std::string(5000, '\x7c'));
  ExpectUndecodable("noise", std::string(64, '\xff'));

  // Unharmed: the valid request still works, health says so.
  EXPECT_TRUE(CallWithBytes(kSectionMethod, bytes).ok());
  EXPECT_TRUE(suite_->IsServing("veilige-wijken"));
}

TEST_F(HostileRequestTest, UnknownEnumValuesAreRefusedNamingTheField) {
  auto stub = tv1::ThemeService::NewStub(suite_->Channel("veilige-wijken"));
  tv1::UpsertThemeDataRequest request;
  auto* area = request.add_areas();
  area->set_code("GM0034");
  area->set_name("Almere");
  area->set_kind(static_cast<common::v1::AreaKind>(4711));
  grpc::ClientContext context;
  SetTestDeadline(context);
  tv1::UpsertThemeDataResponse response;
  const grpc::Status status = stub->UpsertThemeData(&context, request, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(status.error_message().find("areas[0].kind"), std::string::npos)
      << status.error_message();
}

TEST_F(HostileRequestTest, PageSizesAreCappedOrRefused) {
  auto stub = tv1::ThemeService::NewStub(suite_->Channel("veilige-wijken"));
  {
    grpc::ClientContext context;
    SetTestDeadline(context);
    tv1::ListAreasRequest request;
    request.set_page_size(std::numeric_limits<int32_t>::max());
    tv1::ListAreasResponse response;
    ASSERT_TRUE(stub->ListAreas(&context, request, &response).ok());
    EXPECT_LE(response.areas_size(), 1000);
  }
  grpc::ClientContext context;
  SetTestDeadline(context);
  tv1::ListAreasRequest request;
  request.set_page_size(-1);
  tv1::ListAreasResponse response;
  const grpc::Status status = stub->ListAreas(&context, request, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(status.error_message().find("page_size"), std::string::npos) << status.error_message();
}

TEST_F(HostileRequestTest, HostileHttpRequestsGetProblemDetails) {
  auto client = Http();
  struct Case {
    std::string path;
    int status;
  };
  const std::vector<Case> cases = {
      {"/api/v1/reports/GM%C3%28/2019H1", 400},                             // invalid UTF-8
      {"/api/v1/reports/GM%000034/2019H1", 400},                            // NUL
      {"/api/v1/reports/GM0034/2019H1?version=99999999999999999999", 400},  // overflow
      {"/api/v1/reports/GM0034/2019H1?version=-1", 400},
      {"/api/v1/reports/GM0034/2019H1/differences?fromVersion=1e9", 400},
      {"/api/v1/reports/" + std::string(2000, 'G') + "/2019H1", 400},  // long
  };
  for (const Case& c : cases) {
    auto res = client.Get(c.path);
    ASSERT_TRUE(res) << c.path;
    EXPECT_EQ(res->status, c.status) << c.path << ": " << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/problem+json") << c.path;
    EXPECT_NE(res->body.find(R"("status":)"), std::string::npos) << c.path;
  }
  // A request line beyond what the server reads at all.
  auto res = client.Get("/api/v1/reports/" + std::string(100000, 'G') + "/2019H1");
  ASSERT_TRUE(res);
  EXPECT_GE(res->status, 400);
  EXPECT_LT(res->status, 500);

  res = client.Get("/api/v1/reports/GM0034/2019H1");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
}

}  // namespace
}  // namespace veilig::testing
