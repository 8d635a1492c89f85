// The storage interface's contract, on every backend (SQLite and PostgreSQL).
#include "common/storage/database.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "absl/strings/match.h"
#include "common/domain/strings.h"
#include "common/storage/testing/test_database.h"

namespace veilig::storage {
namespace {

// Every row of a query, for a test to look at afterwards.
absl::StatusOr<std::vector<Row>> QueryRows(Connection& c, std::string_view sql,
                                           std::span<const Value> params = {}) {
  std::vector<Row> rows;
  absl::Status status = c.Query(sql, params, [&rows](const Row& row) {
    rows.push_back(row);
    return absl::OkStatus();
  });
  if (!status.ok()) return status;
  return rows;
}

class DatabaseTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    VEILIG_REQUIRE_TEST_DATABASE(test_db_);
    db_ = &test_db_.db();
    ASSERT_TRUE(db_->Migrate(kMigrations).ok());
  }

  int64_t CountRows() {
    int64_t n = -1;
    EXPECT_TRUE(db_->Read([&n](Connection& c) {
                     return c.Query("SELECT COUNT(*) FROM items", {}, [&n](const Row& row) {
                       n = row.Int(0);
                       return absl::OkStatus();
                     });
                   })
                    .ok());
    return n;
  }

  const std::vector<Migration> kMigrations = {
      {1, "items", "CREATE TABLE items (id TEXT PRIMARY KEY, n BIGINT, x DOUBLE PRECISION)"},
      {2, "index", "CREATE INDEX items_by_n ON items (n)"}};
  testing::TestDatabase test_db_{GetParam()};
  Database* db_ = nullptr;
};

INSTANTIATE_TEST_SUITE_P(Backends, DatabaseTest, ::testing::ValuesIn(testing::Backends()),
                         [](const auto& info) { return info.param; });

TEST_P(DatabaseTest, MigrationsRunOnceAndAreRecorded) {
  ASSERT_TRUE(db_->Migrate(kMigrations).ok());  // second run: nothing to do
  std::vector<Row> rows;
  ASSERT_TRUE(db_->Read([&rows](Connection& c) {
                   auto result =
                       QueryRows(c, "SELECT version, name FROM schema_migrations ORDER BY version");
                   if (result.ok()) rows = *result;
                   return result.status();
                 })
                  .ok());
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].Int(0), 2);
  EXPECT_EQ(rows[1].Text(1), "index");
}

TEST_P(DatabaseTest, AFailedMigrationNamesItselfAndLeavesNoRecord) {
  auto status = db_->Migrate({{3, "broken", "CREATE TABLE nonsense ("}});
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.message().find("migration 3 (broken)"), std::string::npos);
  ASSERT_TRUE(db_->Read([](Connection& c) {
                   auto rows = QueryRows(c, "SELECT 1 FROM schema_migrations WHERE version = 3");
                   if (!rows.ok()) return rows.status();
                   return rows->empty() ? absl::OkStatus() : absl::InternalError("recorded");
                 })
                  .ok());
}

