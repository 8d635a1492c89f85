// Test support: a fresh, empty database on each backend the storage tests
// run against. SQLite always; PostgreSQL when VEILIG_TEST_POSTGRES_URL names
// a server (scripts/test starts one), each test in a schema of its own that
// is dropped afterwards. A test may skip only PostgreSQL, only when no server
// is named, and never where VEILIG_TEST_REQUIRE_POSTGRES is set (as
// scripts/test sets it): a skipped test would count as passed.
#pragma once

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "common/storage/database.h"

namespace veilig::storage::testing {

inline const char* PostgresUrl() { return std::getenv("VEILIG_TEST_POSTGRES_URL"); }

class TestDatabase {
 public:
  // `backend` is "sqlite" or "postgresql".
  explicit TestDatabase(const std::string& backend) : backend_(backend) {
    static std::atomic<int> counter{0};
    name_ = "veilig_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
    if (backend == "sqlite") {
      path_ = std::filesystem::temp_directory_path() / (name_ + ".db");
      auto db = OpenDatabase("sqlite:" + path_.string());
      if (db.ok()) db_ = std::move(*db);
      status_ = db.status();
    } else if (PostgresUrl() != nullptr) {
      auto db = OpenDatabase(PostgresUrl(), name_);
      if (db.ok()) db_ = std::move(*db);
      status_ = db.status();
    } else {
      status_ = absl::FailedPreconditionError(
          "VEILIG_TEST_POSTGRES_URL is not set; scripts/test starts a PostgreSQL server");
    }
  }

  ~TestDatabase() {
    if (db_ && backend_ == "postgresql") {
      db_->Write(
             [this](Connection& c) { return c.ExecuteScript("DROP SCHEMA " + name_ + " CASCADE"); })
          .IgnoreError();
    }
    db_.reset();
    if (!path_.empty()) {
      for (const char* suffix : {"", "-wal", "-shm"}) {
        std::filesystem::remove(path_.string() + suffix);
      }
    }
  }

  // Why the database could not be opened (for the test to report or skip).
  const absl::Status& status() const { return status_; }
  bool available() const { return db_ != nullptr; }
  // Whether a test may skip for want of this database.
  bool skippable() const {
    return backend_ == "postgresql" && PostgresUrl() == nullptr &&
           std::getenv("VEILIG_TEST_REQUIRE_POSTGRES") == nullptr;
  }
  Database& db() { return *db_; }

 private:
  std::string backend_, name_;
  std::filesystem::path path_;
  std::unique_ptr<Database> db_;
  absl::Status status_;
};

// gtest parameter values for tests that run on every backend.
inline std::vector<std::string> Backends() { return {"sqlite", "postgresql"}; }

}  // namespace veilig::storage::testing

// For a fixture's SetUp: fails when the database did not open, unless the
// test may skip (see skippable()); a macro because GTEST_SKIP must be
// expanded in SetUp itself to end it.
#define VEILIG_REQUIRE_TEST_DATABASE(test_db)                         \
  do {                                                                \
    if (!(test_db).available()) {                                     \
      ASSERT_TRUE((test_db).skippable())                              \
          << "cannot open the test database: " << (test_db).status(); \
      GTEST_SKIP() << (test_db).status();                             \
    }                                                                 \
  } while (0)
