// Storage failing under a running theme service: a full disk, a lock held
// by another process, PostgreSQL refusing the service for a while. Each
// time the caller gets a clear error, the log says it, health turns
// NOT_SERVING while the store cannot be written, nothing is half-written,
// and the service recovers without a restart.
#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <sys/mount.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <random>
#include <thread>

#include "absl/status/statusor.h"
#include "tests/support/suite.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"

namespace veilig::testing {
namespace {

using namespace std::chrono_literals;
namespace tv1 = theme::v1;

constexpr char kService[] = "ondermijning";

bool WaitFor(const std::function<bool()>& condition, std::chrono::seconds timeout) {
  const auto until = std::chrono::steady_clock::now() + timeout;
  while (!condition()) {
    if (std::chrono::steady_clock::now() > until) return false;
    std::this_thread::sleep_for(100ms);
  }
  return true;
}

grpc::Status AddArea(Suite& suite, const std::string& code, const std::string& name) {
  auto stub = tv1::ThemeService::NewStub(suite.Channel(kService));
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + 30s);
  tv1::UpsertThemeDataRequest request;
  auto* area = request.add_areas();
  area->set_code(code);
  area->set_name(name);
  area->set_kind(common::v1::AREA_KIND_MUNICIPALITY);
  tv1::UpsertThemeDataResponse response;
  return stub->UpsertThemeData(&context, request, &response);
}

// The area codes the service holds, or the error that kept it from saying.
absl::StatusOr<std::vector<std::string>> AreaCodes(Suite& suite) {
  auto stub = tv1::ThemeService::NewStub(suite.Channel(kService));
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + 10s);
  tv1::ListAreasRequest request;
  tv1::ListAreasResponse response;
  grpc::Status status = stub->ListAreas(&context, request, &response);
  if (!status.ok()) return absl::UnavailableError(status.error_message());
  std::vector<std::string> codes;
  for (const auto& area : response.areas()) codes.push_back(area.code());
  return codes;
}

bool LogSays(Suite& suite, const std::string& text) {
  return suite.process(kService).Output().find(text) != std::string::npos;
}

// A small tmpfs, so that the disk can be filled; unmounted after the suite
// using it is gone (declare it first).
class SmallDisk {
 public:
  explicit SmallDisk(std::filesystem::path path) : path_(std::move(path)) {
    std::filesystem::create_directories(path_);
    mounted_ = mount("tmpfs", path_.c_str(), "tmpfs", 0, "size=4m") == 0;
    if (!mounted_) error_ = std::strerror(errno);
  }
  ~SmallDisk() {
    if (mounted_) umount2(path_.c_str(), MNT_DETACH);
  }
  bool mounted() const { return mounted_; }
  const std::string& error() const { return error_; }
  const std::filesystem::path& path() const { return path_; }

  // Writes zeros to `name` until no byte more fits.
  void Fill(const std::string& name) const {
    std::ofstream out(path_ / name, std::ios::binary);
    const std::string block(size_t{64} * 1024, '\0');
    while (out.write(block.data(), static_cast<std::streamsize>(block.size()))) {
    }
  }

 private:
  std::filesystem::path path_;
  bool mounted_ = false;
  std::string error_;
};

TEST(StorageFaultTest, AFullDiskRefusesWritesClearlyAndRecoversWhenSpaceIsFreed) {
  SmallDisk disk(std::filesystem::temp_directory_path() /
                 ("veilig-full-disk-" + std::to_string(getpid())));
  if (!disk.mounted()) GTEST_SKIP() << "mounting a tmpfs needs root: " << disk.error();
  Suite suite({"--drain-delay-ms=0", "--health-check-interval-ms=200"});
  suite.AddServerArgs(kService,
                      {"--database=sqlite:" + (disk.path() / "ondermijning.db").string()});
  suite.Start(kService);
  ASSERT_TRUE(suite.WaitUntilServing());
  ASSERT_TRUE(AddArea(suite, "GM0034", "Almere").ok());

  disk.Fill("filler");
  const grpc::Status refused = AddArea(suite, "GM0363", "Amsterdam");
  EXPECT_EQ(refused.error_code(), grpc::StatusCode::UNAVAILABLE);
  EXPECT_NE(refused.error_message().find("disk is full"), std::string::npos)
      << refused.error_message();
  EXPECT_TRUE(WaitFor([&] { return !suite.IsServing(kService); }, 15s));
  EXPECT_TRUE(LogSays(suite, "storage is unusable"));
  // Reads go on, and the refused write left nothing behind.
  auto codes = AreaCodes(suite);
  ASSERT_TRUE(codes.ok()) << codes.status();
  EXPECT_EQ(*codes, std::vector<std::string>{"GM0034"});

  std::filesystem::remove(disk.path() / "filler");
  EXPECT_TRUE(WaitFor([&] { return suite.IsServing(kService); }, 15s));
  EXPECT_TRUE(LogSays(suite, "storage is usable again"));
  ASSERT_TRUE(AddArea(suite, "GM0363", "Amsterdam").ok());
  codes = AreaCodes(suite);
  ASSERT_TRUE(codes.ok()) << codes.status();
  EXPECT_EQ(*codes, (std::vector<std::string>{"GM0034", "GM0363"}));
  EXPECT_TRUE(suite.process(kService).running());
}