TEST_P(DatabaseTest, AMigrationNumberRecordedUnderAnotherNameStopsTheStart) {
  auto status = db_->Migrate({{1, "items", kMigrations[0].sql}, {2, "something else", "SELECT 1"}});
  EXPECT_EQ(status.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(status.message().find("migration 2 is recorded as 'index' but this build names it "
                                  "'something else'"),
            std::string::npos)
      << status.message();
}

TEST_P(DatabaseTest, ANullOrAWrongTypeFailsTheQueryInsteadOfReadingAsZero) {
  ASSERT_TRUE(db_->Write([](Connection& c) {
                   return c.Execute("INSERT INTO items (id, n, x) VALUES ('a', NULL, 2.5)");
                 })
                  .ok());
  const auto read = [this](const char* sql, const std::function<void(const Row&)>& use) {
    return db_->Read([&](Connection& c) {
      return c.Query(sql, {}, [&use](const Row& row) {
        use(row);
        return absl::OkStatus();
      });
    });
  };
  absl::Status status = read("SELECT n FROM items", [](const Row& row) { (void)row.Int(0); });
  EXPECT_EQ(status.code(), absl::StatusCode::kDataLoss);
  EXPECT_NE(status.message().find("column 1 holds NULL where an integer was expected"),
            std::string::npos)
      << status.message();
  EXPECT_NE(status.message().find("SELECT n FROM items"), std::string::npos);
  status = read("SELECT id FROM items", [](const Row& row) { (void)row.Int(0); });
  EXPECT_NE(status.message().find("holds text where an integer was expected"), std::string::npos)
      << status.message();
  status = read("SELECT x FROM items", [](const Row& row) { (void)row.Int(0); });
  EXPECT_NE(status.message().find("holds a fraction"), std::string::npos) << status.message();
  status = read("SELECT x FROM items", [](const Row& row) { (void)row.Text(0); });
  EXPECT_NE(status.message().find("holds a number where text was expected"), std::string::npos)
      << status.message();
  // Reading what is there, and a NULL as absent, is fine.
  EXPECT_TRUE(read("SELECT n, x FROM items", [](const Row& row) {
                EXPECT_FALSE(row.OptionalInt(0).has_value());
                EXPECT_EQ(row.Double(1), 2.5);
              }).ok());
}

TEST_P(DatabaseTest, PlaceholdersBindByNumberInAnyOrderWithNulls) {
  ASSERT_TRUE(db_->Write([](Connection& c) {
                   return c.Execute("INSERT INTO items (x, id, n) VALUES ($3, $1, $2)",
                                    std::vector<Value>{std::string("a"), std::monostate{}, 2.5});
                 })
                  .ok());
  ASSERT_TRUE(db_->Read([](Connection& c) -> absl::Status {
                   auto rows = QueryRows(c, "SELECT id, n, x FROM items WHERE id = $1",
                                         std::vector<Value>{std::string("a")});
                   if (!rows.ok()) return rows.status();
                   EXPECT_EQ(rows->size(), 1u);
                   EXPECT_EQ(rows->at(0).Text(0), "a");
                   EXPECT_FALSE(rows->at(0).OptionalInt(1).has_value());
                   EXPECT_DOUBLE_EQ(rows->at(0).Double(2), 2.5);
                   return absl::OkStatus();
                 })
                  .ok());
}

TEST_P(DatabaseTest, ARejectedWriteLeavesNothingBehind) {
  auto status = db_->Write([](Connection& c) -> absl::Status {
    for (int i = 0; i < 10; ++i) {
      auto s = c.Execute("INSERT INTO items (id, n) VALUES ($1, $2)",
                         std::vector<Value>{std::to_string(i), int64_t{i}});
      if (!s.ok()) return s;
    }
    return absl::InvalidArgumentError("rejected after ten rows");
  });
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(CountRows(), 0);
}

TEST_P(DatabaseTest, AConstraintViolationRollsBackTheWholeTransaction) {
  auto status = db_->Write([](Connection& c) -> absl::Status {
    auto s = c.Execute("INSERT INTO items (id) VALUES ('dup')");
    if (!s.ok()) return s;
    return c.Execute("INSERT INTO items (id) VALUES ('dup')");
  });
  EXPECT_FALSE(status.ok());
  EXPECT_EQ(CountRows(), 0);
}

TEST_P(DatabaseTest, StringsAreStoredVerbatim) {
  const std::string hostile = "'); DROP TABLE items; -- <script>alert(1)</script> \xE2\x82\xAC";
  ASSERT_TRUE(db_->Write([&](Connection& c) {
                   return c.Execute("INSERT INTO items (id) VALUES ($1)",
                                    std::vector<Value>{hostile});
                 })
                  .ok());
  ASSERT_TRUE(db_->Read([&](Connection& c) -> absl::Status {
                   auto rows = QueryRows(c, "SELECT id FROM items");
                   if (!rows.ok()) return rows.status();
                   EXPECT_EQ(rows->at(0).Text(0), hostile);
                   return absl::OkStatus();
                 })
                  .ok());
}

TEST_P(DatabaseTest, ASyntaxErrorIsReportedNotThrown) {
  auto status = db_->Read([](Connection& c) { return c.Execute("SELEC 1"); });
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("prepare"), std::string::npos);
}

TEST_P(DatabaseTest, NumbersKeepTheirPrecision) {
  const double rate = 4.3103448275862064;
  const int64_t big = 9007199254740993;  // not representable as a double
  ASSERT_TRUE(db_->Write([&](Connection& c) {
                   return c.Execute("INSERT INTO items (id, n, x) VALUES ('p', $1, $2)",
                                    std::vector<Value>{big, rate});
                 })
                  .ok());
  ASSERT_TRUE(db_->Read([&](Connection& c) -> absl::Status {
                   auto rows = QueryRows(c, "SELECT n, x, COUNT(*) FROM items GROUP BY n, x");
                   if (!rows.ok()) return rows.status();
                   EXPECT_EQ(rows->at(0).Int(0), big);
                   EXPECT_EQ(rows->at(0).Double(1), rate);
                   EXPECT_EQ(rows->at(0).Int(2), 1);
                   return absl::OkStatus();
                 })
                  .ok());
}

