#include "services/crisisbeheersing/domain/crisis_rules.h"

#include <gtest/gtest.h>

#include "common/domain/calendar_date.h"

namespace veilig::crisisbeheersing {
namespace {

Incident ValidIncident() {
  Incident i;
  *i.mutable_date() = DateFromIso("2019-06-24");
  i.set_title("Landelijke 112-storing");
  i.set_location("Heel Almere");
  i.set_category("uitval_vitale_infrastructuur");
  i.set_grip(v1::GRIP_LEVEL_2);
  return i;
}

TEST(CrisisRulesTest, AValidIncidentPasses) {
  EXPECT_TRUE(ValidateIncident(ValidIncident(), "incident").ok());
}

TEST(CrisisRulesTest, IncidentErrorsNameTheField) {
  const std::vector<std::pair<std::function<void(Incident&)>, std::string>> cases = {
      {[](Incident& i) { *i.mutable_date() = DateFromIso("24-06-2019"); }, "incidents[2].date"},
      {[](Incident& i) { i.clear_title(); }, "incidents[2].title"},
      {[](Incident& i) { i.clear_location(); }, "incidents[2].location"},
      {[](Incident& i) { i.set_category("Brand!"); }, "incidents[2].category"},
      {[](Incident& i) { i.clear_grip(); }, "incidents[2].grip"},
      {[](Incident& i) { i.set_grip(static_cast<GripLevel>(42)); }, "incidents[2].grip"},
  };
  for (const auto& [spoil, field] : cases) {
    Incident incident = ValidIncident();
    spoil(incident);
    auto status = ValidateIncident(incident, "incidents[2]");
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << field;
    EXPECT_EQ(status.message().substr(0, field.size() + 1), field + ":") << status.message();
  }
}

TEST(CrisisRulesTest, PoolsAndEvents) {
  OnCallPool pool;
  pool.set_function("Officier van Dienst Bevolkingszorg");
  pool.set_scope(v1::POOL_SCOPE_LOCAL);
  pool.set_required(6);
  pool.set_filled(5);
  auto* d = pool.add_deployments();
  d->set_period("2019H1");
  d->set_count(26);
  EXPECT_TRUE(ValidatePool(pool, "pools[0]").ok());
  EXPECT_TRUE(Understaffed(pool));
  pool.set_filled(6);
  EXPECT_FALSE(Understaffed(pool));
  d->set_period("2019-1");
  EXPECT_TRUE(std::string(ValidatePool(pool, "pools[0]").message())
                  .starts_with("pools[0].deployments[0].period:"));
  d->set_period("2019H1");
  pool.set_required(-1);
  EXPECT_FALSE(ValidatePool(pool, "pools[0]").ok());

  EventAdvice event;
  event.set_event("Libelle Zomerweek");
  *event.mutable_start_date() = DateFromIso("2019-05-25");
  *event.mutable_end_date() = DateFromIso("2019-06-02");
  event.set_risk_class("B");
  event.set_advice("Risicoadvies");
  EXPECT_TRUE(ValidateEventAdvice(event, "events[0]").ok());
  *event.mutable_end_date() = DateFromIso("2019-05-01");
  EXPECT_EQ(ValidateEventAdvice(event, "events[0]").message(),
            "events[0].end_date: must not precede start_date");
}

TEST(CrisisRulesTest, CountsPerGripLevelOnlyForLevelsThatOccurred) {
  std::vector<Incident> incidents(24, ValidIncident());
  for (auto& i : incidents) i.set_grip(v1::GRIP_LEVEL_NONE);
  incidents.push_back(ValidIncident());
  incidents.back().set_grip(v1::GRIP_LEVEL_1);
  incidents.push_back(ValidIncident());
  const auto counts = CountByGrip(incidents);
  ASSERT_EQ(counts.size(), 3u);
  EXPECT_EQ(counts[0].grip(), v1::GRIP_LEVEL_NONE);
  EXPECT_EQ(counts[0].count(), 24);
  EXPECT_EQ(counts[1].grip(), v1::GRIP_LEVEL_1);
  EXPECT_EQ(counts[1].count(), 1);
  EXPECT_EQ(counts[2].grip(), v1::GRIP_LEVEL_2);
}

TEST(CrisisRulesTest, ParsesGripLevelsAsWrittenInRegisters) {
  EXPECT_EQ(ParseGripLevel("0"), v1::GRIP_LEVEL_NONE);
  EXPECT_EQ(ParseGripLevel("2"), v1::GRIP_LEVEL_2);
  EXPECT_EQ(ParseGripLevel("Rijk"), v1::GRIP_LEVEL_RIJK);
  EXPECT_FALSE(ParseGripLevel("6").has_value());
  EXPECT_FALSE(ParseGripLevel("").has_value());
}

TEST(CrisisRulesTest, GripNumbersAreTheLevelsAndRanksFollowTheScale) {
  for (int level = 1; level <= 5; ++level) {
    EXPECT_EQ(static_cast<int>(*ParseGripLevel(std::to_string(level))), level);
  }
  const std::vector<GripLevel> in_order = {v1::GRIP_LEVEL_NONE, v1::GRIP_LEVEL_1, v1::GRIP_LEVEL_2,
                                           v1::GRIP_LEVEL_3,    v1::GRIP_LEVEL_4, v1::GRIP_LEVEL_5,
                                           v1::GRIP_LEVEL_RIJK};
  for (int rank = 0; rank < static_cast<int>(in_order.size()); ++rank) {
    EXPECT_EQ(GripRank(in_order[rank]), rank);
    EXPECT_EQ(GripOfRank(rank), in_order[rank]);
  }
  EXPECT_LT(GripRank(v1::GRIP_LEVEL_UNSPECIFIED), GripRank(v1::GRIP_LEVEL_NONE));
  EXPECT_EQ(GripOfRank(7), v1::GRIP_LEVEL_UNSPECIFIED);
}

}  // namespace
}  // namespace veilig::crisisbeheersing