TEST(StorageFaultTest, ASqliteLockHeldElsewhereTurnsHealthNotServingUntilReleased) {
  Suite suite({"--drain-delay-ms=0", "--health-check-interval-ms=200"});
  suite.Start(kService);
  ASSERT_TRUE(suite.WaitUntilServing());
  ASSERT_TRUE(AddArea(suite, "GM0034", "Almere").ok());

  // Another process (a careless backup, an operator's sqlite3 shell) takes
  // the write lock and keeps it.
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open((suite.directory() / "ondermijning.db").c_str(), &other), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);

  const grpc::Status refused = AddArea(suite, "GM0363", "Amsterdam");
  EXPECT_EQ(refused.error_code(), grpc::StatusCode::UNAVAILABLE);
  EXPECT_NE(refused.error_message().find("database is locked"), std::string::npos)
      << refused.error_message();
  EXPECT_TRUE(WaitFor([&] { return !suite.IsServing(kService); }, 20s));
  EXPECT_TRUE(LogSays(suite, "storage is unusable"));
  EXPECT_TRUE(LogSays(suite, "database is locked"));
  // Readers are not blocked by a writer's lock (write-ahead log).
  auto codes = AreaCodes(suite);
  ASSERT_TRUE(codes.ok()) << codes.status();
  EXPECT_EQ(*codes, std::vector<std::string>{"GM0034"});

  sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  EXPECT_TRUE(WaitFor([&] { return suite.IsServing(kService); }, 20s));
  EXPECT_TRUE(AddArea(suite, "GM0363", "Amsterdam").ok());
}

// Runs SQL as the test database's owner.
void AsOwner(const std::string& url, const std::string& sql) {
  PGconn* conn = PQconnectdb(url.c_str());
  ASSERT_EQ(PQstatus(conn), CONNECTION_OK) << PQerrorMessage(conn);
  PGresult* result = PQexec(conn, sql.c_str());
  const auto status = PQresultStatus(result);
  EXPECT_TRUE(status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
      << sql << ": " << PQresultErrorMessage(result);
  PQclear(result);
  PQfinish(conn);
}

TEST(StorageFaultTest, PostgresGoingAwayAndComingBackNeedsNoRestart) {
  const char* owner_url = std::getenv("VEILIG_TEST_POSTGRES_URL");
  if (owner_url == nullptr) {
    ASSERT_EQ(std::getenv("VEILIG_TEST_REQUIRE_POSTGRES"), nullptr)
        << "VEILIG_TEST_POSTGRES_URL is not set";
    GTEST_SKIP() << "VEILIG_TEST_POSTGRES_URL is not set";
  }
  // The service logs in as a role of its own, which the test can lock out
  // and let in again: to the service that is PostgreSQL going away (its
  // sessions end, new ones are refused) and coming back.
  const std::string role = "veilig_outage_" + std::to_string(std::random_device{}() % 1000000);
  const std::string url = owner_url;
  const std::string service_url = "postgresql://" + role + url.substr(url.find('@'));
  AsOwner(url, "CREATE ROLE " + role + " LOGIN; GRANT CREATE ON DATABASE veilig_test TO " + role);
  {
    Suite suite({"--drain-delay-ms=0", "--health-check-interval-ms=200"});
    suite.UsePostgres(service_url);
    suite.Start(kService);
    ASSERT_TRUE(suite.WaitUntilServing());
    ASSERT_TRUE(AddArea(suite, "GM0034", "Almere").ok());

    AsOwner(url, "ALTER ROLE " + role +
                     " NOLOGIN; SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                     " WHERE usename = '" +
                     role + "'");
    auto codes = AreaCodes(suite);
    ASSERT_FALSE(codes.ok());
    EXPECT_NE(codes.status().message().find("storage:"), std::string::npos) << codes.status();
    EXPECT_TRUE(WaitFor([&] { return !suite.IsServing(kService); }, 20s));
    EXPECT_TRUE(LogSays(suite, "storage is unusable"));

    AsOwner(url, "ALTER ROLE " + role + " LOGIN");
    EXPECT_TRUE(WaitFor([&] { return suite.IsServing(kService); }, 20s));
    EXPECT_TRUE(LogSays(suite, "storage is usable again"));
    codes = AreaCodes(suite);
    ASSERT_TRUE(codes.ok()) << codes.status();
    EXPECT_EQ(*codes, std::vector<std::string>{"GM0034"});
    EXPECT_TRUE(suite.process(kService).running());
  }
  AsOwner(url, "DROP OWNED BY " + role + "; DROP ROLE " + role);
}

}  // namespace
}  // namespace veilig::testing