TEST_P(DatabaseTest, UpsertRowsInsertsUpdatesAndKeepsTheLastRowOfARepeatedKey) {
  const UpsertTarget target{"items", {"id", "n", "x"}, 1};
  // Enough rows for PostgreSQL's COPY path, with the characters COPY escapes.
  std::vector<std::vector<Value>> rows;
  rows.reserve(101);
  for (int i = 0; i < 100; ++i) rows.push_back({StrCat("row", i), int64_t{i}, Value()});
  rows.push_back({std::string("tab\there\nnew line \\N back\\slash"), int64_t{-1}, 0.25});
  rows.push_back({std::string("row7"), int64_t{700}, 7.5});  // the same key again: last wins
  ASSERT_TRUE(db_->Write([&](Connection& c) { return c.UpsertRows(target, rows); }).ok());
  EXPECT_EQ(CountRows(), 101);
  // Again, in one transaction with a second batch: an update, not a duplicate.
  std::vector<std::vector<Value>> update = {{std::string("row1"), int64_t{1000}, 1.5}};
  ASSERT_TRUE(db_->Write([&](Connection& c) -> absl::Status {
                   if (auto s = c.UpsertRows(target, rows); !s.ok()) return s;
                   return c.UpsertRows(target, update);
                 })
                  .ok());
  EXPECT_EQ(CountRows(), 101);
  ASSERT_TRUE(db_->Read([&](Connection& c) -> absl::Status {
                   auto all =
                       QueryRows(c,
                                 "SELECT id, n, x FROM items WHERE id IN ('row1', 'row7', 'row8') "
                                 "OR n = -1 ORDER BY n");
                   if (!all.ok()) return all.status();
                   EXPECT_EQ(all->size(), 4u);
                   EXPECT_EQ(all->at(0).Text(0), "tab\there\nnew line \\N back\\slash");
                   EXPECT_EQ(all->at(0).Double(2), 0.25);
                   EXPECT_EQ(all->at(1).Text(0), "row8");
                   EXPECT_TRUE(all->at(1).IsNull(2));  // NULL stays NULL
                   EXPECT_EQ(all->at(2).Int(1), 700);
                   EXPECT_EQ(all->at(3).Int(1), 1000);
                   return absl::OkStatus();
                 })
                  .ok());
}

TEST_P(DatabaseTest, UpsertRowsIsRolledBackWithItsTransaction) {
  const UpsertTarget target{"items", {"id", "n", "x"}, 1};
  std::vector<std::vector<Value>> rows;
  rows.reserve(50);
  for (int i = 0; i < 50; ++i) rows.push_back({StrCat("row", i), int64_t{i}, 1.0});
  auto status = db_->Write([&](Connection& c) -> absl::Status {
    if (auto s = c.UpsertRows(target, rows); !s.ok()) return s;
    return absl::InvalidArgumentError("rejected after the rows were written");
  });
  EXPECT_FALSE(status.ok());
  EXPECT_EQ(CountRows(), 0);
}

TEST(UpsertStatementTest, UpdatesEveryColumnOutsideTheKey) {
  EXPECT_EQ(UpsertStatement({"t", {"a", "b", "c"}, 2}),
            "INSERT INTO t (a, b, c) VALUES ($1, $2, $3) ON CONFLICT (a, b) DO UPDATE SET "
            "c = excluded.c");
  EXPECT_EQ(UpsertStatement({"t", {"a"}, 1}, "SELECT a FROM s"),
            "INSERT INTO t (a) SELECT a FROM s ON CONFLICT (a) DO NOTHING");
}

TEST_P(DatabaseTest, TheHealthProbeCommitsOneRowOfItsOwn) {
  ASSERT_TRUE(db_->Probe().ok());
  ASSERT_TRUE(db_->Probe().ok());
  auto rows = std::vector<Row>();
  ASSERT_TRUE(db_->Read([&rows](Connection& c) {
                   auto all = QueryRows(c, "SELECT prober FROM storage_probe");
                   if (!all.ok()) return all.status();
                   rows = *all;
                   return absl::OkStatus();
                 })
                  .ok());
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_FALSE(rows[0].Text(0).empty());
}

TEST_P(DatabaseTest, AnIdleProbeWritesOncePerIntervalAndOnlyReadsInBetween) {
  const auto start = std::chrono::steady_clock::now();
  ASSERT_TRUE(db_->ProbeAt(start).ok());
  const auto probe_rows = [this] {
    int64_t n = -1;
    EXPECT_TRUE(db_->Read([&n](Connection& c) {
                     auto count = c.QueryInt("SELECT COUNT(*) FROM storage_probe");
                     if (count.ok()) n = count->value_or(-1);
                     return count.status();
                   })
                    .ok());
    return n;
  };
  ASSERT_EQ(probe_rows(), 1);
  // Remove the row: a probe that wrote would put it back.
  ASSERT_TRUE(
      db_->Write([](Connection& c) { return c.Execute("DELETE FROM storage_probe"); }).ok());
  ASSERT_TRUE(db_->ProbeAt(start + std::chrono::seconds(2)).ok());
  EXPECT_EQ(probe_rows(), 0) << "a probe within the interval wrote";
  ASSERT_TRUE(db_->ProbeAt(start + Database::kWriteProbeInterval).ok());
  EXPECT_EQ(probe_rows(), 1) << "the probe after the interval did not write";
  // A request the body refused leaves the probes alone; a store failure
  // makes every probe write for a while.
  const auto clear = [this] {
    return db_->Write([](Connection& c) { return c.Execute("DELETE FROM storage_probe"); });
  };
  ASSERT_TRUE(clear().ok());
  EXPECT_FALSE(db_->Write([](Connection&) { return absl::InvalidArgumentError("bad row"); }).ok());
  ASSERT_TRUE(db_->ProbeAt(start + Database::kWriteProbeInterval + std::chrono::seconds(1)).ok());
  EXPECT_EQ(probe_rows(), 0) << "a refused request made the probe write";
  EXPECT_FALSE(db_->Write([](Connection&) { return absl::UnavailableError("disk is full"); }).ok());
  for (int i = 0; i < 2; ++i) {
    ASSERT_TRUE(clear().ok());
    ASSERT_TRUE(db_->ProbeAt(std::chrono::steady_clock::now()).ok());
    EXPECT_EQ(probe_rows(), 1) << "probe " << i << " after a store failure did not write";
  }
}

TEST(SqliteFaultTest, ACorruptFileIsDataLossNotAnInternalError) {
  const std::string path =
      (std::filesystem::temp_directory_path() / StrCat("veilig-corrupt-", getpid(), ".db"))
          .string();
  {
    auto db = OpenDatabase("sqlite:" + path);
    ASSERT_TRUE(db.ok()) << db.status();
    ASSERT_TRUE(
        (*db)->Migrate({{1, "items", "CREATE TABLE items (id INTEGER PRIMARY KEY, t TEXT)"}}).ok());
    ASSERT_TRUE((*db)
                    ->Write([](Connection& c) {
                      for (int64_t i = 0; i < 2000; ++i) {
                        const std::vector<Value> row = {i, std::string(200, 'x')};
                        if (auto s = c.Execute("INSERT INTO items VALUES ($1, $2)", row); !s.ok()) {
                          return s;
                        }
                      }
                      return absl::OkStatus();
                    })
                    .ok());
  }  // closing checkpoints the write-ahead log into the file
  {
    // Everything after the first page (the schema) overwritten with noise.
    std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(0, std::ios::end);
    const auto size = static_cast<size_t>(file.tellp());
    ASSERT_GT(size, 8192u);
    file.seekp(4096);
    const std::string noise(size - 4096, '\x5a');
    file.write(noise.data(), static_cast<std::streamsize>(noise.size()));
  }
  auto db = OpenDatabase("sqlite:" + path);
  ASSERT_TRUE(db.ok()) << db.status();
  const absl::Status status = (*db)->Read([](Connection& c) {
    return c.Query("SELECT t FROM items", {}, [](const Row&) { return absl::OkStatus(); });
  });
  EXPECT_EQ(status.code(), absl::StatusCode::kDataLoss) << status;
  EXPECT_TRUE(absl::StartsWith(status.message(), "storage: ")) << status;
  db->reset();
  std::filesystem::remove(path);
  std::filesystem::remove(path + "-wal");
  std::filesystem::remove(path + "-shm");
}

TEST(OpenDatabaseTest, RejectsAnEmptyPathAndAnUnopenableFile) {
  EXPECT_EQ(OpenDatabase("sqlite:").status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_FALSE(OpenDatabase("/nonexistent-dir/x/y.db").ok());
}

}  // namespace
}  // namespace veilig::storage
